package se.namndflode.registry;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The free text of a registry search, normalised as all text input is (a no-break space pasted from Word is a
 * space) and as the matters' search texts are ({@link #normalise}), read two ways: as a lower-case LIKE pattern
 * (for the search texts of {@link MatterSearchIndex}) and, when it looks like one, as a diarienummer:
 * {@code SOF 2026/12}, {@code SOF-2026-12}, {@code 2026/12} (any series), also with a document number after it
 * ({@code SOF 2026/12-3}).
 */
record SearchText(String pattern, String prefix, Integer year, Integer serial) {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern NUMBER = Pattern.compile(
            "(?:([A-Za-zÅÄÖåäö]{2,10})[ -])?(\\d{4})[/-](\\d{1,9})(?:-\\d{1,9}(?:\\.\\d{1,9})?)?");

    static SearchText of(String text) {
        if (text == null || text.isBlank()) {
            return new SearchText(null, null, null, null);
        }
        // As pasted from Word or a PDF: "SOF\u00a02026/3" is "SOF 2026/3".
        String trimmed = collapsed(text);
        String pattern = "%" + escapeWildcards(trimmed.toLowerCase(SWEDISH)) + "%";
        Matcher number = NUMBER.matcher(trimmed);
        if (!number.matches()) {
            return new SearchText(pattern, null, null, null);
        }
        String prefix = number.group(1) == null ? null : number.group(1).toUpperCase(SWEDISH);
        return new SearchText(pattern, prefix, Integer.valueOf(number.group(2)), Integer.valueOf(number.group(3)));
    }

    /**
     * A text as the search compares it: normalised as typed text is ({@code Text.normalizeLeniently}), every run of
     * white space (line ends too) one space, trimmed, in lower case; null stays null. Both the stored search texts
     * and the patterns are made with it, so a pattern never holds a line end (which separates a search text's parts).
     */
    static String normalise(String text) {
        return text == null ? null : collapsed(text).toLowerCase(SWEDISH);
    }

    private static String collapsed(String text) {
        return WHITE_SPACE.matcher(se.namndflode.shared.web.Text.normalizeLeniently(text)).replaceAll(" ").trim();
    }

    /** LIKE treats {@code %} and {@code _} as wildcards; the queries use {@code !} as the escape character. */
    private static String escapeWildcards(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
