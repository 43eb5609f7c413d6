package se.namndflode.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DemoPdfTest {

    @Test
    void writesAWellFormedPdf() {
        assertWellFormed(DemoPdf.of("Remiss - Motion om skyddade boenden (KS 2023/769)",
                List.of("Socialnämnden, SOF 2026/1", "Svar senast – om trettio dagar.")));
    }

    @Test
    void keepsSwedishLettersInTheStandardEncoding() {
        String pdf = new String(DemoPdf.of("Åtgärder för äldre", List.of("Överenskommelse – bilaga")),
                StandardCharsets.ISO_8859_1);
        assertThat(pdf).contains("/Encoding /WinAnsiEncoding").contains("(\u00c5tg\u00e4rder f\u00f6r \u00e4ldre)")
                .contains("\u0096 bilaga");
    }

    @Test
    void escapesParentheses() {
        String pdf = new String(DemoPdf.of("Betänkande (SOU 2023:69)", List.of()), StandardCharsets.ISO_8859_1);
        assertThat(pdf).contains("(Bet\u00e4nkande \\(SOU 2023:69\\)) Tj");
    }

    /** The header, the trailer, and a cross-reference table whose offsets point at the objects. */
    static void assertWellFormed(byte[] bytes) {
        String pdf = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(pdf).startsWith("%PDF-1.4\n").endsWith("%%EOF\n");
        Matcher startxref = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$").matcher(pdf);
        assertThat(startxref.find()).isTrue();
        int xref = Integer.parseInt(startxref.group(1));
        assertThat(pdf.substring(xref)).startsWith("xref\n0 6\n0000000000 65535 f \n");
        Matcher entries = Pattern.compile("(\\d{10}) 00000 n \n").matcher(pdf.substring(xref));
        int object = 0;
        while (entries.find()) {
            object++;
            assertThat(pdf.substring(Integer.parseInt(entries.group(1)))).startsWith(object + " 0 obj\n");
        }
        assertThat(object).isEqualTo(5);
        Matcher length = Pattern.compile("<< /Length (\\d+) >>\nstream\n").matcher(pdf);
        assertThat(length.find()).isTrue();
        int start = length.end();
        assertThat(pdf.substring(start + Integer.parseInt(length.group(1)))).startsWith("\nendstream");
    }
}
