package se.namndflode.matter;

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
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A tjänsteutlåtande in the city's layout: one XHTML template ({@code matter/staff-report-document.html})
 * shown as a page and rendered to PDF by openhtmltopdf, so that both always read the same. The PDF is the
 * archived record once approved: PDF/A-2u (fonts embedded, sRGB output intent, XMP metadata), tagged for
 * accessibility (PDF/UA structure: headings, lists, paragraphs), in DejaVu Serif and Sans, which cover the
 * names people in Sweden have, including the national minority languages (Sami, Finnish, Meänkieli, Romani,
 * Yiddish). Each version says whether it is a draft or the version approved for the board, and by whom.
 */
@Component
class StaffReportDocument {

    static final String TEMPLATE = "matter/staff-report-document";
    static final String SERIF = "DejaVu Serif";
    static final String SANS = "DejaVu Sans";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    /** The font files (from the jasperreports-fonts jar) by family, weight and style. */
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

    private final TemplateEngine templates;
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    StaffReportDocument(TemplateEngine templates) {
        this.templates = templates;
    }

    String html(StaffReportVersion version) {
        Context context = new Context(SWEDISH);
        context.setVariable("report", version);
        context.setVariable("approved", version.isApprovedVersion());
        context.setVariable("approvedAt", version.isApprovedVersion() ? version.report().getApprovedAt() : null);
        context.setVariable("approvedBy", version.isApprovedVersion() ? version.report().getApprovedBy() : null);
        return templates.process(TEMPLATE, context);
    }

    byte[] pdf(StaffReportVersion version) {
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
            builder.usePdfUaAccessibility(true);
            builder.useColorProfile(srgb);
            for (Face face : FACES) {
                builder.useFont(() -> font(face.file()), face.family(), face.weight(), face.style(), true);
            }
            builder.withHtmlContent(html(version), null);
            builder.withProducer("Nämndflöde");
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not render the staff report as PDF", failure);
        }
    }

    private static InputStream font(String file) {
        InputStream font = StaffReportDocument.class.getResourceAsStream(FONTS + file);
        if (font == null) {
            throw new IllegalStateException("Font " + file + " is missing from the classpath (jasperreports-fonts)");
        }
        return font;
    }
}
