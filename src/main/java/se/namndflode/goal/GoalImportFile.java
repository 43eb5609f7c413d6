package se.namndflode.goal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * The documented import file (docs/goal-import.md) that sets up or updates a municipality's goal model and
 * plans. Every section is optional; what exists (by code, by plan year and number) is updated, the rest created.
 *
 * @param municipality the municipality code (Camunda tenant id), e.g. {@code stockholm}
 * @param ratingScales scales with their ratings, best first
 * @param levels goal levels, top first (depth = position, 1-based)
 * @param reportingPeriods the reporting calendar
 * @param decisionExamples stored examples every new version of the rating tables must agree with
 * @param plans goals, indicators, outcomes and assessments per plan year
 */
public record GoalImportFile(String municipality, List<Scale> ratingScales, List<Level> levels,
        List<Period> reportingPeriods, List<Example> decisionExamples, List<Plan> plans) {

    public record Scale(String code, String name, List<Step> ratings) {
    }

    public record Step(String code, String label, String colour, String symbol) {
    }

    /** @param decidedBy who decides goals at this level, e.g. "Kommunfullmäktige", "Nämnden" */
    public record Level(String code, String name, String decidedBy, String ratingScale) {
    }

    /** @param asOf month and day, "04-30"; {@code forecast}: the report judges the forecast for the year */
    public record Period(String code, String name, String asOf, Boolean forecast, List<Periodicity> periodicities) {
    }

    /** @param rating the expected rating code, null when the rules must not propose one */
    public record Example(String decision, String name, JsonNode inputs, String rating) {
    }

    /** @param board the name of the board whose plan this is ("Socialnämnden"); null: the goals are no board's */
    public record Plan(Integer year, List<GoalEntry> goals, List<IndicatorEntry> indicators,
            List<OutcomeEntry> outcomes, List<AssessmentEntry> assessments, String board) {
    }

    public record GoalEntry(String number, String level, String parent, String title, String description,
            List<String> expectedResults) {
    }

    /**
     * @param goal the number of the goal the indicator belongs to
     * @param owner the user name of who enters its outcomes in a follow-up (optional)
     */
    public record IndicatorEntry(String code, String goal, String name, String unit, Periodicity periodicity,
            TargetEntry target, TargetEntry councilTarget, String owner) {
    }

    public record TargetEntry(TargetKind kind, BigDecimal lower, BigDecimal upper, BigDecimal tolerance) {
    }

    /** @param notMeasured the reason the indicator was not measured (instead of a value) */
    public record OutcomeEntry(String indicator, String period, BigDecimal value, BigDecimal valueMen,
            BigDecimal valueWomen, BigDecimal lastYear, BigDecimal forecast, String comment, String notMeasured) {
    }

    public record AssessmentEntry(String goal, String period, String rating, String justification) {
    }
}
