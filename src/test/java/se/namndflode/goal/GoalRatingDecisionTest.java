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
        Map<String, Object> variables = new HashMap<>();
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
