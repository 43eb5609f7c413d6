package se.namndflode.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every rule of Stockholm's {@code goal-rating} graph ({@code dmn/stockholm/goal-rating.dmn}), evaluated through
 * the whole graph: {@code goal-rating-share} weighs the counts, {@code goal-rating} decides from them.
 */
class GoalRatingDecisionTest {

    static DecisionEvaluator evaluator = new DecisionEvaluator();
    static DmnDecision graph;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream model = GoalRatingDecisionTest.class.getResourceAsStream("/dmn/stockholm/goal-rating.dmn")) {
            graph = evaluator.parse(model).getDecision(RatingDecisions.GOAL_RATING);
        }
    }

    static DecisionEvaluator.Result rate(int helt, int delvis, int inte, int deviations) {
        return rate(helt, delvis, inte, 0, deviations, deviations);
    }

    static DecisionEvaluator.Result rate(int helt, int delvis, int inte, int missing, int assignments,
            int deviations) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("missing", missing);
        variables.put("assignments", assignments);
        variables.put("rated", helt + delvis + inte);
        variables.put("unrated", 0);
        variables.put("count_HELT", helt);
        variables.put("count_DELVIS", delvis);
        variables.put("count_INTE", inte);
        variables.put("assignmentDeviations", deviations);
        return evaluator.evaluate(graph, variables);
    }

    static void assertRating(DecisionEvaluator.Result result, String rating, String reason, String rule) {
        assertThat(result.rating()).isEqualTo(rating);
        assertThat(result.reason()).isEqualTo(reason);
        assertThat(result.matchedRules()).containsExactly("goal-rating:" + rule);
    }

    @Test
    void aGoalWithNothingToRateGetsNoProposal() {
        assertRating(rate(0, 0, 0, 0), null, "NOTHING_TO_RATE", "nothingToRate");
    }

    @Test
    void aGoalWithOnlyAssignmentsOneDeviatingIsPartlyMet() {
        assertRating(rate(0, 0, 0, 1), "DELVIS", "ONLY_DEVIATIONS", "onlyDeviations");
        // Not full attainment, so a deviation says so even when an indicator's outcome is missing.
        assertRating(rate(0, 0, 0, 1, 3, 1), "DELVIS", "ONLY_DEVIATIONS", "onlyDeviations");
    }

    /** Nämndmål 3.4.1 of the demo in tertial 1: no indicator measured, 8 assignments, none deviating. */
    @Test
    void aGoalWhoseAssignmentsRunToPlanIsFullyMet() {
        assertRating(rate(0, 0, 0, 0, 8, 0), "HELT", "ASSIGNMENTS_ON_PLAN", "assignmentsOnPlan");
    }

    @Test
    void nothingRatedAndAnOutcomeMissingGetsNoProposal() {
        assertRating(rate(0, 0, 0, 1, 0, 0), null, "MISSING_EVIDENCE", "missingNothingRated");
        assertRating(rate(0, 0, 0, 1, 4, 0), null, "MISSING_EVIDENCE", "missingNothingRated");
    }

    /** Nämndmål 1.3.2 of the demo in tertial 1: what is rated is met, but indicator I31 has no outcome. */
    @Test
    void everythingRatedMetButAnOutcomeMissingIsNotProposedAsFullyMet() {
        assertRating(rate(2, 0, 0, 1, 0, 0), null, "MISSING_EVIDENCE", "missingAllMet");
    }

    @Test
    void anOutcomeMissingDoesNotHideThatMostOrFewAreMet() {
        assertRating(rate(1, 0, 1, 1, 0, 0), "DELVIS", "MOST_MET", "mostMet");
        assertRating(rate(0, 0, 2, 1, 0, 0), "INTE", "FEW_MET", "fewMet");
        assertRating(rate(2, 0, 0, 1, 1, 1), "DELVIS", "MET_WITH_DEVIATIONS", "metWithDeviations");
    }

    @Test
    void everythingMetWithoutDeviationsIsFullyMet() {
        assertRating(rate(3, 0, 0, 0), "HELT", "ALL_MET", "allMet");
    }

    @Test
    void everythingMetButAnAssignmentDeviatesIsPartlyMet() {
        assertRating(rate(2, 0, 0, 1), "DELVIS", "MET_WITH_DEVIATIONS", "metWithDeviations");
    }

    @Test
    void twoOfThreeMetIsPartlyMet() {
        assertRating(rate(2, 0, 1, 0), "DELVIS", "MOST_MET", "mostMet");
    }

    @Test
    void exactlyHalfCountingPartlyAsHalfIsPartlyMet() {
        assertRating(rate(0, 2, 0, 0), "DELVIS", "MOST_MET", "mostMet");
        assertRating(rate(1, 0, 1, 0), "DELVIS", "MOST_MET", "mostMet");
    }

    @Test
    void lessThanHalfIsNotMet() {
        assertRating(rate(1, 0, 2, 0), "INTE", "FEW_MET", "fewMet");
        assertRating(rate(0, 1, 1, 0), "INTE", "FEW_MET", "fewMet");
    }

    @Test
    void nothingMetIsNotMet() {
        assertRating(rate(0, 0, 3, 2), "INTE", "FEW_MET", "fewMet");
    }
}
