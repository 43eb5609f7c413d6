package se.namndflode.goal;

import java.util.ArrayList;
import java.util.List;

/**
 * The Swedish explanation stored with a proposal ("2 av 3 indikatorer når årsmålet; 1 uppdrag med avvikelse.
 * Förslag: Uppfylls delvis."). Stored text, like the audit log's summaries: it says what the rules saw when they
 * proposed, whatever the reader's language.
 */
final class Explanations {

    private Explanations() {
    }

    static String indicator(Indicator indicator, Outcome outcome, DecisionEvaluator.Result result,
            RatingScale scale) {
        String reason = result.reason() == null ? "" : result.reason();
        String what = outcome != null && outcome.getPeriod().isForecast() && outcome.getForecastValue() != null
                ? "Prognos helår" : "Utfall";
        String value = outcome == null ? null : Numbers.format(outcome.judgedValue(), indicator.getUnit());
        String target = indicator.getTarget().describe(indicator.getUnit());
        String text = switch (reason) {
            case "NOT_MEASURED" -> "Inte mätt under perioden" + (outcome == null || outcome.getNotMeasuredReason()
                    == null ? "." : ": " + outcome.getNotMeasuredReason() + ".");
            case "TARGET_PENDING" -> "Årsmålet tas fram av nämnd; det finns inget att jämföra utfallet med.";
            case "NO_TARGET" -> "Nyckeltal utan målvärde; redovisas som förändring.";
            case "NO_OUTCOME" -> "Inget utfall inlagt för perioden.";
            case "MET" -> what + " " + value + " når årsmålet (" + target + ").";
            case "WITHIN_TOLERANCE" -> what + " " + value + " når inte årsmålet (" + target
                    + ") men ligger inom toleransen.";
            case "NOT_MET" -> what + " " + value + " når inte årsmålet (" + target + ").";
            default -> "Reglerna gav skälet " + (reason.isEmpty() ? "inget" : reason) + ".";
        };
        return text + proposal(scale, result);
    }

    /**
     * What the goal table saw, in Swedish ("inga indikatorer mäts i tertial 1; 8 uppdrag, inget med avvikelse."),
     * then the proposal, or why there is none; never a rule's id.
     */
    static String goal(RatingScale scale, GoalRatings.Counts counts, DecisionEvaluator.Result result,
            ReportingPeriod period) {
        List<String> parts = new ArrayList<>();
        String top = scale.getRatings().isEmpty() ? "" : scale.getRatings().get(0).getLabel().toLowerCase();
        String in = "i " + lowerFirst(period.getName());
        if (counts.indicatorsRated() > 0) {
            parts.add(counts.indicatorsTop() + " av " + counts.indicatorsRated() + " " + indicators(
                    counts.indicatorsRated()) + " når årsmålet");
        }
        if (counts.indicatorsMissing() > 0) {
            parts.add(counts.indicatorsMissing() + " " + indicators(counts.indicatorsMissing()) + " saknar utfall "
                    + in);
        }
        int unratedIndicators = counts.indicators() - counts.indicatorsRated() - counts.indicatorsMissing();
        if (unratedIndicators > 0) {
            parts.add(unratedIndicators + " " + indicators(unratedIndicators) + " utan bedömning");
        }
        if (counts.indicatorsNotDue() > 0) {
            parts.add(counts.indicators() == 0 ? "inga indikatorer mäts " + in
                    : counts.indicatorsNotDue() + " " + indicators(counts.indicatorsNotDue()) + " mäts inte " + in);
        }
        if (counts.goalsRated() > 0) {
            parts.add(counts.goalsTop() + " av " + counts.goalsRated() + " underliggande mål: " + top);
        }
        if (counts.goalsMissing() > 0) {
            parts.add(counts.goalsMissing() + " underliggande mål saknar underlag");
        }
        int unratedGoals = counts.goals() - counts.goalsRated() - counts.goalsMissing();
        if (unratedGoals > 0) {
            parts.add(unratedGoals + " underliggande mål utan bedömning");
        }
        if (counts.assignments() > 0) {
            parts.add(counts.assignments() + " uppdrag, " + (counts.assignmentDeviations() == 0
                    ? (counts.assignments() == 1 ? "utan avvikelse" : "inget med avvikelse")
                    : counts.assignmentDeviations() + " med avvikelse"));
        } else if (counts.assignmentDeviations() > 0) {
            parts.add(counts.assignmentDeviations() + " uppdrag med avvikelse");
        }
        String seen = parts.isEmpty() ? "Målet har inga indikatorer, underliggande mål eller uppdrag"
                : upperFirst(String.join("; ", parts));
        if (result.rating() == null && GoalRatings.MISSING_EVIDENCE.equals(result.reason())) {
            return seen + ". Underlag saknas; reglerna föreslår ingen bedömning förrän det finns.";
        }
        return seen + "." + proposal(scale, result);
    }

    private static String indicators(int count) {
        return count == 1 ? "indikator" : "indikatorer";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String proposal(RatingScale scale, DecisionEvaluator.Result result) {
        return result.rating() == null ? " Reglerna föreslår ingen bedömning."
                : " Förslag: " + scale.label(result.rating()) + ".";
    }
}
