package se.namndflode.goal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.namndflode.organisation.Board;
import se.namndflode.organisation.Organisation;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.web.DomainException;

/**
 * The follow-up dashboard for managers and the board ({@code /mal/oversikt}): per goal level and reporting period
 * of a board's plan year how many goals are rated how; each indicator's outcomes over the last three years against
 * its targets ({@code /mal/oversikt/indikatorer}, and a goal's own on its drill-down page) (charts drawn by Apache ECharts from the WebJar, each with its figures as text beside it), the goals
 * for the drill-down to their evidence, the indicator table as CSV and the compiled report as HTML and PDF. Only
 * the user's municipalities; a board of another municipality is "not found".
 */
@Controller
@RequestMapping("/mal/oversikt")
class GoalDashboardPages {

    static final String NOT_RATED_COLOUR = "#9e9e9e";
    static final int TREND_YEARS = 3;

    private final Goals goals;
    private final GoalDashboard dashboard;
    private final PeriodReports reports;
    private final Organisation organisation;
    private final ObjectMapper json;
    private final Clock clock;

    GoalDashboardPages(Goals goals, GoalDashboard dashboard, PeriodReports reports, Organisation organisation,
            ObjectMapper json, Clock clock) {
        this.goals = goals;
        this.dashboard = dashboard;
        this.reports = reports;
        this.organisation = organisation;
        this.json = json;
        this.clock = clock;
    }

    /** What the page shows: the choices made, and what they select. */
    record Selection(String municipality, List<String> municipalities, int year, List<Board> boards, Board board,
            List<ReportingPeriod> periods, ReportingPeriod period) {
    }

    /** A chart and its text alternative: a summary sentence and the figures as a table. */
    record Chart(String id, String title, String data, String summary, List<String> columns,
            List<List<String>> rows) {
    }

    @GetMapping
    @PreAuthorize(GoalRoles.DASHBOARD)
    String dashboard(@RequestParam(name = "kommun", required = false) String municipality,
            @RequestParam(name = "namnd", required = false) Long boardId,
            @RequestParam(name = "ar", required = false) @Min(GoalModelImport.YEAR_MIN) @Max(GoalModelImport.YEAR_MAX) Integer year,
            @RequestParam(name = "period", required = false) String periodCode, Model model) {
        Selection selection = select(municipality, boardId, year, periodCode);
        model.addAttribute("selection", selection);
        if (selection.board() == null || selection.period() == null) {
            model.addAttribute("levelCharts", List.of());
            model.addAttribute("goalLines", List.of());
            return "goal/dashboard";
        }
        String code = selection.municipality();
        Long board = selection.board().getId();
        Map<Integer, RatingScale> scales = new LinkedHashMap<>();
        for (GoalLevel level : goals.levels(code)) {
            scales.put(level.getDepth(), level.getScale());
        }
        model.addAttribute("levelCharts", levelCharts(dashboard.ratings(code, board, selection.year()),
                selection.periods(), scales, selection.year()));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (GoalDashboard.GoalLine line : dashboard.goals(code, board, selection.year(), selection.period())) {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("line", line);
            shown.put("rating", GoalPages.Shown.of(scales.get(line.depth()), line.rating()));
            lines.add(shown);
        }
        model.addAttribute("goalLines", lines);
        return "goal/dashboard";
    }

    /**
     * The indicators' trends of a board: one chart per indicator over the periods of the last three plan years
     * against its targets; with {@code mal} only the indicators of that goal (by number) and the goals under it.
     */
    @GetMapping("/indikatorer")
    @PreAuthorize(GoalRoles.DASHBOARD)
    String trends(@RequestParam(name = "kommun", required = false) String municipality,
            @RequestParam(name = "namnd", required = false) Long boardId,
            @RequestParam(name = "ar", required = false) @Min(GoalModelImport.YEAR_MIN) @Max(GoalModelImport.YEAR_MAX) Integer year,
            @RequestParam(name = "period", required = false) String periodCode,
            @RequestParam(name = "mal", required = false) String goalNumber, Model model) {
        Selection selection = select(municipality, boardId, year, periodCode);
        model.addAttribute("selection", selection);
        model.addAttribute("goalNumber", goalNumber);
        model.addAttribute("trendCharts", selection.board() == null ? List.of()
                : trendCharts(trendsUnder(selection.municipality(), selection.board().getId(), selection.year(),
                        goalNumber)));
        return "goal/dashboard-trends";
    }

    private List<GoalDashboard.Trend> trendsUnder(String code, Long board, int year, String goalNumber) {
        return dashboard.trends(code, board, year - TREND_YEARS + 1, year).stream()
                .filter(trend -> goalNumber == null || trend.goalNumber().equals(goalNumber)
                        || trend.goalNumber().startsWith(goalNumber + "."))
                .toList();
    }

    /** Drill-down: one goal's section of the report (rating, justification, indicators, activities). */
    @GetMapping("/mal/{id}")
    @PreAuthorize(GoalRoles.DASHBOARD)
    String goal(@PathVariable Long id, @RequestParam(name = "period", required = false) String periodCode,
            Model model) {
        Goal goal = goals.goal(id);
        if (goal.getBoardId() == null) {
            throw DomainException.notFound("notFound.goal");
        }
        ReportingPeriod period = periodCode == null ? current(goals.periods(goal.getMunicipalityCode()),
                goal.getPlanYear()) : goals.period(goal.getMunicipalityCode(), periodCode);
        if (period == null) {
            throw DomainException.notFound("notFound.period");
        }
        ReportModel report = reports.model(goal.getMunicipalityCode(), goal.getBoardId(), goal.getPlanYear(),
                period.getCode());
        ReportModel.GoalSection section = report.goals().stream().filter(s -> s.goalId().equals(id)).findFirst()
                .orElseThrow(() -> DomainException.notFound("notFound.goal"));
        List<ReportModel.GoalSection> children = report.goals().stream()
                .filter(s -> section.childNumbers().contains(s.number())).toList();
        model.addAttribute("report", report);
        model.addAttribute("section", section);
        model.addAttribute("children", children);
        model.addAttribute("parent", goal.getParent());
        model.addAttribute("trendCharts", trendCharts(trendsUnder(goal.getMunicipalityCode(), goal.getBoardId(),
                goal.getPlanYear(), goal.getNumber()).stream()
                .filter(trend -> trend.goalNumber().equals(goal.getNumber())).toList()));
        return "goal/dashboard-goal";
    }

    /** The indicator table of the period's report as CSV for Swedish Excel ({@link IndicatorCsv}). */
    @GetMapping("/indikatorer.csv")
    @PreAuthorize(GoalRoles.DASHBOARD)
    ResponseEntity<byte[]> csv(@RequestParam("kommun") String municipality, @RequestParam("namnd") Long boardId,
            @RequestParam("ar") int year, @RequestParam("period") String periodCode) {
        ReportModel report = reports.model(municipality, boardId, year, periodCode);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName(report) + "-indikatorer.csv", java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
                .body(IndicatorCsv.of(report));
    }

    /** The compiled report as PDF/A, for reading and printing. */
    @GetMapping("/rapport.pdf")
    @PreAuthorize(GoalRoles.DASHBOARD)
    ResponseEntity<byte[]> pdf(@RequestParam("kommun") String municipality, @RequestParam("namnd") Long boardId,
            @RequestParam("ar") int year, @RequestParam("period") String periodCode) {
        CompiledReport report = reports.compile(municipality, boardId, year, periodCode);
        return GoalReportApi.pdfResponse(report);
    }

    /** The compiled report as its self-contained HTML document. */
    @GetMapping("/rapport.html")
    @PreAuthorize(GoalRoles.DASHBOARD)
    ResponseEntity<String> html(@RequestParam("kommun") String municipality, @RequestParam("namnd") Long boardId,
            @RequestParam("ar") int year, @RequestParam("period") String periodCode) {
        ReportModel report = reports.model(municipality, boardId, year, periodCode);
        return GoalReportApi.htmlResponse(reports.html(report));
    }

    static String fileName(ReportModel report) {
        return (report.boardName() + "-" + report.title()).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9åäö]+", "-");
    }

    // --- Selection ----------------------------------------------------------------------------------------

    private Selection select(String municipality, Long boardId, Integer year, String periodCode) {
        List<String> mine = CurrentUser.municipalityCodes().stream().sorted().toList();
        String code = municipality == null ? mine.stream().findFirst()
                .orElseThrow(() -> DomainException.notFound("notFound.municipality")) : municipality;
        Goals.checkAccess(code);
        int planYear = year == null ? LocalDate.now(clock).getYear() : year;
        List<Long> withGoals = dashboard.boardsWithGoals(code, planYear);
        List<Board> boards = organisation.boards(code).stream().filter(b -> withGoals.contains(b.getId())).toList();
        Board board;
        if (boardId == null) {
            board = boards.stream().findFirst().orElse(null);
        } else {
            board = boards.stream().filter(b -> b.getId().equals(boardId)).findFirst()
                    .orElseThrow(() -> DomainException.notFound("notFound.board"));
        }
        List<ReportingPeriod> periods = goals.periods(code);
        ReportingPeriod period = periodCode == null ? current(periods, planYear) : goals.period(code, periodCode);
        return new Selection(code, mine, planYear, boards, board, periods, period);
    }

    /** The latest period whose day has come in the plan year, else the year's first. */
    private ReportingPeriod current(List<ReportingPeriod> periods, int planYear) {
        LocalDate today = LocalDate.now(clock);
        ReportingPeriod chosen = periods.stream().findFirst().orElse(null);
        for (ReportingPeriod period : periods) {
            if (!period.asOf(planYear).isAfter(today)) {
                chosen = period;
            }
        }
        return chosen;
    }

    // --- Charts -------------------------------------------------------------------------------------------

    /** One stacked bar chart per goal level: the periods of the year, a bar segment per rating. */
    List<Chart> levelCharts(List<GoalDashboard.RatingCount> counts, List<ReportingPeriod> periods,
            Map<Integer, RatingScale> scales, int year) {
        List<Chart> charts = new ArrayList<>();
        Map<Integer, String> levelNames = new LinkedHashMap<>();
        counts.forEach(count -> levelNames.putIfAbsent(count.depth(), count.levelName()));
        List<Integer> depths = levelNames.keySet().stream().sorted().toList();
        for (int depth : depths) {
            RatingScale scale = scales.get(depth);
            List<String> codes = new ArrayList<>(scale.getRatings().stream().map(Rating::getCode).toList());
            codes.add(null);
            List<String> categories = periods.stream().map(p -> p.getName() + " " + year).toList();
            List<Map<String, Object>> series = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            List<String> sentences = new ArrayList<>();
            long[][] figures = new long[codes.size()][periods.size()];
            long[][] proposed = new long[codes.size()][periods.size()];
            for (GoalDashboard.RatingCount count : counts) {
                if (count.depth() != depth) {
                    continue;
                }
                int r = codes.indexOf(scale.rating(count.rating()).isPresent() ? count.rating() : null);
                int p = indexOf(periods, count.periodCode());
                if (p >= 0) {
                    figures[r][p] += count.goals();
                    if (!count.decided() && count.rating() != null) {
                        proposed[r][p] += count.goals();
                    }
                }
            }
            for (int r = 0; r < codes.size(); r++) {
                String code = codes.get(r);
                String label = code == null ? PeriodReports.NOT_RATED : scale.label(code);
                String colour = code == null ? NOT_RATED_COLOUR : scale.rating(code).map(Rating::getColour)
                        .orElse(NOT_RATED_COLOUR);
                List<Long> values = new ArrayList<>();
                for (long value : figures[r]) {
                    values.add(value);
                }
                series.add(Map.of("name", label, "colour", colour == null ? NOT_RATED_COLOUR : colour,
                        "values", values));
            }
            for (int p = 0; p < periods.size(); p++) {
                List<String> row = new ArrayList<>(List.of(categories.get(p)));
                List<String> parts = new ArrayList<>();
                for (int r = 0; r < codes.size(); r++) {
                    String label = codes.get(r) == null ? PeriodReports.NOT_RATED : scale.label(codes.get(r));
                    String cell = String.valueOf(figures[r][p]);
                    if (proposed[r][p] > 0) {
                        cell += " (varav " + proposed[r][p] + " förslag)";
                    }
                    row.add(cell);
                    if (figures[r][p] > 0) {
                        parts.add(cell + " " + label.toLowerCase(PeriodReports.SWEDISH));
                    }
                }
                rows.add(row);
                sentences.add(categories.get(p) + ": " + (parts.isEmpty() ? "inga mål" : String.join(", ", parts)));
            }
            List<String> columns = new ArrayList<>(List.of("Period"));
            series.forEach(s -> columns.add((String) s.get("name")));
            String title = levelNames.get(depth);
            charts.add(new Chart("betyg-" + depth, title, write(Map.of("kind", "bar", "categories", categories,
                    "series", series, "unit", "mål")), title + ". " + String.join(". ", sentences) + ".",
                    columns, rows));
        }
        return charts;
    }

    /** One line chart per indicator: its outcomes over the periods of the years, its targets as dashed lines. */
    List<Chart> trendCharts(List<GoalDashboard.Trend> trends) {
        List<Chart> charts = new ArrayList<>();
        for (GoalDashboard.Trend trend : trends) {
            List<String> categories = trend.points().stream().map(GoalDashboard.TrendPoint::label).toList();
            List<BigDecimal> values = trend.points().stream().map(GoalDashboard.TrendPoint::value).toList();
            List<BigDecimal> lower = trend.points().stream().map(GoalDashboard.TrendPoint::targetLower).toList();
            List<BigDecimal> upper = trend.points().stream().map(GoalDashboard.TrendPoint::targetUpper).toList();
            List<Map<String, Object>> series = new ArrayList<>();
            series.add(Map.of("name", "Utfall", "colour", "#1f4e79", "values", values));
            boolean hasLower = lower.stream().anyMatch(Objects::nonNull);
            boolean hasUpper = upper.stream().anyMatch(Objects::nonNull);
            if (hasLower) {
                series.add(Map.of("name", trend.targetKind() == TargetKind.BAND ? "Årsmål, lägst" : "Årsmål (minst)",
                        "colour", "#2e7d32", "values", lower, "dashed", true));
            }
            if (hasUpper) {
                series.add(Map.of("name", trend.targetKind() == TargetKind.BAND ? "Årsmål, högst" : "Årsmål (högst)",
                        "colour", "#c62828", "values", upper, "dashed", true));
            }
            List<List<String>> rows = new ArrayList<>();
            List<String> sentences = new ArrayList<>();
            for (GoalDashboard.TrendPoint point : trend.points()) {
                String target = point.targetLower() != null && point.targetUpper() != null
                        ? Numbers.band(point.targetLower(), point.targetUpper(), trend.unit())
                        : point.targetLower() != null ? "minst " + Numbers.format(point.targetLower(), trend.unit())
                        : point.targetUpper() != null ? "högst " + Numbers.format(point.targetUpper(), trend.unit())
                        : "–";
                String value = Numbers.format(point.value(), trend.unit());
                rows.add(List.of(point.label(), value, target));
                sentences.add(point.label() + " " + value + (target.equals("–") ? "" : " (årsmål " + target + ")"));
            }
            String title = trend.code() + " " + trend.name();
            String summary = title + " (mål " + trend.goalNumber() + "). " + (sentences.isEmpty()
                    ? "Inga utfall ännu." : "Utfall: " + String.join("; ", sentences) + ".");
            charts.add(new Chart("indikator-" + trend.code(), title, write(Map.of("kind", "line",
                    "categories", categories, "series", series, "unit", trend.unit() == null ? "" : trend.unit())),
                    summary, List.of("Period", "Utfall", "Årsmål"), rows));
        }
        return charts;
    }

    private static int indexOf(List<ReportingPeriod> periods, String code) {
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).getCode().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Chart data could not be written as JSON", e);
        }
    }
}
