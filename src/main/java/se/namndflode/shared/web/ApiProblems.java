package se.namndflode.shared.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors of the JSON API as RFC 9457 problem details, with a Swedish {@code detail} and a machine-readable
 * {@code type} ({@code https://namndflode.se/problem/<code>}).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
// Before PageErrors, whose Controller.class also matches a RestController (a meta-annotation): the API answers problems.
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    static final String TYPE_BASE = "https://namndflode.se/problem/";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final MessageSource messages;
    private final org.springframework.beans.factory.ObjectProvider<jakarta.servlet.MultipartConfigElement>
            uploadLimits;

    ApiProblems(MessageSource messages,
            org.springframework.beans.factory.ObjectProvider<jakarta.servlet.MultipartConfigElement> uploadLimits) {
        this.messages = messages;
        this.uploadLimits = uploadLimits;
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException exception) {
        ProblemDetail problem = problem(exception.status(), exception.code(),
                messages.getMessage(exception.messageKey(), exception.arguments(), exception.messageKey(), SWEDISH));
        if (exception.field() != null) {
            problem.setProperty("field", exception.field());
        }
        exception.properties().forEach((name, value) -> problem.setProperty(name,
                value instanceof org.springframework.context.MessageSourceResolvable text
                        ? messages.getMessage(text, SWEDISH) : value));
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

    /** JSON that cannot be read: a value of the wrong type or an unknown enum constant names the field. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException exception) {
        if (exception.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            Object value = mismatch instanceof InvalidFormatException invalid ? invalid.getValue() : null;
            return invalidValue(path(mismatch), value, mismatch.getTargetType());
        }
        return problem(HttpStatus.BAD_REQUEST, "unreadable", messages.getMessage("problem.unreadable", null, SWEDISH));
    }

    /** A query or path parameter of the wrong type, e.g. an unknown enum constant. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException exception) {
        return parameterProblem(ParameterRefusal.of(exception));
    }

    /** A parameter refused before the endpoint ran: {@code invalid-value} (or {@code missing-parameter}), 400. */
    private ProblemDetail parameterProblem(ParameterRefusal refusal) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST,
                refusal.messageKey().equals("problem.missing-parameter") ? "missing-parameter" : "invalid-value",
                messages.getMessage(refusal.messageKey(), refusal.arguments(), SWEDISH));
        problem.setProperty("field", refusal.parameter());
        return problem;
    }

    /** An upload over the size limit ({@link UploadLimit}): 413 with the limit; nothing was bound or saved. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException exception) {
        return tooLarge(messages, UploadLimit.readable(uploadLimits.getIfAvailable()));
    }

    /** The problem of an upload over the size limit, {@code limit} as people write it ({@code 20 MB}). */
    static ProblemDetail tooLarge(MessageSource messages, String limit) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", limit == null
                ? messages.getMessage("problem.status.413", null, SWEDISH)
                : messages.getMessage("problem.too-large", new Object[] {limit}, SWEDISH));
    }

    private ProblemDetail invalidValue(String field, Object value, Class<?> type) {
        String detail;
        if (type != null && type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            detail = messages.getMessage("problem.invalid-value.choice", new Object[] {field, value, allowed}, SWEDISH);
        } else {
            detail = messages.getMessage("problem.invalid-value", new Object[] {field}, SWEDISH);
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-value", detail);
        problem.setProperty("field", field);
        return problem;
    }

    /** {@code kind}, {@code documents[0].type}: where in the JSON the bad value was. */
    private static String path(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * Someone else changed the same thing meanwhile: a stale form or request (the entity's version), or two at
     * the same moment (JPA's or the process engine's optimistic lock). The caller reloads and tries again.
     */
    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockingException.class})
    ProblemDetail conflict(RuntimeException exception) {
        return problem(HttpStatus.CONFLICT, "concurrent-change",
                messages.getMessage("problem.concurrent-change", null, SWEDISH));
    }

    /**
     * Spring MVC's own refusals of a request to an endpoint (a missing parameter, a media type or method the
     * endpoint does not take, a part missing from an upload): the status they carry, with a Swedish detail.
     */
    @ExceptionHandler({HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class,
            HttpRequestMethodNotSupportedException.class, ServletRequestBindingException.class,
            MissingServletRequestPartException.class, NoResourceFoundException.class,
            HandlerMethodValidationException.class, MultipartException.class})
    ProblemDetail springMvc(Exception exception) {
        if (exception instanceof MissingServletRequestParameterException missing) {
            return parameterProblem(ParameterRefusal.of(missing));
        }
        if (exception instanceof HandlerMethodValidationException invalid && ParameterRefusal.of(invalid) != null) {
            return parameterProblem(ParameterRefusal.of(invalid));
        }
        HttpStatus status = exception instanceof ErrorResponse response
                ? HttpStatus.valueOf(response.getStatusCode().value()) : HttpStatus.BAD_REQUEST;
        return statusProblem(messages, status);
    }

    /** A problem for an HTTP status, with the status's Swedish explanation ({@code problem.status.<code>}). */
    static ProblemDetail statusProblem(MessageSource messages, HttpStatus status) {
        String detail = messages.getMessage("problem.status." + status.value(), null, null, SWEDISH);
        if (detail == null) {
            detail = messages.getMessage(status.is5xxServerError() ? "problem.status.server" : "problem.status.client",
                    null, SWEDISH);
        }
        return problem(status, "status-" + status.value(), detail);
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
