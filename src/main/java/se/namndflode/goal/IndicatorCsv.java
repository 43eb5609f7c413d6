package se.namndflode.goal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The indicator table of a compiled report as CSV that opens right in Swedish Excel: UTF-8 with a byte order mark
 * (else Excel reads it as Windows-1252 and å ä ö break), semicolons (the list separator of the Swedish locale),
 * CRLF line ends, numbers with a decimal comma and no grouping or unit (the unit has its own column) so that Excel
 * reads them as numbers. Text cells that a spreadsheet would take as a formula get a leading apostrophe (OWASP
 * CSV injection).
 */
final class IndicatorCsv {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private IndicatorCsv() {
    }

    static byte[] of(ReportModel model) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("Mål", "Kod"));
        header.addAll(model.indicatorColumns().subList(0, 1));
        header.add("Enhet");
        header.addAll(model.indicatorColumns().subList(1, model.indicatorColumns().size()));
        line(csv, header);
        for (ReportModel.GoalSection goal : model.goals()) {
            for (ReportModel.IndicatorRow row : goal.indicators()) {
                List<String> cells = new ArrayList<>(List.of(text(goal.number()), text(row.code()), text(row.name()),
                        text(row.unit()), row.notMeasuredReason() != null ? "Ej mätt" : number(row.value()),
                        number(row.valueMen()), number(row.valueWomen()), number(row.lastYearValue())));
                if (model.forecast()) {
                    cells.add(number(row.forecastValue()));
                }
                cells.add(text(targetCell(row.target(), row.unit())));
                cells.add(text(targetCell(row.councilTarget(), row.unit())));
                cells.add(text(row.period()));
                line(csv, cells);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** "1403,6": decimal comma, no grouping, ASCII minus; empty without a value. */
    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /**
     * A target as printed in the report ("0,3 %") becomes the plain number ("0,3") when it is one bound in the
     * row's unit, so that Excel can compare; a band or "Tas fram av nämnd" stays text.
     */
    static String targetCell(String printed, String unit) {
        String plain = unit == null || unit.isBlank() ? printed : printed.replace("\u00a0" + unit, "")
                .replace(" " + unit, "");
        String compact = plain.replace("\u00a0", "").replace('\u2212', '-');
        return compact.matches("-?\\d+(,\\d+)?") ? compact : printed;
    }

    /** A text cell, defused against formulas. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(,\\d+)?")) {
            return "'" + value;
        }
        return value;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(quoted(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String quoted(String cell) {
        if (cell.indexOf(';') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
