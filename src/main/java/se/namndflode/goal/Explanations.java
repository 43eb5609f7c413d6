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

    static String goal(RatingScale scale, GoalRatings.Counts counts, DecisionEvaluator.Result result) {
        List<String> parts = new ArrayList<>();
        String top = scale.getRatings().isEmpty() ? "" : scale.getRatings().get(0).getLabel().toLowerCase();
        if (counts.indicatorsRated() > 0) {
            parts.add(counts.indicatorsTop() + " av " + counts.indicatorsRated() + " "
                    + (counts.indicatorsRated() == 1 ? "indikator" : "indikatorer") + " når årsmålet");
        }
        int unratedIndicators = counts.indicators() - counts.indicatorsRated();
        if (unratedIndicators > 0) {
            parts.add(unratedIndicators + " " + (unratedIndicators == 1 ? "indikator" : "indikatorer")
                    + " utan bedömning");
        }
        if (counts.goalsRated() > 0) {
            parts.add(counts.goalsTop() + " av " + counts.goalsRated() + " underliggande mål: " + top);
        }
        int unratedGoals = counts.goals() - counts.goalsRated();
        if (unratedGoals > 0) {
            parts.add(unratedGoals + " underliggande mål utan bedömning");
        }
        if (counts.assignmentDeviations() > 0) {
            parts.add(counts.assignmentDeviations() + " uppdrag med avvikelse");
        }
        String seen = parts.isEmpty() ? "Inget att bedöma: målet saknar indikatorer, underliggande mål och uppdrag"
                : String.join("; ", parts);
        return seen + "." + proposal(scale, result);
    }

    private static String proposal(RatingScale scale, DecisionEvaluator.Result result) {
        return result.rating() == null ? " Reglerna föreslår ingen bedömning."
                : " Förslag: " + scale.label(result.rating()) + ".";
    }
}
