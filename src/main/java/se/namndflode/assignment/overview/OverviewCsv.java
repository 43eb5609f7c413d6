package se.namndflode.assignment.overview;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The overview as a CSV file that opens correctly in a spreadsheet set to Swedish: UTF-8 with a byte order mark
 * (so that å, ä, ö are read as such), fields separated by semicolons (the list separator where the decimal sign
 * is a comma), lines ended by CRLF (RFC 4180), dates as {@code 2026-11-30} (the Swedish standard, SS-ISO 8601),
 * whole numbers (days left, negative when overdue) as plain digits with a hyphen-minus, which a Swedish
 * spreadsheet reads as a number (the typographic minus U+2212 and the space grouping that sv-SE formatting gives
 * are read as text; no decimals occur). A field
 * with a semicolon, quote or line break is quoted, quotes doubled; a text that a spreadsheet would take for a
 * formula (=, +, -, @ first) gets an apostrophe first (OWASP: CSV injection). Headers in the user's language. The
 * last column says which step a matter's tjänsteutlåtande waits in (the manager's review, the director's approval).
 */
@Component
class OverviewCsv {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final MessageSource messages;

    OverviewCsv(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(List<OverviewItem> items, LocalDate today, Locale locale) {
        StringBuilder text = new StringBuilder();
        line(text, List.of(m("overview.csv.type", locale), m("overview.csv.reference", locale),
                m("overview.csv.title", locale), m("overview.csv.board", locale), m("overview.csv.unit", locale),
                m("overview.csv.responsible", locale), m("overview.csv.due", locale),
                m("overview.csv.daysLeft", locale), m("overview.csv.state", locale),
                m("overview.csv.staffReport", locale)));
        for (OverviewItem item : items) {
            line(text, List.of(m("overview.type." + item.type(), locale), text(item.reference()),
                    text(item.title()), text(item.boardName()), text(item.unitName()),
                    text(item.responsibleName()), item.due() == null ? "" : DATE.format(item.due()),
                    item.due() == null ? "" : Long.toString(ChronoUnit.DAYS.between(today, item.due())),
                    m(item.stateKey(), locale),
                    item.reviewStepKey() == null ? "" : m(item.reviewStepKey(), locale)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private String m(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static void line(StringBuilder text, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(quoted(fields.get(i)));
        }
        text.append("\r\n");
    }

    /** A text of the data (not a number or date): defused when a spreadsheet would take it for a formula. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    static String quoted(String field) {
        if (field.indexOf(';') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
