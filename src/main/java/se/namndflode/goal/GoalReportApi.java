package se.namndflode.goal;

import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The follow-up report and dashboard on the API ({@code /api/v1/goals/reports/...}, {@code /api/v1/goals/dashboard/
 * ...}): a board's compiled report of a period as JSON ({@link ReportModel}), self-contained HTML and PDF/A; the
 * dashboard's figures; a goal's suggested justification. Refusals are RFC 9457 problems (404 for another
 * municipality's board or an unknown period).
 */
@RestController
@RequestMapping("/api/v1/goals")
class GoalReportApi {

    /** The report document carries its own styles: its own policy allows them and nothing else. */
    static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    private final PeriodReports reports;
    private final GoalDashboard dashboard;
    private final Goals goals;

    GoalReportApi(PeriodReports reports, GoalDashboard dashboard, Goals goals) {
        this.reports = reports;
        this.dashboard = dashboard;
        this.goals = goals;
    }

    /** The compiled report's model: goals with rating, sentence, justification, indicator and activity rows. */
    @GetMapping(path = "/reports/{municipality}/{boardId}/{year}/{period}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(GoalRoles.DASHBOARD)
    ReportModel report(@PathVariable String municipality, @PathVariable Long boardId, @PathVariable int year,
            @PathVariable String period) {
        return reports.model(municipality, boardId, year, period);
    }

    @GetMapping(path = "/reports/{municipality}/{boardId}/{year}/{period}/html", produces = MediaType.TEXT_HTML_VALUE)
    @PreAuthorize(GoalRoles.DASHBOARD)
    ResponseEntity<String> reportHtml(@PathVariable String municipality, @PathVariable Long boardId,
            @PathVariable int year, @PathVariable String period) {
        return htmlResponse(reports.html(reports.model(municipality, boardId, year, period)));
    }

    @GetMapping(path = "/reports/{municipality}/{boardId}/{year}/{period}/pdf",
            produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(GoalRoles.DASHBOARD)
    ResponseEntity<byte[]> reportPdf(@PathVariable String municipality, @PathVariable Long boardId,
            @PathVariable int year, @PathVariable String period) {
        return pdfResponse(reports.compile(municipality, boardId, year, period));
    }

    /**
     * The dashboard's figures of a board's plan year: rating counts per level and period, the indicators'
     * outcomes over the last three years with their targets.
     */
    @GetMapping("/dashboard/{municipality}/{boardId}/{year}")
    @PreAuthorize(GoalRoles.DASHBOARD)
    Map<String, Object> dashboard(@PathVariable String municipality, @PathVariable Long boardId,
            @PathVariable int year) {
        Goals.checkAccess(municipality);
        reports.board(municipality, boardId);
        List<GoalDashboard.RatingCount> ratings = dashboard.ratings(municipality, boardId, year);
        List<GoalDashboard.Trend> trends = dashboard.trends(municipality, boardId,
                year - GoalDashboardPages.TREND_YEARS + 1, year);
        return Map.of("municipality", municipality, "boardId", boardId, "year", year, "ratings", ratings,
                "trends", trends);
    }

    /** The suggested justification of a goal's rating in a period, for the official to edit. */
    @GetMapping("/{id}/suggested-justification/{period}")
    @PreAuthorize(GoalRoles.READ)
    Map<String, String> suggestedJustification(@PathVariable Long id, @PathVariable String period) {
        Goal goal = goals.goal(id);
        return Map.of("text", reports.suggestedJustification(goal, goals.period(goal.getMunicipalityCode(),
                period)));
    }

    static ResponseEntity<String> htmlResponse(String html) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML,
                java.nio.charset.StandardCharsets.UTF_8)).header("Content-Security-Policy", REPORT_POLICY)
                .body(html);
    }

    static ResponseEntity<byte[]> pdfResponse(CompiledReport report) {
        String name = GoalDashboardPages.fileName(report.model()) + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(report.pdf());
    }
}
