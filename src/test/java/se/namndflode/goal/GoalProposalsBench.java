package se.namndflode.goal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;
import se.namndflode.TestClockConfiguration;

/**
 * Benchmark, not a test (tag "bench", excluded from every suite; run by bench/goal-proposals.sh): proposals for
 * all goals and indicators of 30 boards (the demo verksamhetsplan with 50 indicators each, 1 500 in all) for the
 * annual period, computed through the DMN tables and stored, against the same comparisons hand-written in Java
 * and stored the same way, in the same run. Prints each run, the medians and the ratio.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
@Tag("bench")
class GoalProposalsBench extends GoalTestSupport {

    static final int BOARDS = 30;
    static final int INDICATORS = 50;
    static final int RUNS = Integer.parseInt(System.getenv().getOrDefault("BENCH_RUNS", "5"));

    @Autowired
    ObjectMapper json;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    RatingProposalRepository proposalRepository;
    @Autowired
    ReportingPeriodRepository periodRepository;

    @Test
    void proposalsOfThirtyBoards() throws Exception {
        List<String> codes = new ArrayList<>();
        for (int board = 0; board < BOARDS; board++) {
            String code = newMunicipality();
            String file = planWithOutcomes(code);
            as(admin(code), () -> imports.importFile(imports.read(file), false));
            deployStockholmTables(code);
            codes.add(code);
        }
        List<Long> dmn = new ArrayList<>();
        List<Long> java = new ArrayList<>();
        int stored = 0;
        for (int run = 0; run <= RUNS; run++) {
            clear(codes);
            long started = System.nanoTime();
            stored = 0;
            for (String code : codes) {
                stored += as(admin(code), () -> ratings.propose(code, 2026, "ANNUAL")).stored();
            }
            long dmnNanos = System.nanoTime() - started;
            clear(codes);
            started = System.nanoTime();
            int handStored = 0;
            for (String code : codes) {
                handStored += transaction.execute(status -> handWritten(code));
            }
            long javaNanos = System.nanoTime() - started;
            if (handStored != stored) {
                throw new AssertionError("hand-written stored " + handStored + ", DMN " + stored);
            }
            if (run > 0) { // the first run warms the JIT and the parsed tables
                dmn.add(dmnNanos);
                java.add(javaNanos);
            }
            System.out.printf("run %d: DMN %d ms, hand-written %d ms, %d proposals%n", run, dmnNanos / 1_000_000,
                    javaNanos / 1_000_000, stored);
        }
        long dmnMedian = median(dmn);
        long javaMedian = median(java);
        System.out.printf("BENCH goal-proposals: %d boards, %d indicators, %d proposals stored per run; median DMN "
                + "%d ms, median hand-written %d ms, ratio %.2f (runs: %d, cores: %d)%n", BOARDS, BOARDS * INDICATORS,
                stored, dmnMedian / 1_000_000, javaMedian / 1_000_000, (double) dmnMedian / javaMedian, RUNS,
                Runtime.getRuntime().availableProcessors());
    }

    /** The demo plan with 50 indicators, all yearly so the annual period reports them, each with an outcome. */
    private String planWithOutcomes(String code) throws Exception {
        ObjectNode file = (ObjectNode) json.readTree(resource("/demo/goals-stockholm-2026.json"));
        file.put("municipality", code);
        ObjectNode plan = (ObjectNode) file.withArray("plans").get(0);
        ArrayNode indicators = plan.withArray("indicators");
        List<String> boardGoals = new ArrayList<>();
        plan.withArray("goals").forEach(goal -> {
            if (goal.get("level").asText().equals("NAMNDMAL")) {
                boardGoals.add(goal.get("number").asText());
            }
        });
        for (int i = indicators.size(); i < INDICATORS; i++) {
            ObjectNode extra = indicators.addObject();
            extra.put("code", String.format("X%02d", i));
            extra.put("goal", boardGoals.get(i % boardGoals.size()));
            extra.put("name", "Benchmarkindikator " + i);
            extra.put("unit", "%");
            extra.putObject("target").put("kind", i % 3 == 0 ? "CEILING" : i % 3 == 1 ? "FLOOR" : "BAND")
                    .put("lower", 40).put("upper", 60).put("tolerance", 5);
        }
        ArrayNode outcomes = plan.putArray("outcomes");
        int n = 0;
        for (var indicator : indicators) {
            ((ObjectNode) indicator).put("periodicity", "YEAR");
            outcomes.addObject().put("indicator", indicator.get("code").asText()).put("period", "ANNUAL")
                    .put("value", 30 + (n++ * 7) % 40);
        }
        return json.writeValueAsString(file);
    }

    private void clear(List<String> codes) {
        for (String code : codes) {
            jdbc.update("delete from rating_proposal where municipality_code = ?", code);
        }
    }

    /** The same ratings from comparisons written in Java; returns how many proposals it stored. */
    private int handWritten(String code) {
        ReportingPeriod period = periodRepository.findByMunicipalityCodeAndCode(code, "ANNUAL").orElseThrow();
        RatingDecisions.Definition indicatorTable = decisions.latest(code, RatingDecisions.INDICATOR_RATING)
                .orElseThrow();
        RatingDecisions.Definition goalTable = decisions.latest(code, RatingDecisions.GOAL_RATING).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now();
        // Read exactly as the DMN path reads (GoalRatings.plan), so that the two differ in the comparisons only.
        GoalRatings.Plan plan = ratings.plan(code, 2026, period);
        List<RatingProposal> stored = new ArrayList<>();
        Map<Long, List<String>> byGoal = new HashMap<>();
        for (Indicator indicator : plan.indicators()) {
            String rating = rate(indicator.getTarget(), plan.outcomes().get(indicator.getId()));
            stored.add(new RatingProposal(code, SubjectType.INDICATOR, indicator.getId(), period, rating, "JAVA",
                    indicatorTable, "java", "java", now));
            byGoal.computeIfAbsent(indicator.getGoal().getId(), id -> new ArrayList<>()).add(rating);
        }
        List<Goal> goals = plan.goalsFromTheLowestLevel();
        Map<Long, List<String>> children = new HashMap<>();
        for (Goal goal : goals) {
            GoalRatings.Counts counts = GoalRatings.Counts.of(goal.getLevel().getScale(),
                    byGoal.getOrDefault(goal.getId(), List.of()), children.getOrDefault(goal.getId(), List.of()), 0);
            String rating = rate(counts);
            stored.add(new RatingProposal(code, SubjectType.GOAL, goal.getId(), period, rating, "JAVA", goalTable,
                    "java", "java", now));
            if (goal.getParent() != null) {
                children.computeIfAbsent(goal.getParent().getId(), id -> new ArrayList<>()).add(rating);
            }
        }
        proposalRepository.saveAll(stored);
        return stored.size();
    }

    static String rate(Target target, Outcome outcome) {
        if (outcome == null || !outcome.isMeasured() || outcome.judgedValue() == null) {
            return null;
        }
        BigDecimal value = outcome.judgedValue();
        BigDecimal tolerance = target.getTolerance() == null ? BigDecimal.ZERO : target.getTolerance();
        BigDecimal lower = target.getLower();
        BigDecimal upper = target.getUpper();
        return switch (target.getKind()) {
            case FLOOR -> value.compareTo(lower) >= 0 ? "HELT"
                    : value.compareTo(lower.subtract(tolerance)) >= 0 ? "DELVIS" : "INTE";
            case CEILING -> value.compareTo(upper) <= 0 ? "HELT"
                    : value.compareTo(upper.add(tolerance)) <= 0 ? "DELVIS" : "INTE";
            case BAND -> value.compareTo(lower) >= 0 && value.compareTo(upper) <= 0 ? "HELT"
                    : value.compareTo(lower.subtract(tolerance)) >= 0 && value.compareTo(upper.add(tolerance)) <= 0
                            ? "DELVIS" : "INTE";
            case BOARD_SETS, NONE -> null;
        };
    }

    static String rate(GoalRatings.Counts counts) {
        int rated = counts.rated();
        if (rated == 0) {
            return null;
        }
        double share = (counts.perRating().get("HELT") + counts.perRating().get("DELVIS") / 2.0) / rated;
        return share == 1 ? "HELT" : share >= 0.5 ? "DELVIS" : "INTE";
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
