package se.namndflode.goal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Values as Swedish readers expect them: "62,5 %", "1 403,6 mnkr" (non-breaking space between thousands). */
public final class Numbers {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private Numbers() {
    }

    /** The value with decimal comma, grouped thousands and its unit; "–" when there is no value. */
    public static String format(BigDecimal value, String unit) {
        if (value == null) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(SWEDISH));
        String number = format.format(value.stripTrailingZeros());
        return unit == null || unit.isBlank() ? number : number + " " + unit;
    }

    /**
     * A band of two bounds as the seed prints it: "2–4 st", and one symmetric around zero as a deviation either
     * way, "±1 %" (the seed's "+/-1 %" for Nämndens prognossäkerhet, typeset; "+" first would make a
     * spreadsheet take the CSV cell for a formula), not "−1–1 %".
     */
    public static String band(BigDecimal lower, BigDecimal upper, String unit) {
        if (lower != null && upper != null && upper.signum() > 0 && lower.negate().compareTo(upper) == 0) {
            return "±" + format(upper, unit);
        }
        return format(lower, null) + "–" + format(upper, unit);
    }
}
