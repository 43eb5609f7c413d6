package se.namndflode.matter;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A tjänsteutlåtande in the city's layout: one XHTML template ({@code matter/staff-report-document.html})
 * shown as a page and rendered to PDF by openhtmltopdf, so that both always read the same.
 */
@Component
class StaffReportDocument {

    static final String TEMPLATE = "matter/staff-report-document";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final TemplateEngine templates;

    StaffReportDocument(TemplateEngine templates) {
        this.templates = templates;
    }

    String html(StaffReportVersion version) {
        Context context = new Context(SWEDISH);
        context.setVariable("report", version);
        return templates.process(TEMPLATE, context);
    }

    byte[] pdf(StaffReportVersion version) {
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html(version), null);
            builder.withProducer("Nämndflöde");
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not render the staff report as PDF", failure);
        }
    }
}
