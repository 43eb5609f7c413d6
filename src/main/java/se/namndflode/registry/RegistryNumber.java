package se.namndflode.registry;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A diarienummer: the series prefix of the administration, the year and the serial number within that series
 * and year. Written {@code SOF 2026/12}; in URLs {@code SOF-2026-12}. A number taken over from an earlier register
 * may have no prefix ({@code prefix} empty): written {@code 2022/594}, in URLs {@code 2022-594} (the seed
 * Protokoll nr 12/2023, §§ 22–23). Nämndflöde itself never hands out a number without its series' prefix.
 */
public record RegistryNumber(String prefix, int year, int serial) {

    /** The series prefix, as administrations write it (2–10 capital letters). */
    static final String PREFIX = "[A-ZÅÄÖ]{2,10}";

    /** No series prefix: a number of an earlier register. */
    public static final String NO_PREFIX = "";

    private static final Pattern WRITTEN = Pattern.compile("(?:(" + PREFIX + ") )?(\\d{4})/(\\d{1,9})");
    private static final Pattern URL = Pattern.compile("(?:(" + PREFIX + ")-)?(\\d{4})-(\\d{1,9})");

    public RegistryNumber {
        if (prefix == null || !(prefix.isEmpty() || prefix.matches(PREFIX))) {
            throw new IllegalArgumentException("Not a registry series prefix: " + prefix);
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("Not a year: " + year);
        }
        if (serial < 1) {
            throw new IllegalArgumentException("Serial numbers start at 1: " + serial);
        }
    }

    /** Reads the written form, {@code SOF 2026/12}. */
    public static RegistryNumber parse(String text) {
        return read(WRITTEN, text).orElseThrow(() -> new IllegalArgumentException("Not a diarienummer: " + text));
    }

    /** Reads the URL form, {@code SOF-2026-12}. */
    public static RegistryNumber fromUrl(String text) {
        return read(URL, text).orElseThrow(() -> new IllegalArgumentException("Not a diarienummer: " + text));
    }

    /** Reads either form; empty when the text is neither. */
    public static Optional<RegistryNumber> tryParse(String text) {
        return read(WRITTEN, text).or(() -> read(URL, text));
    }

    private static Optional<RegistryNumber> read(Pattern pattern, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(text.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RegistryNumber(matcher.group(1) == null ? NO_PREFIX : matcher.group(1),
                    Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
        } catch (IllegalArgumentException outOfRange) {
            return Optional.empty();
        }
    }

    /** The URL form, {@code SOF-2026-12}. */
    public String toUrl() {
        return (prefix.isEmpty() ? "" : prefix + "-") + year + "-" + serial;
    }

    /** The written form, {@code SOF 2026/12}. */
    @Override
    public String toString() {
        return (prefix.isEmpty() ? "" : prefix + " ") + year + "/" + serial;
    }
}
