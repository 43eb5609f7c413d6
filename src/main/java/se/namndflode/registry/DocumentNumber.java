package se.namndflode.registry;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of a document within its matter: {@code SOF 2026/12-3} is the third document, {@code SOF
 * 2026/12-3.1} the first attachment to it. {@code attachment} is 0 for the document itself.
 */
public record DocumentNumber(RegistryNumber matter, int document, int attachment) {

    private static final Pattern SUFFIX = Pattern.compile("(\\d{1,9})(?:\\.(\\d{1,9}))?");

    public DocumentNumber {
        if (matter == null || document < 1 || attachment < 0) {
            throw new IllegalArgumentException("Not a document number: " + matter + "-" + document + "." + attachment);
        }
    }

    public boolean isAttachment() {
        return attachment > 0;
    }

    /** The part after the diarienummer: {@code 3} or {@code 3.1} (also used in URLs). */
    public String suffix() {
        return isAttachment() ? document + "." + attachment : Integer.toString(document);
    }

    /** Reads a suffix such as {@code 3} or {@code 3.1} within the given matter. */
    public static DocumentNumber of(RegistryNumber matter, String suffix) {
        Matcher matcher = SUFFIX.matcher(suffix == null ? "" : suffix.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a document number: " + suffix);
        }
        return new DocumentNumber(matter, Integer.parseInt(matcher.group(1)),
                matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2)));
    }

    @Override
    public String toString() {
        return matter + "-" + suffix();
    }
}
