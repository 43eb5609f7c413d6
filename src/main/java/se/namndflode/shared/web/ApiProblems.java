package se.namndflode.shared.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the JSON API as RFC 9457 problem details, with a Swedish {@code detail} and a machine-readable
 * {@code type} ({@code https://namndflode.se/problem/<code>}).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems {

    static final String TYPE_BASE = "https://namndflode.se/problem/";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException exception) {
        ProblemDetail problem = problem(exception.status(), exception.code(),
                messages.getMessage(exception.messageKey(), exception.arguments(), exception.messageKey(), SWEDISH));
        if (exception.field() != null) {
            problem.setProperty("field", exception.field());
        }
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException exception) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : exception.getBindingResult().getFieldErrors()) {
            fields.putIfAbsent(error.getField(), messages.getMessage(error, SWEDISH));
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation",
                messages.getMessage("problem.validation", null, SWEDISH));
        problem.setProperty("fields", fields);
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException exception) {
        return problem(HttpStatus.CONFLICT, "concurrent-change",
                messages.getMessage("problem.concurrent-change", null, SWEDISH));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException exception) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", messages.getMessage("problem.forbidden", null, SWEDISH));
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
