package se.namndflode.registry;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The free text of a registry search, normalised as all text input is (a no-break space pasted from Word is a
 * space), read two ways: as a lower-case LIKE pattern (for titles, the sender and the sender's reference) and, when it looks like one, as a diarienummer: {@code SOF 2026/12}, {@code
 * SOF-2026-12}, {@code 2026/12} (any series), also with a document number after it ({@code SOF 2026/12-3}).
 */
record SearchText(String pattern, String prefix, Integer year, Integer serial) {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final Pattern NUMBER = Pattern.compile(
            "(?:([A-Za-zÅÄÖåäö]{2,10})[ -])?(\\d{4})[/-](\\d{1,9})(?:-\\d{1,9}(?:\\.\\d{1,9})?)?");

    static SearchText of(String text) {
        if (text == null || text.isBlank()) {
            return new SearchText(null, null, null, null);
        }
        // As pasted from Word or a PDF: "SOF\u00a02026/3" is "SOF 2026/3".
        String trimmed = se.namndflode.shared.web.Text.normalizeLeniently(text).trim().replaceAll(" +", " ");
        String pattern = "%" + escapeWildcards(trimmed.toLowerCase(SWEDISH)) + "%";
        Matcher number = NUMBER.matcher(trimmed);
        if (!number.matches()) {
            return new SearchText(pattern, null, null, null);
        }
        String prefix = number.group(1) == null ? null : number.group(1).toUpperCase(SWEDISH);
        return new SearchText(pattern, prefix, Integer.valueOf(number.group(2)), Integer.valueOf(number.group(3)));
    }

    /** LIKE treats {@code %} and {@code _} as wildcards; the queries use {@code !} as the escape character. */
    private static String escapeWildcards(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
