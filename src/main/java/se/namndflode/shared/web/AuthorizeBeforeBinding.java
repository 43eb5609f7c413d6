package se.namndflode.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Authorization before validation (OWASP ASVS 4.1.3; the caller learns nothing about a form it may not use):
 * checks a controller's {@code @PreAuthorize} — the method's, else its class's — before Spring MVC binds and
 * validates the request's body or form, which would otherwise answer 400 with field errors to someone who is
 * not allowed at all. Method security still checks again when the method is called. The expressions of our
 * controllers name roles only; they are evaluated without the method's arguments.
 */
class AuthorizeBeforeBinding implements HandlerInterceptor {

    private final MethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
        }
        if (rule == null) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Supplier<Authentication> who = () -> authentication;
        EvaluationContext context = expressions.createEvaluationContext(who,
                new SimpleMethodInvocation(method.getBean(), method.getMethod()));
        Expression expression = expressions.getExpressionParser().parseExpression(rule.value());
        if (!ExpressionUtils.evaluateAsBoolean(expression, context)) {
            throw new AccessDeniedException("Access denied before binding the request");
        }
        return true;
    }
}
