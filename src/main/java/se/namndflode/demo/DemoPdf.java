package se.namndflode.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-page PDF with a heading and a few lines of text, written by hand so that the demo documents are real,
 * valid files (PDF 1.4, the standard Helvetica font, Windows-1252 text so that å, ä, ö and – show).
 */
final class DemoPdf {

    private static final Charset WIN_ANSI = Charset.forName("windows-1252");
    private static final int LINE_LENGTH = 80;

    private DemoPdf() {
    }

    static byte[] of(String heading, List<String> lines) {
        StringBuilder text = new StringBuilder("BT\n/F1 15 Tf\n56 780 Td\n18 TL\n");
        for (String line : wrap(heading, 64)) {
            text.append('(').append(escape(line)).append(") Tj T*\n");
        }
        text.append("/F1 11 Tf\n14 TL\nT*\n");
        for (String paragraph : lines) {
            for (String line : wrap(paragraph, LINE_LENGTH)) {
                text.append('(').append(escape(line)).append(") Tj T*\n");
            }
        }
        text.append("ET\n");
        byte[] content = text.toString().getBytes(WIN_ANSI);

        Writer pdf = new Writer();
        pdf.raw("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
        pdf.object("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
                + "/Contents 5 0 R >>");
        pdf.object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        pdf.stream(content);
        return pdf.finish();
    }

    private static String escape(String line) {
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Numbers the objects and keeps their byte offsets for the cross-reference table. */
    private static final class Writer {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final List<Integer> offsets = new ArrayList<>();

        void raw(byte[] bytes) {
            out.writeBytes(bytes);
        }

        void ascii(String text) {
            raw(text.getBytes(StandardCharsets.US_ASCII));
        }

        void object(String body) {
            offsets.add(out.size());
            ascii(offsets.size() + " 0 obj\n" + body + "\nendobj\n");
        }

        void stream(byte[] content) {
            offsets.add(out.size());
            ascii(offsets.size() + " 0 obj\n<< /Length " + content.length + " >>\nstream\n");
            raw(content);
            ascii("\nendstream\nendobj\n");
        }

        byte[] finish() {
            int xref = out.size();
            StringBuilder table = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
            offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
            table.append("trailer\n<< /Size ").append(offsets.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                    .append(xref).append("\n%%EOF\n");
            ascii(table.toString());
            return out.toByteArray();
        }
    }
}
