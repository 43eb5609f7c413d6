package se.namndflode.minutes;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints a {@link MinutesDocument} as XHTML (Thymeleaf, {@code minutes/minutes-document}) and as PDF/A-2u with
 * openhtmltopdf (DejaVu fonts embedded, tagged, sRGB output intent), as the project's other PDFs; and the
 * protokollsutdrag of one paragraph ({@code minutes/extract-document}).
 */
@Component
class MinutesRenderer {

    static final String TEMPLATE = "minutes/minutes-document";
    static final String EXTRACT_TEMPLATE = "minutes/extract-document";
    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** "tisdag 12 december 2023". */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", SWEDISH);
    /** "18.00". */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", SWEDISH);
    private static final String SERIF = "DejaVu Serif";
    private static final String SANS = "DejaVu Sans";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private record Face(String family, String file, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face(SERIF, "DejaVuSerif.ttf", 400, FontStyle.NORMAL),
            new Face(SERIF, "DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL),
            new Face(SERIF, "DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC),
            new Face(SANS, "DejaVuSans.ttf", 400, FontStyle.NORMAL),
            new Face(SANS, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face(SANS, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC));

    private final TemplateEngine templates;
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    MinutesRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    String html(MinutesDocument document) {
        Context context = new Context(SWEDISH);
        context.setVariable("doc", document);
        context.setVariable("text", new Text());
        return templates.process(TEMPLATE, context);
    }

    String extractHtml(MinutesDocument document, MinutesDocument.Section section) {
        Context context = new Context(SWEDISH);
        context.setVariable("doc", document);
        context.setVariable("section", section);
        context.setVariable("text", new Text());
        return templates.process(EXTRACT_TEMPLATE, context);
    }

    byte[] pdf(String html) {
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
            builder.usePdfUaAccessibility(true);
            builder.useColorProfile(srgb);
            for (Face face : FACES) {
                builder.useFont(() -> font(face.file()), face.family(), face.weight(), face.style(), true);
            }
            builder.withHtmlContent(html, null);
            builder.withProducer("Nämndflöde");
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not render the minutes as PDF", failure);
        }
    }

    private static InputStream font(String file) {
        InputStream font = MinutesRenderer.class.getResourceAsStream(FONTS + file);
        if (font == null) {
            throw new IllegalStateException("Font " + file + " is missing from the classpath (jasperreports-fonts)");
        }
        return font;
    }

    /** Splits recorded texts for the template: blank lines part paragraphs, single line breaks stay breaks. */
    public static final class Text {

        public List<String> blocks(String text) {
            if (text == null || text.isBlank()) {
                return List.of();
            }
            return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip)
                    .filter(block -> !block.isEmpty()).toList();
        }

        public List<String> lines(String block) {
            return block == null ? List.of() : block.lines().map(String::strip).toList();
        }
    }
}
