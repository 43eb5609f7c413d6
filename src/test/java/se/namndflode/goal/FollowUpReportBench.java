package se.namndflode.goal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.namndflode.IntegrationTest;
import se.namndflode.shared.pdf.ArchivalPdf;
import se.namndflode.shared.security.Role;

/**
 * Benchmark, not a test (tag "bench", excluded from every suite; run by bench/follow-up-report.sh). Generates,
 * directly by JDBC, one municipality with 30 boards, each with three plan years (2024–2026) of 40 goals (3
 * inriktningsmål, 12 KF-mål, 25 nämndmål) and 60 indicators, outcomes, proposals and assessments in all three
 * periods, and 20 assignments with status reports per board in 2026; runs ANALYZE; then times (1) compiling the
 * annual report of one board (model and XHTML, then the PDF/A) and (2) the dashboard page
 * ({@code GET /mal/oversikt}, through MockMvc: security, SQL, charts' data, Thymeleaf) for random boards, and
 * prints the medians and the 95th percentiles. On PostgreSQL it prints the dashboard queries' plans.
 */
@IntegrationTest
@Tag("bench")
// As in production: templates parsed once (the test profile re-reads them on every request).
@org.springframework.test.context.TestPropertySource(properties = "spring.thymeleaf.cache=true")
class FollowUpReportBench extends GoalTestSupport {

    static final int BOARDS = 30;
    static final int[] YEARS = {2024, 2025, 2026};
    static final int GOALS = 40;
    static final int INDICATORS = 60;
    static final int ASSIGNMENTS = 20;
    static final int REPORT_RUNS = Integer.parseInt(System.getenv().getOrDefault("BENCH_RUNS", "10"));
    static final int DASHBOARD_REQUESTS = Integer.parseInt(System.getenv().getOrDefault("BENCH_REQUESTS", "300"));
    static final String[] RATINGS = {"HELT", "HELT", "HELT", "DELVIS", "INTE"};

    @Autowired
    PeriodReports reports;
    @Autowired
    MockMvc mvc;
    @Autowired
    GoalDashboard dashboard;

    final Random random = new Random(11);

    @Test
    void annualReportAndDashboard() throws Exception {
        String code = newMunicipality();
        as(admin(code), () -> imports.importFile(imports.read(MODEL.replace("@CODE@", code)), false));
        long started = System.nanoTime();
        List<Long> boards = generate(code);
        analyze();
        System.out.printf("BENCH data: %d boards, %d goals, %d indicators, %d outcomes, %d assessments, "
                + "%d proposals, %d assignments in %d s%n", boards.size(), count("goal", code),
                count("indicator", code), jdbc.queryForObject("select count(*) from outcome o join indicator i on "
                        + "i.id = o.indicator_id where i.municipality_code = ?", Long.class, code),
                jdbc.queryForObject("select count(*) from assessment a join goal g on g.id = a.goal_id where "
                        + "g.municipality_code = ?", Long.class, code), count("rating_proposal", code),
                count("assignment", code), (System.nanoTime() - started) / 1_000_000_000);

        // (1) The annual report of one board: model + XHTML, then the PDF.
        Long board = boards.get(0);
        List<Long> html = new ArrayList<>();
        List<Long> pdf = new ArrayList<>();
        for (int run = 0; run <= REPORT_RUNS; run++) {
            long t0 = System.nanoTime();
            String document = as(user(code, "chef", Role.MANAGER), () -> reports.html(reports.model(code, board,
                    2026, "ANNUAL")));
            long t1 = System.nanoTime();
            byte[] bytes = ArchivalPdf.render(document);
            long t2 = System.nanoTime();
            if (run > 0) { // the first run warms up
                html.add(t1 - t0);
                pdf.add(t2 - t1);
            }
            System.out.printf("run %d: report model+HTML %d ms, PDF %d ms (%d KiB, %d goals)%n", run,
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, bytes.length / 1024,
                    document.split("class=\"rating\"").length - 1);
        }
        System.out.printf("BENCH annual report, 40 goals, 60 indicators: model+HTML median %d ms (max %d), "
                + "PDF median %d ms (max %d), together median %d ms%n", median(html), max(html), median(pdf),
                max(pdf), median(html) + median(pdf));

        // (2) The dashboard's pages for random boards: the overview, and the trends of all 60 indicators.
        var manager = GoalApiTest.signedIn(user(code, "chef", Role.MANAGER));
        for (String path : List.of("/mal/oversikt", "/mal/oversikt/indikatorer")) {
            List<Long> pages = new ArrayList<>();
            for (int request = -30; request < DASHBOARD_REQUESTS; request++) {
                Long shown = boards.get(random.nextInt(boards.size()));
                long t0 = System.nanoTime();
                mvc.perform(get(path).param("kommun", code).param("namnd", shown.toString())
                        .param("ar", "2026").param("period", "T2").with(manager)).andExpect(status().isOk());
                if (request >= 0) {
                    pages.add(System.nanoTime() - t0);
                }
            }
            Collections.sort(pages);
            System.out.printf("BENCH dashboard %s (%d requests, 30 boards x 3 years): median %.1f ms, p95 %.1f ms, "
                    + "max %.1f ms%n", path, pages.size(), pages.get(pages.size() / 2) / 1e6,
                    pages.get((int) Math.ceil(pages.size() * 0.95) - 1) / 1e6, pages.get(pages.size() - 1) / 1e6);
        }

        // (3) The dashboard's SQL alone (rating counts, the period's goals, three years of indicator outcomes).
        ReportingPeriod t2 = as(user(code, "chef", Role.MANAGER), () -> goals.period(code, "T2"));
        List<Long> sql = new ArrayList<>();
        for (int request = -30; request < DASHBOARD_REQUESTS; request++) {
            Long shown = boards.get(random.nextInt(boards.size()));
            long t0 = System.nanoTime();
            dashboard.ratings(code, shown, 2026);
            dashboard.goals(code, shown, 2026, t2);
            dashboard.trends(code, shown, 2024, 2026);
            if (request >= 0) {
                sql.add(System.nanoTime() - t0);
            }
        }
        Collections.sort(sql);
        System.out.printf("BENCH dashboard SQL only (%d boards shown): median %.1f ms, p95 %.1f ms%n", sql.size(),
                sql.get(sql.size() / 2) / 1e6, sql.get((int) Math.ceil(sql.size() * 0.95) - 1) / 1e6);

        if (isPostgres()) {
            explain(GoalDashboard.RATINGS_SQL, code, 2026, board);
            explain(GoalDashboard.TRENDS_SQL, code, board, 2024, 2026);
        }
    }

    // --- Data ---------------------------------------------------------------------------------------------

    private List<Long> generate(String code) {
        long municipalityId = jdbc.queryForObject("select id from municipality where code = ?", Long.class, code);
        Map<String, Long> levels = new HashMap<>();
        jdbc.query("select code, id from goal_level where municipality_code = ?",
                rs -> { levels.put(rs.getString(1), rs.getLong(2)); }, code);
        Map<String, Long> periods = new HashMap<>();
        jdbc.query("select code, id from reporting_period where municipality_code = ?",
                rs -> { periods.put(rs.getString(1), rs.getLong(2)); }, code);
        List<Long> boards = new ArrayList<>();
        for (int b = 0; b < BOARDS; b++) {
            jdbc.update("insert into board (municipality_id, kind, name, member_count) values (?, 'BOARD', ?, 13)",
                    municipalityId, "Nämnd " + (b + 1));
            boards.add(jdbc.queryForObject("select id from board where municipality_id = ? and name = ?",
                    Long.class, municipalityId, "Nämnd " + (b + 1)));
        }
        Timestamp now = Timestamp.from(Instant.parse("2026-12-31T12:00:00Z"));
        for (int b = 0; b < BOARDS; b++) {
            long board = boards.get(b);
            for (int year : YEARS) {
                // Goal numbers are unique per municipality and year: each board has its own top numbers.
                List<Object[]> top = new ArrayList<>();
                List<Object[]> kf = new ArrayList<>();
                List<Object[]> own = new ArrayList<>();
                for (int t = 1; t <= 3; t++) {
                    String number = String.valueOf(b * 10 + t);
                    top.add(goal(code, year, number, levels.get("INRIKTNINGSMAL"), null, board));
                    for (int k = 1; k <= 4; k++) {
                        kf.add(new Object[] {number, number + "." + k});
                    }
                }
                insertGoals(top);
                Map<String, Long> ids = ids(code, year);
                List<Object[]> kfRows = new ArrayList<>();
                for (Object[] pair : kf) {
                    kfRows.add(goal(code, year, (String) pair[1], levels.get("KF_MAL"), ids.get((String) pair[0]),
                            board));
                }
                insertGoals(kfRows);
                ids = ids(code, year);
                for (int n = 0; n < GOALS - 15; n++) {
                    String parent = (String) kf.get(n % kf.size())[1];
                    own.add(goal(code, year, parent + "." + (n / kf.size() + 1), levels.get("NAMNDMAL"),
                            ids.get(parent), board));
                }
                insertGoals(own);
                ids = ids(code, year);
                int index = b;
                List<Long> goalIds = new ArrayList<>(ids.entrySet().stream()
                        .filter(e -> boardOf(e.getKey()) == index).map(Map.Entry::getValue).toList());
                Collections.sort(goalIds);
                jdbc.update("insert into goal_expected_result (goal_id, sort_order, text) select id, 0, "
                        + "'Verksamheten når det förväntade resultatet' from goal where municipality_code = ? "
                        + "and plan_year = ? and board_id = ? and level_id = ?", code, year, board,
                        levels.get("NAMNDMAL"));
                List<Object[]> indicators = new ArrayList<>();
                for (int i = 0; i < INDICATORS; i++) {
                    long goal = goalIds.get(3 + i % (goalIds.size() - 3));
                    indicators.add(new Object[] {code, year, "B" + b + "-I" + String.format("%02d", i + 1), goal,
                            "Andel brukare som är nöjda med insatsen, indikator " + (i + 1), "%", "TERTIAL", "FLOOR",
                            70, 2, "FLOOR", 65});
                }
                jdbc.batchUpdate("insert into indicator (municipality_code, plan_year, code, goal_id, name, unit, "
                        + "periodicity, target_kind, target_lower, target_tolerance, council_target_kind, "
                        + "council_target_lower) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", indicators);
                List<Long> indicatorIds = jdbc.queryForList("select i.id from indicator i join goal g on "
                        + "g.id = i.goal_id where g.board_id = ? and i.plan_year = ?", Long.class, board, year);
                List<Object[]> outcomes = new ArrayList<>();
                List<Object[]> proposals = new ArrayList<>();
                List<Object[]> assessments = new ArrayList<>();
                for (String period : List.of("T1", "T2", "ANNUAL")) {
                    long periodId = periods.get(period);
                    for (long indicator : indicatorIds) {
                        double value = 60 + random.nextInt(300) / 10.0;
                        outcomes.add(new Object[] {indicator, periodId, value, value - 1, value + 1, value - 2,
                                value + 0.5});
                        proposals.add(proposal(code, "INDICATOR", indicator, periodId, value >= 70 ? "HELT"
                                : value >= 68 ? "DELVIS" : "INTE", now));
                    }
                    for (long goal : goalIds) {
                        String rating = RATINGS[random.nextInt(RATINGS.length)];
                        proposals.add(proposal(code, "GOAL", goal, periodId, rating, now));
                        if (year < 2026 || !period.equals("ANNUAL")) {
                            assessments.add(new Object[] {goal, periodId, rating,
                                    "Bedömningen grundas på att förväntade resultat prognostiseras att uppnås.",
                                    rating, false, "handlaggare", now});
                        }
                    }
                }
                jdbc.batchUpdate("insert into outcome (indicator_id, period_id, outcome_value, value_men, "
                        + "value_women, last_year_value, forecast_value) values (?, ?, ?, ?, ?, ?, ?)", outcomes);
                // Keys from the proposals' sequence, as the application takes them (RatingProposalKeysMigration).
                String key = isPostgres() ? "nextval('" + RatingProposalKeysMigration.SEQUENCE + "')"
                        : "next value for " + RatingProposalKeysMigration.SEQUENCE;
                jdbc.batchUpdate("insert into rating_proposal (id, municipality_code, subject_type, subject_id, "
                        + "period_id, rating, decision_key, decision_version, decision_definition_id, "
                        + "matched_rules, explanation, created_at) values (" + key + ", ?, ?, ?, ?, ?, ?, 1, ?, ?, "
                        + "?, ?)", proposals);
                jdbc.batchUpdate("insert into assessment (goal_id, period_id, rating, justification, "
                        + "proposed_rating, deviates, assessed_by, assessed_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                        assessments);
                if (year == 2026) {
                    assignments(code, board, b, goalIds, now);
                }
            }
        }
        return boards;
    }

    private void assignments(String code, long board, int b, List<Long> goalIds, Timestamp now) {
        List<Object[]> rows = new ArrayList<>();
        for (int a = 0; a < ASSIGNMENTS; a++) {
            rows.add(new Object[] {code, "B" + b + "-U" + (a + 1), board, "OPERATIONAL_PLAN", 2026,
                    "Nämnden ska utveckla arbetet med uppföljning av insatser, uppdrag " + (a + 1),
                    Date.valueOf(LocalDate.of(2026, 1, 1)), Date.valueOf(LocalDate.of(2026, 12, 31)),
                    goalIds.get(a % goalIds.size()), "FOLLOW_UP_REPORT", now, "bench"});
        }
        jdbc.batchUpdate("insert into assignment (municipality_code, reference, board_id, source, source_year, text, "
                + "start_date, end_date, goal_id, reporting, created_at, created_by) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.update("""
                insert into assignment_status_report (assignment_id, as_of, status, text, automatic, reported_by,
                  reported_at) select id, ?, case when mod(id, 4) = 0 then 'DEVIATION' else 'ON_TRACK' end,
                  case when mod(id, 4) = 0 then 'Försenat: upphandlingen drog ut på tiden' end, false, 'bench', ?
                from assignment where municipality_code = ? and board_id = ?""",
                Date.valueOf(LocalDate.of(2026, 8, 31)), now, code, board);
    }

    private static int boardOf(String number) {
        return (Integer.parseInt(number.split("\\.")[0]) - 1) / 10;
    }

    private static Object[] goal(String code, int year, String number, long level, Long parent, long board) {
        return new Object[] {code, year, number, level, parent, "Mål " + number + ": en stad där alla kan växa",
                board};
    }

    private void insertGoals(List<Object[]> rows) {
        jdbc.batchUpdate("insert into goal (municipality_code, plan_year, goal_number, level_id, parent_id, title, "
                + "board_id) values (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private Map<String, Long> ids(String code, int year) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select goal_number, id from goal where municipality_code = ? and plan_year = ?",
                rs -> { ids.put(rs.getString(1), rs.getLong(2)); }, code, year);
        return ids;
    }

    private static Object[] proposal(String code, String type, long subject, long period, String rating,
            Timestamp at) {
        return new Object[] {code, type, subject, period, rating, type.equals("GOAL") ? "goal-rating"
                : "indicator-rating", "bench:1", "bench", "Genererad för mätningen.", at};
    }

    private long count(String table, String code) {
        return jdbc.queryForObject("select count(*) from " + table + " where municipality_code = ?", Long.class,
                code);
    }

    private boolean isPostgres() {
        return jdbc.execute((java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName())
                .toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    private void analyze() {
        jdbc.execute("analyze"); // PostgreSQL and H2 alike: fresh statistics for the planner
    }

    private void explain(String sql, Object... arguments) {
        System.out.println("BENCH plan:");
        jdbc.query("explain (analyze, buffers) " + sql, rs -> {
            System.out.println("BENCH   " + rs.getString(1));
        }, arguments);
    }

    private static long median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1_000_000;
    }

    private static long max(List<Long> nanos) {
        return Collections.max(nanos) / 1_000_000;
    }

    static final String MODEL = """
            {"municipality": "@CODE@",
             "ratingScales": [{"code": "STHLM", "name": "Skala", "ratings": [
               {"code": "HELT", "label": "Uppfylls helt", "colour": "#2e7d32", "symbol": "●"},
               {"code": "DELVIS", "label": "Uppfylls delvis", "colour": "#f9a825", "symbol": "◑"},
               {"code": "INTE", "label": "Uppfylls inte", "colour": "#c62828", "symbol": "○"}]}],
             "levels": [
               {"code": "INRIKTNINGSMAL", "name": "KF:s inriktningsmål", "decidedBy": "Kommunfullmäktige", "ratingScale": "STHLM"},
               {"code": "KF_MAL", "name": "KF:s mål för verksamhetsområdet", "decidedBy": "Kommunfullmäktige", "ratingScale": "STHLM"},
               {"code": "NAMNDMAL", "name": "Nämndmål", "decidedBy": "Nämnden", "ratingScale": "STHLM"}],
             "reportingPeriods": [
               {"code": "T1", "name": "Tertial 1", "asOf": "04-30", "forecast": true, "periodicities": ["TERTIAL"]},
               {"code": "T2", "name": "Tertial 2", "asOf": "08-31", "forecast": true, "periodicities": ["TERTIAL", "HALF_YEAR"]},
               {"code": "ANNUAL", "name": "Verksamhetsberättelse", "asOf": "12-31", "forecast": false, "periodicities": ["TERTIAL", "HALF_YEAR", "YEAR"]}]}
            """;
}
