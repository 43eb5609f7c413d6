package se.namndflode.shared.web;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * One normalisation for all text people type or paste, applied at the edge (form binding and JSON alike) so that
 * what is stored, searched and compared is the same text however it arrived: Unicode NFC ("å" as one character,
 * as macOS and Word may send it decomposed), every kind of space (no-break, narrow, figure, ideographic — what
 * Word and PDFs put between "SOF" and "2026/3") as a plain space, zero-width characters and byte-order marks
 * removed, line ends as {@code \n}. Control characters other than line feed and tab are refused: they cannot be
 * stored (PostgreSQL refuses U+0000) and no person means them.
 */
public final class Text {

    private static final Pattern SPACES = Pattern.compile("[\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\u0080-\\u009F]");

    private Text() {
    }

    /**
     * The normalised text (null stays null).
     *
     * @throws IllegalArgumentException when the text holds a control character
     */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        if (CONTROL.matcher(lines).find()) {
            throw new IllegalArgumentException("Text contains a control character");
        }
        String spaced = SPACES.matcher(lines).replaceAll(" ");
        return Normalizer.normalize(INVISIBLE.matcher(spaced).replaceAll(""), Normalizer.Form.NFC);
    }

    /** The normalised text, or the text as it was when it holds a control character (for search input). */
    public static String normalizeLeniently(String text) {
        try {
            return normalize(text);
        } catch (IllegalArgumentException control) {
            return CONTROL.matcher(text).replaceAll(" ");
        }
    }
}
