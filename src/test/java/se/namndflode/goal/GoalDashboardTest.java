package se.namndflode.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.namndflode.IntegrationTest;
import se.namndflode.organisation.Organisation;
import se.namndflode.shared.security.Role;

/**
 * The follow-up dashboard of the demo board: behind a role, within the user's municipality, its figures equal a
 * direct count, every chart has its text alternative and the chart library is served by the application; the
 * indicator table as CSV for Swedish Excel; the report on the API as JSON, HTML and PDF.
 */
@IntegrationTest
class GoalDashboardTest extends GoalTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organisation organisation;
    @Autowired
    GoalDashboard dashboard;

    Long socialnamnden() {
        return as(official("stockholm"), () -> organisation.boards("stockholm").stream()
                .filter(board -> board.getName().equals("Socialnämnden")).findFirst().orElseThrow().getId());
    }

    /** The charts of a page, each checked to have its text alternative: label, caption and figures. */
    static int charts(String page) {
        Matcher charts = Pattern.compile("<div class=\"chart\" role=\"img\" data-chart=\"[^\"]+\" "
                + "aria-label=\"([^\"]+)\"").matcher(page);
        int count = 0;
        while (charts.find()) {
            count++;
            assertThat(charts.group(1)).isNotBlank();
        }
        assertThat(page.split("<figcaption").length - 1).isEqualTo(count);
        assertThat(page.split("<details>").length - 1).isEqualTo(count);
        return count;
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor manager() {
        return GoalApiTest.signedIn(user("stockholm", "chef", Role.MANAGER));
    }

    @Test
    void theRatingCountsEqualADirectCountOfTheGoalsAndTheirRatings() {
        Long board = socialnamnden();
        List<GoalDashboard.RatingCount> counts = dashboard.ratings("stockholm", board, 2026);
        // Per level and period, every goal of the board's plan is counted once.
        Map<String, Long> perLevelAndPeriod = new HashMap<>();
        counts.forEach(c -> perLevelAndPeriod.merge(c.depth() + "/" + c.periodCode(), c.goals(), Long::sum));
        for (int depth = 1; depth <= 3; depth++) {
            Long direct = jdbc.queryForObject("""
                    select count(*) from goal g join goal_level l on l.id = g.level_id
                    where g.municipality_code = 'stockholm' and g.plan_year = 2026 and g.board_id = ? and l.depth = ?""",
                    Long.class, board, depth);
            assertThat(direct).isPositive();
            for (String period : List.of("T1", "T2", "ANNUAL")) {
                assertThat(perLevelAndPeriod.get(depth + "/" + period)).as(depth + "/" + period).isEqualTo(direct);
            }
        }
        // Per rating in T1: the count of the goals whose assessment, else current proposal, has that rating.
        Map<String, Long> dashboardT1 = new HashMap<>();
        counts.stream().filter(c -> c.periodCode().equals("T1"))
                .forEach(c -> dashboardT1.merge(c.depth() + "/" + c.rating(), c.goals(), Long::sum));
        Map<String, Long> direct = new HashMap<>();
        as(official("stockholm"), () -> {
            ReportingPeriod t1 = goals.period("stockholm", "T1");
            for (Goal goal : goals.goals("stockholm", board, 2026)) {
                String rating = goals.assessment(goal, t1).map(Assessment::getRating).orElseGet(() -> goals
                        .proposal(SubjectType.GOAL, goal.getId(), t1).map(RatingProposal::getRating).orElse(null));
                direct.merge(goal.getLevel().getDepth() + "/" + rating, 1L, Long::sum);
            }
            return null;
        });
        assertThat(dashboardT1).isEqualTo(direct);
    }

    @Test
    void thePageShowsTheFiguresWithTextAlternativesBehindARoleAndWithinTheMunicipality() throws Exception {
        Long board = socialnamnden();
        String page = mvc.perform(get("/mal/oversikt").param("kommun", "stockholm").param("namnd", board.toString())
                .param("ar", "2026").param("period", "T1").with(manager())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // Every chart is an image with its summary as label, the summary as caption and the figures as a table:
        // one per goal level on the overview, one per indicator (followed by code over three years) on the trends.
        assertThat(charts(page)).isEqualTo(3);
        String trendsPage = mvc.perform(get("/mal/oversikt/indikatorer").param("kommun", "stockholm")
                .param("namnd", board.toString()).param("ar", "2026").with(manager())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long indicators = jdbc.queryForObject("""
                select count(distinct i.code) from indicator i join goal g on g.id = i.goal_id
                where g.municipality_code = 'stockholm' and g.board_id = ? and g.plan_year between 2024 and 2026""",
                Long.class, board);
        assertThat(charts(trendsPage)).isEqualTo(indicators);
        // An indicator with an outcome says it in its text: the value and the target, in Swedish formats.
        assertThat(trendsPage).containsPattern("aria-label=\"I01 [^\"]+Utfall: Tertial 1 2026 [0-9]+(,[0-9]+)? %");
        // The nämndmål chart's text says how many goals have each rating in T1, as the direct count does.
        long namndmal = jdbc.queryForObject("""
                select count(*) from goal g join goal_level l on l.id = g.level_id
                where g.municipality_code = 'stockholm' and g.plan_year = 2026 and g.board_id = ? and l.depth = 3""",
                Long.class, board);
        Matcher level3 = Pattern.compile("aria-label=\"(Nämndmål\\. Tertial 1 2026: [^.]+)\\.").matcher(page);
        assertThat(level3.find()).isTrue();
        long shown = Arrays.stream(level3.group(1).replaceFirst("^Nämndmål\\. Tertial 1 2026: ", "").split(", "))
                .mapToLong(part -> Long.parseLong(part.split(" ")[0])).sum();
        assertThat(shown).isEqualTo(namndmal);
        // The drill-down goes to each goal's evidence; the chart library is the application's own.
        assertThat(page).contains("/mal/oversikt/mal/").containsPattern("src=\"/webjars/echarts/[0-9.]+/dist/echarts.min.js\"")
                .doesNotContain("cdn");
        mvc.perform(get("/webjars/echarts/dist/echarts.min.js")).andExpect(status().isOk());
        mvc.perform(get("/js/goal-dashboard.js")).andExpect(status().isOk());

        // Behind a role: a registrar has no dashboard, nobody signed in is sent to log in.
        mvc.perform(get("/mal/oversikt").with(GoalApiTest.signedIn(user("stockholm", "registrator",
                Role.REGISTRAR)))).andExpect(status().isForbidden());
        mvc.perform(get("/mal/oversikt")).andExpect(status().is3xxRedirection());
        // A politician of the board sees it; a user of another municipality does not find Stockholm's board.
        mvc.perform(get("/mal/oversikt").param("kommun", "stockholm").with(GoalApiTest.signedIn(user("stockholm",
                "ledamot", Role.POLITICIAN)))).andExpect(status().isOk());
        String other = newMunicipality();
        mvc.perform(get("/mal/oversikt").param("kommun", "stockholm").param("namnd", board.toString())
                .with(GoalApiTest.signedIn(user(other, "chef", Role.MANAGER)))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/goals/reports/stockholm/" + board + "/2026/T1")
                .with(GoalApiTest.signedIn(user(other, "chef", Role.MANAGER)))).andExpect(status().isNotFound());
    }

    @Test
    void theDrillDownShowsAGoalsEvidence() throws Exception {
        Long board = socialnamnden();
        Goal goal = as(official("stockholm"), () -> goals.goals("stockholm", board, 2026).stream()
                .filter(g -> g.getNumber().equals("1.3.2")).findFirst().orElseThrow());
        String page = mvc.perform(get("/mal/oversikt/mal/" + goal.getId()).param("period", "T1").with(manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Nämndmål: 1.3.2").contains("id=\"goal-analysis\"")
                .contains("id=\"goal-indicators\"").contains("Prognos helår");
        // Not yet assessed, and I31 has no outcome: said so, with no justification of an assessment not made.
        assertThat(page).contains("Nämnden har ännu inte bedömt nämndmålet.").contains("utfall saknas för en indikator")
                .doesNotContain("Bedömningen grundas på att");
        // The trends of the goal's own indicators.
        long own = jdbc.queryForObject("select count(*) from indicator where goal_id = ?", Long.class, goal.getId());
        assertThat(charts(page)).isEqualTo(own).isPositive();
    }

    @Test
    void theIndicatorTableAsCsvOpensRightInSwedishExcel() throws Exception {
        Long board = socialnamnden();
        byte[] csv = mvc.perform(get("/mal/oversikt/indikatorer.csv").param("kommun", "stockholm")
                .param("namnd", board.toString()).param("ar", "2026").param("period", "T1").with(manager()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(text).contains("\r\n");
        assertThat(lines.get(0)).isEqualTo("Mål;Kod;Indikator;Enhet;Periodens utfall;Utfall män/pojkar;"
                + "Utfall kvinnor/flickor;Utfall VB 2025;Prognos helår;Årsmål;KF:s årsmål;Period");
        long indicatorRows = jdbc.queryForObject("""
                select count(*) from indicator i join goal g on g.id = i.goal_id
                where g.municipality_code = 'stockholm' and g.board_id = ? and g.plan_year = 2026""", Long.class,
                board);
        assertThat(lines).hasSize(1 + (int) indicatorRows);
        // Every row has the header's columns; outcomes are plain numbers with a decimal comma, no unit, no grouping.
        int columns = lines.get(0).split(";", -1).length;
        for (String line : lines.subList(1, lines.size())) {
            assertThat(line.replaceAll("\"[^\"]*\"", "x").split(";", -1)).as(line).hasSize(columns);
            String outcome = line.replaceAll("\"[^\"]*\"", "x").split(";", -1)[4];
            assertThat(outcome).as(line).matches("|Ej mätt|-?\\d+(,\\d+)?");
        }
        assertThat(lines.stream().skip(1).map(line -> line.split(";", -1)[4]).filter(v -> v.contains(",")))
                .isNotEmpty();
    }

    @Test
    void csvCellsAreDefusedAndQuoted() {
        assertThat(IndicatorCsv.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(IndicatorCsv.text("@SUM")).isEqualTo("'@SUM");
        assertThat(IndicatorCsv.number(new java.math.BigDecimal("-1403.60"))).isEqualTo("-1403,6");
        assertThat(IndicatorCsv.targetCell("0,3 %", "%")).isEqualTo("0,3");
        assertThat(IndicatorCsv.targetCell("1\u00a0403,6 mnkr", "mnkr")).isEqualTo("1403,6");
        assertThat(IndicatorCsv.targetCell("Tas fram av nämnd", "%")).isEqualTo("Tas fram av nämnd");
    }

    @Test
    void theReportOnTheApiAsJsonHtmlAndPdf() throws Exception {
        Long board = socialnamnden();
        String base = "/api/v1/goals/reports/stockholm/" + board + "/2026/T1";
        mvc.perform(get(base).with(manager())).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Tertialrapport 1 2026"))
                .andExpect(jsonPath("$.forecast").value(true))
                .andExpect(jsonPath("$.indicatorColumns[5]").value("Prognos helår"))
                .andExpect(jsonPath("$.goals[0].number").value("1"));
        mvc.perform(get(base + "/html").with(manager())).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", GoalReportApi.REPORT_POLICY));
        mvc.perform(get(base + "/pdf").with(manager())).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/api/v1/goals/reports/stockholm/" + board + "/2026/T9").with(manager()))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").isNotEmpty());
        mvc.perform(get("/api/v1/goals/dashboard/stockholm/" + board + "/2026").with(manager()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ratings[0].goals").isNumber());
    }
}
