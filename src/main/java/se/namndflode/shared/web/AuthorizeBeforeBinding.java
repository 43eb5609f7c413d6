package se.namndflode.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.expression.BeanFactoryResolver;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
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
import org.springframework.web.servlet.HandlerMapping;

/**
 * Authorization before validation (OWASP ASVS 4.1.3; the caller learns nothing about a form it may not use):
 * checks a controller's {@code @PreAuthorize} — the method's, else its class's — before Spring MVC binds and
 * validates the request's body or form, which would otherwise answer 400 with field errors to someone who is
 * not allowed at all. Method security still checks again when the method is called. The expressions of our
 * controllers name roles only; they are evaluated without the method's arguments. Then a method's
 * {@link AuthorizeSubject} check of the subject named in the path (404 for another municipality's, 403 for one the
 * caller may not act on), with the path's variables.
 */
class AuthorizeBeforeBinding implements HandlerInterceptor {

    private final MethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();

    private final SpelExpressionParser parser = new SpelExpressionParser();

    private final BeanFactory beans;

    AuthorizeBeforeBinding(BeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
        }
        if (rule != null) {
            checkRole(method, rule);
        }
        AuthorizeSubject subject = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(),
                AuthorizeSubject.class);
        if (subject != null) {
            checkSubject(request, subject);
        }
        return true;
    }

    private void checkRole(HandlerMethod method, PreAuthorize rule) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Supplier<Authentication> who = () -> authentication;
        EvaluationContext context = expressions.createEvaluationContext(who,
                new SimpleMethodInvocation(method.getBean(), method.getMethod()));
        Expression expression = expressions.getExpressionParser().parseExpression(rule.value());
        if (!ExpressionUtils.evaluateAsBoolean(expression, context)) {
            throw new AccessDeniedException("Access denied before binding the request");
        }
    }

    /** The subject's check; it refuses by throwing (a DomainException passes through SpEL as it is). */
    private void checkSubject(HttpServletRequest request, AuthorizeSubject subject) {
        StandardEvaluationContext context = new StandardEvaluationContext();
        context.setBeanResolver(new BeanFactoryResolver(beans));
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> context.setVariable(String.valueOf(name), value));
        }
        try {
            parser.parseExpression(subject.value()).getValue(context);
        } catch (org.springframework.expression.spel.SpelEvaluationException failed) {
            // A path variable that is not of the check's type (an id that is no number): binding answers 400.
            if (failed.getMessageCode() != org.springframework.expression.spel.SpelMessage.TYPE_CONVERSION_ERROR) {
                throw failed;
            }
        }
    }
}
