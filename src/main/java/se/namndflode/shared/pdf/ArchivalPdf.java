package se.namndflode.shared.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Renders XHTML as an archival PDF: PDF/A-2u (validated by veraPDF in the tests of its users), tagged for
 * accessibility (PDF/UA structure tree), the sRGB output intent, and the DejaVu Serif and Sans faces embedded
 * (from the jasperreports-fonts jar) so that names with letters outside Latin-1 — Ş, Đ, Ł, Č, the national
 * minority languages — are kept. Templates name the families {@value #SERIF} and {@value #SANS}. The registered
 * tjänsteutlåtande, the kallelse and the minutes are archived records (issue 12); one renderer keeps them alike.
 */
public final class ArchivalPdf {

    public static final String SERIF = "DejaVu Serif";
    public static final String SANS = "DejaVu Sans";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** The font files by family, weight and style. */
    private record Face(String family, String file, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face(SERIF, "DejaVuSerif.ttf", 400, FontStyle.NORMAL),
            new Face(SERIF, "DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL),
            new Face(SERIF, "DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC),
            new Face(SERIF, "DejaVuSerif-BoldItalic.ttf", 700, FontStyle.ITALIC),
            new Face(SANS, "DejaVuSans.ttf", 400, FontStyle.NORMAL),
            new Face(SANS, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face(SANS, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
            new Face(SANS, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));

    private ArchivalPdf() {
    }

    /**
     * The document as PDF/A-2u bytes.
     *
     * @param xhtml well-formed XHTML (a Thymeleaf template's output), its styles inline or in a {@code <style>}
     * @throws UncheckedIOException when rendering fails (a programming error in the template, not a user's input)
     */
    public static byte[] render(String xhtml) {
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
            builder.usePdfUaAccessibility(true);
            builder.useColorProfile(SRGB);
            for (Face face : FACES) {
                builder.useFont(() -> font(face.file()), face.family(), face.weight(), face.style(), true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.withProducer("Nämndflöde");
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not render the document as PDF/A", failure);
        }
    }

    private static InputStream font(String file) {
        InputStream font = ArchivalPdf.class.getResourceAsStream(FONTS + file);
        if (font == null) {
            throw new IllegalStateException("Font " + file + " is missing from the classpath (jasperreports-fonts)");
        }
        return font;
    }
}
