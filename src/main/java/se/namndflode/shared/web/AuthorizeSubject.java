package se.namndflode.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller method's check of the subject it acts on (the assignment, the follow-up, ...), made before the request's
 * body or form is bound and validated (authorize before validating): a SpEL expression with the path's variables as
 * {@code #name} (strings, converted to the called method's parameter types) and beans as {@code @name}, e.g.
 * {@code @AuthorizeSubject("@assignments.checkMayReport(#id)")}. The called method answers by throwing: 404
 * ({@link DomainException#notFound}) for a subject of another municipality, 403 ({@link DomainException#forbidden}) for
 * a caller not entitled to it. Checked after the role in {@code @PreAuthorize}; the service checks again when called.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AuthorizeSubject {

    /** The expression to evaluate; its value is ignored. */
    String value();
}
