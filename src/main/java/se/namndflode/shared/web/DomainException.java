package se.namndflode.shared.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A rule of the domain refused an action. Carries a message key (explained to the user in their language),
 * the field it concerns (if any) and a machine-readable code for the API.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;
    private final HttpStatus status;
    private final transient Map<String, Object> properties = new LinkedHashMap<>();

    public DomainException(HttpStatus status, String code, String field, String messageKey, Object... arguments) {
        super(code + (field == null ? "" : " (" + field + ")"));
        this.status = status;
        this.code = code;
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** A broken rule about one field of a form or request (HTTP 422 in the API). */
    public static DomainException invalid(String field, String messageKey, Object... arguments) {
        return new DomainException(HttpStatus.UNPROCESSABLE_ENTITY, messageKey.replace('.', '-'), field, messageKey,
                arguments);
    }

    /** Something that does not exist or that the user may not know exists (HTTP 404). */
    public static DomainException notFound(String messageKey, Object... arguments) {
        return new DomainException(HttpStatus.NOT_FOUND, "not-found", null, messageKey, arguments);
    }

    /** Something the user may know exists but may not see or do (HTTP 403). */
    public static DomainException forbidden(String messageKey, Object... arguments) {
        return new DomainException(HttpStatus.FORBIDDEN, "forbidden", null, messageKey, arguments);
    }

    /**
     * Someone else changed the record since the person saw it (the {@code version} they sent is not its current
     * one): 409 {@code concurrent-change}, nothing changed. {@code messageKey} names the record and its current state
     * (who is responsible now); {@link #withProperty} gives that state to the API as {@code current}.
     */
    public static DomainException changedMeanwhile(String messageKey, Object... arguments) {
        return new DomainException(HttpStatus.CONFLICT, "concurrent-change", null, messageKey, arguments);
    }

    /**
     * A change that does not say which version of the record the person saw: 400 {@code version-required} on the
     * field {@code version}, nothing changed (without it, a change made meanwhile would be overwritten unseen).
     */
    public static DomainException versionRequired() {
        return new DomainException(HttpStatus.BAD_REQUEST, "version-required", "version", "problem.version-required");
    }

    /**
     * Adds a property to the API's problem detail (e.g. the diarienummer a refusal concerns); a
     * {@link org.springframework.context.MessageSourceResolvable} value is given as its Swedish text.
     */
    public DomainException withProperty(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public HttpStatus status() { return status; }
    public Map<String, Object> properties() { return Collections.unmodifiableMap(properties); }
    public String code() { return code; }
    public String field() { return field; }
    public String messageKey() { return messageKey; }
    public Object[] arguments() { return arguments; }
}
