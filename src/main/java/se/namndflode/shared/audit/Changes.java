package se.namndflode.shared.audit;

import java.util.Objects;
import java.util.StringJoiner;

/** Builds the "what changed" text of an audit event: {@code namn: "A" → "B"; kod: "S" → "SAP"}. */
public final class Changes {

    private final StringJoiner text = new StringJoiner("; ");

    private Changes() {
    }

    public static Changes start() {
        return new Changes();
    }

    /** Notes the field only when its value changed; {@code before} is null for a new entity. */
    public Changes field(String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            text.add(name + ": " + quote(before) + " → " + quote(after));
        }
        return this;
    }

    public boolean isEmpty() {
        return text.length() == 0;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static String quote(Object value) {
        return value == null ? "–" : "\"" + value + "\"";
    }
}
