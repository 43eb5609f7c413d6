package se.namndflode.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every rule of Stockholm's {@code indicator-rating} table ({@code dmn/stockholm/indicator-rating.dmn}):
 * floors, ceilings and bands, on the bound, just inside and just outside the tolerance, a missing outcome, not
 * measured, "Tas fram av nämnd" and a key figure without a target.
 */
class IndicatorRatingDecisionTest {

    static DecisionEvaluator evaluator = new DecisionEvaluator();
    static DmnDecision table;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream model = IndicatorRatingDecisionTest.class.getResourceAsStream(
                "/dmn/stockholm/indicator-rating.dmn")) {
            table = evaluator.parse(model).getDecision(RatingDecisions.INDICATOR_RATING);
        }
    }

    static DecisionEvaluator.Result rate(String kind, String lower, String upper, String tolerance, String outcome) {
        return rate(true, kind, lower, upper, tolerance, outcome);
    }

    static DecisionEvaluator.Result rate(boolean measured, String kind, String lower, String upper, String tolerance,
            String outcome) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("measured", measured);
        variables.put("targetKind", kind);
        variables.put("lower", lower == null ? null : new BigDecimal(lower));
        variables.put("upper", upper == null ? null : new BigDecimal(upper));
        variables.put("tolerance", tolerance == null ? BigDecimal.ZERO : new BigDecimal(tolerance));
        variables.put("outcome", outcome == null ? null : new BigDecimal(outcome));
        return evaluator.evaluate(table, variables);
    }

    static void assertRating(DecisionEvaluator.Result result, String rating, String reason, String rule) {
        assertThat(result.rating()).isEqualTo(rating);
        assertThat(result.reason()).isEqualTo(reason);
        assertThat(result.matchedRules()).containsExactly("indicator-rating:" + rule);
    }

    @Test
    void aFloorExactlyOnTheBoundIsMet() {
        assertRating(rate("FLOOR", "70", null, "2", "70"), "HELT", "MET", "met");
    }

    @Test
    void aFloorAboveTheBoundIsMet() {
        assertRating(rate("FLOOR", "70", null, null, "85,5".replace(',', '.')), "HELT", "MET", "met");
    }

    @Test
    void aFloorJustBelowTheBoundIsWithinTolerance() {
        assertRating(rate("FLOOR", "70", null, "2", "69.99"), "DELVIS", "WITHIN_TOLERANCE", "withinTolerance");
    }

    @Test
    void aFloorExactlyOnTheToleranceEdgeIsStillWithinTolerance() {
        assertRating(rate("FLOOR", "70", null, "2", "68"), "DELVIS", "WITHIN_TOLERANCE", "withinTolerance");
    }

    @Test
    void aFloorJustOutsideTheToleranceIsNotMet() {
        assertRating(rate("FLOOR", "70", null, "2", "67.99"), "INTE", "NOT_MET", "notMet");
    }

    @Test
    void aFloorWithoutToleranceIsNotMetJustBelowTheBound() {
        assertRating(rate("FLOOR", "70", null, null, "69.9"), "INTE", "NOT_MET", "notMet");
    }

    @Test
    void aCeilingExactlyOnTheBoundIsMet() {
        assertRating(rate("CEILING", null, "1.6", "0.1", "1.6"), "HELT", "MET", "met");
    }

    @Test
    void aCeilingJustAboveTheBoundIsWithinTolerance() {
        assertRating(rate("CEILING", null, "1.6", "0.1", "1.61"), "DELVIS", "WITHIN_TOLERANCE", "withinTolerance");
    }

    @Test
    void aCeilingOnTheToleranceEdgeIsWithinTolerance() {
        assertRating(rate("CEILING", null, "1.6", "0.1", "1.7"), "DELVIS", "WITHIN_TOLERANCE", "withinTolerance");
    }

    @Test
    void aCeilingJustOutsideTheToleranceIsNotMet() {
        assertRating(rate("CEILING", null, "1.6", "0.1", "1.71"), "INTE", "NOT_MET", "notMet");
    }

    @Test
    void aCeilingBelowTheBoundIsMet() {
        assertRating(rate("CEILING", null, "0.3", null, "0.2"), "HELT", "MET", "met");
    }

    @Test
    void aBandIsMetInsideAndOnBothBounds() {
        assertRating(rate("BAND", "2", "4", "1", "2"), "HELT", "MET", "met");
        assertRating(rate("BAND", "2", "4", "1", "3"), "HELT", "MET", "met");
        assertRating(rate("BAND", "2", "4", "1", "4"), "HELT", "MET", "met");
    }

    @Test
    void aBandIsWithinToleranceJustOutsideEitherBoundAndOnTheEdges() {
        assertRating(rate("BAND", "2", "4", "1", "1.9"), "DELVIS", "WITHIN_TOLERANCE", "withinTolerance");
        assertRating(rate("BAND", "2", "4", "1", "1"), "DELVIS", "WITHIN_TOLERANCE", "withinTolerance");
        assertRating(rate("BAND", "2", "4", "1", "4.1"), "DELVIS", "WITHIN_TOLERANCE", "withinTolerance");
        assertRating(rate("BAND", "2", "4", "1", "5"), "DELVIS", "WITHIN_TOLERANCE", "withinTolerance");
    }

    @Test
    void aBandIsNotMetBeyondTheToleranceOnEitherSide() {
        assertRating(rate("BAND", "2", "4", "1", "0.99"), "INTE", "NOT_MET", "notMet");
        assertRating(rate("BAND", "2", "4", "1", "5.01"), "INTE", "NOT_MET", "notMet");
    }

    @Test
    void aMissingOutcomeProposesNothing() {
        assertRating(rate("FLOOR", "70", null, "2", null), null, "NO_OUTCOME", "noOutcome");
    }

    @Test
    void notMeasuredProposesNothingEvenWithAValue() {
        assertRating(rate(false, "FLOOR", "70", null, null, "80"), null, "NOT_MEASURED", "notMeasured");
    }

    @Test
    void aTargetTheBoardSetsProposesNothing() {
        assertRating(rate("BOARD_SETS", null, null, null, "80"), null, "TARGET_PENDING", "targetPending");
    }

    @Test
    void aKeyFigureWithoutTargetProposesNothing() {
        assertRating(rate("NONE", null, null, null, "1403.6"), null, "NO_TARGET", "noTarget");
    }
}
