package se.namndflode.goal;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of a follow-up report, in the seed's formulas (Tertialrapport 1 2024 for Socialnämnden): the
 * rating sentence per goal, in the future tense in a tertial report ("Nämnden gör bedömningen att nämndmålet
 * kommer att uppnås under året.") and the past tense in the annual report ("... har uppnåtts under året."), and
 * the suggested justification ("Bedömningen grundas på att ...") that names only the kinds of evidence the goal
 * actually has: expected results, indicators, activities, underlying goals.
 */
final class ReportTexts {

    private static final String[] NUMBER_WORDS = {"inget", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta",
            "nio", "tio", "elva", "tolv"};

    private ReportTexts() {
    }

    /**
     * What a goal's justification may rest on, as of a period.
     *
     * @param expectedResults the goal has expected results
     * @param indicatorsRated its indicators with a rating proposal (measured, with a target)
     * @param indicatorsMet of those, rated best on the scale
     * @param activities its activities (assignments)
     * @param activitiesDeviating of those, with a deviation as of the period's day
     * @param childLevelName the level name of its children ("Nämndmål"), null without children
     * @param childrenRated its children with a rating (decided, else proposed)
     * @param childrenMet of those, rated best on the scale
     * @param indicatorsMissing its indicators due in the period without an outcome
     * @param children all its children, rated or not: before the bottom-up assessment is complete some have neither
     *        an assessment nor a proposal, and the sentence still counts them ("tre av fem", not "tre av fyra")
     */
    record Evidence(boolean expectedResults, int indicatorsRated, int indicatorsMet, int activities,
            int activitiesDeviating, String childLevelName, int childrenRated, int childrenMet,
            int indicatorsMissing, int children) {

        Evidence {
            children = Math.max(children, childrenRated);
        }

        /** Every child rated (as in the seed, a report assessed to the end). */
        Evidence(boolean expectedResults, int indicatorsRated, int indicatorsMet, int activities,
                int activitiesDeviating, String childLevelName, int childrenRated, int childrenMet,
                int indicatorsMissing) {
            this(expectedResults, indicatorsRated, indicatorsMet, activities, activitiesDeviating, childLevelName,
                    childrenRated, childrenMet, indicatorsMissing, childrenRated);
        }

        Evidence(boolean expectedResults, int indicatorsRated, int indicatorsMet, int activities,
                int activitiesDeviating, String childLevelName, int childrenRated, int childrenMet) {
            this(expectedResults, indicatorsRated, indicatorsMet, activities, activitiesDeviating, childLevelName,
                    childrenRated, childrenMet, 0);
        }
    }

    /** How a rating stands on its scale: the best step, the worst, one between; NONE when there is no rating. */
    enum Standing {
        FULLY, PARTLY, NOT, NONE;

        static Standing of(RatingScale scale, String ratingCode) {
            List<Rating> steps = scale.getRatings();
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).getCode().equals(ratingCode)) {
                    return i == 0 ? FULLY : i == steps.size() - 1 ? NOT : PARTLY;
                }
            }
            return NONE;
        }
    }

    /** The report's title: "Tertialrapport 1 2026" for a forecast period named "Tertial 1", else name and year. */
    static String title(ReportingPeriod period, int planYear) {
        String name = period.getName().trim();
        if (period.isForecast() && name.toLowerCase(java.util.Locale.ROOT).startsWith("tertial ")) {
            return "Tertialrapport " + name.substring("tertial ".length()).trim() + " " + planYear;
        }
        return name + " " + planYear;
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("sv-SE"));

    /**
     * The Förslag till beslut in the seed's standard wording: the board approves the report (a tertial report "per
     * den 30 april 2026 med prognos för 2026") and sends it to kommunstyrelsen. Points the board adds for a
     * particular year (the seed's handlingsplan, an application for funds) are the official's to add.
     *
     * @param boardName "Socialnämnden"
     * @param title the report's title ("Tertialrapport 1 2026", "Verksamhetsberättelse 2026")
     */
    static List<String> decisionProposal(String boardName, String title, java.time.LocalDate asOf, boolean forecast,
            int planYear) {
        String report = lowerFirst(forecast && title.endsWith(" " + planYear)
                ? title.substring(0, title.length() - (" " + planYear).length()) : title);
        String approves = boardName + " godkänner " + report + (forecast ? ", per den " + DAY.format(asOf)
                + " med prognos för " + planYear : "") + ".";
        return List.of("1. " + approves, "2. " + boardName + " överlämnar rapporten till kommunstyrelsen.");
    }

    /**
     * The goal as the seed names it in its sentences: "nämndmålet", "inriktningsmålet", "kommunfullmäktiges mål för
     * verksamhetsområdet" (from the level names "Nämndmål", "KF:s inriktningsmål", "KF:s mål för
     * verksamhetsområdet").
     */
    static String definite(String levelName) {
        String name = levelName.trim();
        boolean council = name.startsWith("KF:s ");
        String rest = council ? name.substring(5) : name;
        rest = lowerFirst(rest);
        if (rest.endsWith("mål")) {
            return rest + "et";
        }
        return council ? "kommunfullmäktiges " + rest : "målet " + rest;
    }

    /** The level name as a plain noun for counting ("nämndmål", "mål för verksamhetsområdet"). */
    static String plain(String levelName) {
        String name = levelName.trim();
        return lowerFirst(name.startsWith("KF:s ") ? name.substring(5) : name);
    }

    /**
     * The rating sentence: depth 1 as "Nämnden bedömer att inriktningsmålet kommer att uppfyllas under året.", the
     * other levels as "Nämnden gör bedömningen att nämndmålet kommer att uppnås under året."; past tense in the
     * annual report ("har uppnåtts"); "delvis" and "inte" for the middle and the lowest ratings.
     */
    static String assessmentSentence(int depth, String levelName, Standing standing, boolean forecast) {
        String goal = definite(levelName);
        if (standing == Standing.NONE) {
            return "Nämnden har ännu inte bedömt " + goal + ".";
        }
        boolean top = depth == 1;
        String opening = top ? "Nämnden bedömer att " : "Nämnden gör bedömningen att ";
        String verb;
        if (forecast) {
            String infinitive = top ? "uppfyllas" : "uppnås";
            verb = switch (standing) {
                case FULLY -> "kommer att " + infinitive;
                case PARTLY -> "kommer att " + infinitive + " delvis";
                default -> "inte kommer att " + infinitive;
            };
        } else {
            String supine = top ? "uppfyllts" : "uppnåtts";
            verb = switch (standing) {
                case FULLY -> "har " + supine;
                case PARTLY -> "har " + supine + " delvis";
                default -> "inte har " + supine;
            };
        }
        return opening + goal + " " + verb + " under året.";
    }

    /**
     * The Analys opening of a goal the board has not yet assessed: it says so, and names the rules' proposal as a
     * proposal ("Nämnden har ännu inte bedömt nämndmålet. Förslag enligt nämndens regler: Uppfylls delvis."). It
     * never states the board's assessment.
     *
     * @param proposedLabel the proposed rating's label, null without a proposal
     */
    static String notYetAssessed(String levelName, String proposedLabel) {
        return "Nämnden har ännu inte bedömt " + definite(levelName) + "." + (proposedLabel == null
                ? " Nämndens regler föreslår ingen bedömning." : " Förslag enligt nämndens regler: " + proposedLabel
                        + ".");
    }

    /**
     * What the evidence shows, for a goal not yet assessed: the clauses of {@link #suggestedJustification} after
     * "Underlaget visar att" instead of "Bedömningen grundas på att", since there is no assessment to ground.
     */
    static String evidenceSummary(Evidence evidence, boolean forecast) {
        List<String> clauses = clauses(evidence, forecast);
        return clauses.isEmpty() ? NO_EVIDENCE : "Underlaget visar att " + join(clauses) + ".";
    }

    private static final String NO_EVIDENCE = "Underlag saknas: målet har inga förväntade resultat, bedömda "
            + "indikatorer, aktiviteter eller bedömda underliggande mål.";

    /**
     * "Bedömningen grundas på att ..." with one clause per kind of evidence present, in the seed's order (expected
     * results and indicators, activities, underlying goals); tense by report kind. Counts are given when not all
     * of a kind point the same way ("två av tre indikatorer"). Without any evidence it says so.
     */
    static String suggestedJustification(Evidence evidence, boolean forecast) {
        List<String> clauses = clauses(evidence, forecast);
        return clauses.isEmpty() ? NO_EVIDENCE : "Bedömningen grundas på att " + join(clauses) + ".";
    }

    /**
     * One that-clause per kind of evidence present. Indicators count as all met only when none due lacks an
     * outcome; a missing outcome is named ("utfall saknas för en indikator").
     */
    private static List<String> clauses(Evidence evidence, boolean forecast) {
        List<String> clauses = new ArrayList<>();
        String reached = forecast ? "prognostiseras att uppnås" : "har uppnåtts";
        String fully = forecast ? " bedöms uppfyllas helt" : " har uppfyllts helt";
        int indicators = evidence.indicatorsRated();
        boolean allIndicatorsMet = indicators > 0 && evidence.indicatorsMet() == indicators
                && evidence.indicatorsMissing() == 0;
        if (evidence.expectedResults()) {
            String named = !allIndicatorsMet ? "förväntade resultat"
                    : indicators == 1 ? "förväntade resultat samt indikatorn" : "förväntade resultat och indikatorer";
            clauses.add(named + " " + reached);
        } else if (allIndicatorsMet) {
            clauses.add("utfall för " + (indicators == 1 ? "indikatorn" : "indikatorerna") + fully);
        }
        if (indicators > 0 && !allIndicatorsMet) {
            String reaches = forecast ? "prognostiseras att nå årsmålet" : "har nått årsmålet";
            clauses.add(indicators == 1 ? "den bedömda indikatorn " + (evidence.indicatorsMet() == 1 ? reaches
                    : forecast ? "inte prognostiseras att nå årsmålet" : "inte har nått årsmålet")
                    : common(evidence.indicatorsMet()) + " av " + word(indicators) + " indikatorer " + reaches);
        }
        if (evidence.indicatorsMissing() > 0) {
            clauses.add("utfall saknas för " + common(evidence.indicatorsMissing())
                    + (evidence.indicatorsMissing() == 1 ? " indikator" : " indikatorer"));
        }
        if (evidence.activities() > 0) {
            if (evidence.activitiesDeviating() == 0) {
                clauses.add((evidence.activities() == 1 ? "aktiviteten " : "aktiviteterna ")
                        + (forecast ? "kommer att genomföras" : "har genomförts"));
            } else {
                clauses.add(common(evidence.activitiesDeviating()) + " av " + word(evidence.activities())
                        + (evidence.activities() == 1 ? " aktivitet" : " aktiviteter") + " har avvikelser");
            }
        }
        if (evidence.childLevelName() != null && evidence.childrenRated() > 0
                && evidence.children() > evidence.childrenRated()) {
            clauses.add(childrenNotAllRated(evidence, fully));
        } else if (evidence.childLevelName() != null && evidence.childrenRated() > 0) {
            String children = plain(evidence.childLevelName());
            int rated = evidence.childrenRated();
            if (evidence.childrenMet() == rated && rated == 2) {
                clauses.add("båda " + definitePlural(children) + fully);
            } else if (evidence.childrenMet() == rated) {
                clauses.add((rated == 1 ? "underliggande " : "samtliga " + word(rated) + " ") + children + fully);
            } else if (rated == 1) {
                clauses.add("underliggande " + children + (forecast ? " bedöms inte uppfyllas helt"
                        : " har inte uppfyllts helt"));
            } else {
                clauses.add(word(evidence.childrenMet()) + " av " + word(rated) + " " + children + fully);
            }
        }
        return clauses;
    }

    /**
     * The underlying goals while some of them are rated and some not yet (neither assessed nor proposed, as before
     * the bottom-up assessment is complete): counted out of all of them, and those not rated named, so that the
     * sentence never makes the goals fewer than they are ("tre av fem nämndmål bedöms uppfyllas helt, ett är inte
     * bedömt än", not "tre av fyra"). "Mål" is neuter. With none rated the children are not evidence, as before.
     */
    private static String childrenNotAllRated(Evidence evidence, String fully) {
        String children = plain(evidence.childLevelName());
        int all = evidence.children();
        int unrated = all - evidence.childrenRated();
        return word(evidence.childrenMet()) + " av " + word(all) + " " + children + fully + ", " + word(unrated)
                + (unrated == 1 ? " är inte bedömt än" : " är inte bedömda än");
    }

    /** "nämndmålen", "målen för verksamhetsområdet": the plain noun's definite plural (its first "mål"). */
    static String definitePlural(String plainName) {
        return plainName.replaceFirst("mål\\b", "målen");
    }

    /** "a", "a och att b", "a, b och att c": each clause a that-clause, as in the seed. */
    static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " och att " + parts.get(parts.size() - 1);
    }

    /** Small numbers in words, as the seed writes them ("samtliga fem mål"); larger ones in digits. */
    static String word(int number) {
        return number >= 0 && number < NUMBER_WORDS.length ? NUMBER_WORDS[number] : String.valueOf(number);
    }

    /** As {@link #word} for a noun of common gender ("en av tre aktiviteter"). */
    static String common(int number) {
        return number == 1 ? "en" : number == 0 ? "ingen" : word(number);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
