package se.namndflode.matter;

import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import se.namndflode.organisation.Accounts;
import se.namndflode.shared.pdf.ArchivalPdf;

/**
 * A tjänsteutlåtande in the city's layout: one XHTML template ({@code matter/staff-report-document.html})
 * shown as a page and rendered to PDF by openhtmltopdf, so that both always read the same. The PDF is the
 * archived record once approved: PDF/A-2u (fonts embedded, sRGB output intent, XMP metadata), tagged for
 * accessibility (PDF/UA structure: headings, lists, paragraphs), in DejaVu Serif and Sans, which cover the
 * names people in Sweden have, including the national minority languages (Sami, Finnish, Meänkieli, Romani,
 * Yiddish). Each version says whether it is a draft or the version approved for the board, and by whom (by name).
 */
@Component
class StaffReportDocument {

    static final String TEMPLATE = "matter/staff-report-document";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");



    private final TemplateEngine templates;
    private final Accounts accounts;

    StaffReportDocument(TemplateEngine templates, Accounts accounts) {
        this.templates = templates;
        this.accounts = accounts;
    }

    String html(StaffReportVersion version) {
        Context context = new Context(SWEDISH);
        context.setVariable("report", version);
        context.setVariable("approved", version.isApprovedVersion());
        context.setVariable("approvedAt", version.isApprovedVersion() ? version.report().getApprovedAt() : null);
        // The approver by name, as the archived record names them (the report keeps their user name).
        context.setVariable("approvedBy", version.isApprovedVersion()
                ? accounts.nameOf(version.report().getApprovedBy()) : null);
        return templates.process(TEMPLATE, context);
    }

    byte[] pdf(StaffReportVersion version) {
        return ArchivalPdf.render(html(version));
    }

}
