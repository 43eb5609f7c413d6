package se.namndflode.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.IntegrationTest;
import se.namndflode.shared.web.DomainException;

@IntegrationTest
class StaffReportsTest {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Autowired
    StaffReports reports;
    @Autowired
    JdbcTemplate jdbc;

    private final StaffReportHeading heading = new StaffReportHeading("SOF 2026/12", "Socialnämnden",
            "Socialförvaltningen", "Sofia Lind", "stockholm");

    private StaffReportForm form(Long matterId, String decisionPoints) {
        StaffReportForm form = new StaffReportForm();
        form.setMatterId(matterId);
        form.setTitle("Svar på remiss om stadens program för suicidprevention");
        form.setReportDate(LocalDate.of(2026, 11, 24));
        form.setDecisionPoints(decisionPoints);
        form.setSummary("Förvaltningen ställer sig positiv till programmet.");
        form.setAssessment("Förvaltningen bedömer att programmet stärker det förebyggande arbetet.");
        form.setAttachments("Remiss från kommunstyrelsen");
        return form;
    }

    private Long newMatter() {
        return NEXT.incrementAndGet();
    }

    private StaffReportForm reopened(Long matterId) {
        return StaffReportForm.of(reports.find(matterId).orElseThrow());
    }

    @Test
    void everySaveIsKeptAsAVersion() {
        Long matter = newMatter();
        reports.save(form(matter, "1. Socialnämnden godkänner förvaltningens tjänsteutlåtande som svar på remissen."),
                heading);
        StaffReportForm second = reopened(matter);
        second.setDecisionPoints("Socialnämnden godkänner tjänsteutlåtandet.\n2) Paragrafen justeras omedelbart.");
        reports.save(second, heading);

        StaffReport report = reports.find(matter).orElseThrow();
        assertThat(report.getVersions()).extracting(StaffReportVersion::getNumber).containsExactly(1, 2);
        assertThat(report.getCurrent().getDecisionPoints())
                .containsExactly("Socialnämnden godkänner tjänsteutlåtandet.", "Paragrafen justeras omedelbart.");
        assertThat(report.getVersions().get(0).getDecisionPoints())
                .containsExactly("Socialnämnden godkänner förvaltningens tjänsteutlåtande som svar på remissen.");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'StaffReport' "
                + "and entity_id = ?", Long.class, matter.toString())).isEqualTo(2);
    }

    @Test
    void aFormOpenedBeforeSomeoneElseSavedIsRefused() {
        Long matter = newMatter();
        reports.save(form(matter, "Beslut"), heading);
        StaffReportForm mine = reopened(matter);
        StaffReportForm theirs = reopened(matter);
        reports.save(theirs, heading);

        assertThatThrownBy(() -> reports.save(mine, heading)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(reports.find(matter).orElseThrow().getVersions()).hasSize(2);
    }

    @Test
    void aReportWithoutDecisionPointsCannotBeSubmittedOrApproved() {
        Long matter = newMatter();
        reports.save(form(matter, "  \n "), heading);

        assertThatThrownBy(() -> reports.submit(matter, "stockholm")).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("staffReport.decisionPoints.required");
        assertThatThrownBy(() -> reports.approve(matter, "stockholm")).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("staffReport.decisionPoints.required");
        assertThat(reports.find(matter).orElseThrow().getStatus()).isEqualTo(StaffReportStatus.DRAFT);
    }

    @Test
    void aSubmittedReportIsNotEditedUntilItIsReturnedWithAComment() {
        Long matter = newMatter();
        reports.save(form(matter, "Beslut"), heading);
        reports.submit(matter, "stockholm");

        assertThatThrownBy(() -> reports.save(reopened(matter), heading)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("staffReport.withReviewer");
        assertThatThrownBy(() -> reports.returnForRevision(matter, StaffReport.ReturnedFrom.REVIEW, " ", "stockholm"))
                .isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("staffReport.returnComment.required");

        reports.returnForRevision(matter, StaffReport.ReturnedFrom.REVIEW, "Komplettera med kostnaderna", "stockholm");
        reports.save(reopened(matter), heading);
        assertThat(reports.find(matter).orElseThrow().getVersions()).hasSize(2);
    }

    @Test
    void theApprovedReportIsFrozenAndRenderedAsPdf() throws Exception {
        Long matter = newMatter();
        reports.save(form(matter, "Socialnämnden godkänner förvaltningens tjänsteutlåtande som svar på remissen."),
                heading);
        reports.submit(matter, "stockholm");

        byte[] pdf = reports.approve(matter, "stockholm");

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        // Kept for a person to look at (pdftoppm target/staff-report-sample.pdf).
        java.nio.file.Files.write(java.nio.file.Path.of("target", "staff-report-sample.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Tjänsteutlåtande", "Dnr SOF 2026/12", "Socialnämnden",
                    "Svar på remiss om stadens program för suicidprevention", "Förslag till beslut",
                    "Socialnämnden godkänner förvaltningens tjänsteutlåtande som svar på remissen.",
                    "Sammanfattning", "Förvaltningens synpunkter och förslag", "Bilagor", "Sida 1 (1)");
        }
        StaffReport approved = reports.find(matter).orElseThrow();
        assertThat(approved.isFrozen()).isTrue();
        assertThatThrownBy(() -> reports.save(reopened(matter), heading)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("staffReport.frozen");
        assertThatThrownBy(() -> reports.returnForRevision(matter, StaffReport.ReturnedFrom.REVIEW, "Ändra", "stockholm"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("staffReport.frozen");
        assertThat(reports.find(matter).orElseThrow().getVersions()).hasSize(1);
    }

    @Test
    void theHtmlShowsTheNumberedDecisionPoints() {
        Long matter = newMatter();
        StaffReportVersion saved = reports.save(form(matter, "Första punkten\nAndra punkten"), heading);

        String html = reports.html(saved);

        assertThat(html).contains("<ol class=\"decision\">", "<li>Första punkten</li>", "<li>Andra punkten</li>",
                "Dnr SOF 2026/12");
    }
}
