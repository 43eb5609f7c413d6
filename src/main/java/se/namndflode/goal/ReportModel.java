package se.namndflode.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a follow-up report says, as data (the API's JSON and the renderers' input): per goal, in the plan's order
 * (inriktningsmål, its KF-mål, their nämndmål), the rating and its sentence, the justification, the indicator
 * table and the activity table. Values in the rows are formatted as Swedish readers expect them ("62,5 %",
 * "1 403,6 mnkr"); the raw values are beside them for machines.
 *
 * @param title "Tertialrapport 1 2026" or "Verksamhetsberättelse 2026"
 * @param municipalityCode the municipality (Camunda tenant id)
 * @param boardId the board whose plan is followed up
 * @param boardName "Socialnämnden"
 * @param planYear the plan year
 * @param periodCode the reporting period's code ("T1")
 * @param periodName its name ("Tertial 1")
 * @param asOf the day the figures are as of (2026-04-30)
 * @param forecast a tertial report (future tense, with Prognos helår) rather than the annual report (past tense)
 * @param indicatorColumns the indicator table's column headings, as printed
 * @param activityColumns the activity table's column headings, as printed
 * @param goals the goals, parents before their children
 * @param decisionProposal the Förslag till beslut, numbered points in the seed's standard wording ("Socialnämnden
 *        godkänner tertialrapport 1 per den 30 april 2026 med prognos för 2026.")
 * @param summaryAnalysis the official's own text of the Sammanfattande analys, null when none is written
 * @param summary the Sammanfattande analys: per top-level goal (inriktningsmål) its title, rating sentence and
 *        justification, as the seed summarises them
 */
public record ReportModel(String title, String municipalityCode, Long boardId, String boardName, int planYear,
        String periodCode, String periodName, LocalDate asOf, boolean forecast, List<String> indicatorColumns,
        List<String> activityColumns, List<GoalSection> goals, List<String> decisionProposal,
        String summaryAnalysis, List<SummaryItem> summary) {

    /** One paragraph of the Sammanfattande analys: a top-level goal's title and what the report says of it. */
    public record SummaryItem(String number, String title, String text) {
    }

    /**
     * One goal's section.
     *
     * @param goalId the goal's id
     * @param number "1.3.1"
     * @param depth 1 for the top level
     * @param levelName "Nämndmål"
     * @param title the goal's title
     * @param description its description (Beskrivning), may be null
     * @param expectedResults its expected results (Förväntat resultat)
     * @param rating the rating code ("HELT"), null when neither assessed nor proposed
     * @param ratingLabel "Uppfylls helt", or "Ej bedömd"
     * @param ratingColour the scale's colour of the rating (#2e7d32), may be null
     * @param ratingSymbol the scale's symbol (●), may be null
     * @param decided the rating is the official's assessment; false: the rules' proposal, not yet assessed
     * @param assessmentSentence "Nämnden gör bedömningen att nämndmålet kommer att uppnås under året."; not yet
     *        assessed: "Nämnden har ännu inte bedömt nämndmålet. Förslag enligt nämndens regler: Uppfylls delvis."
     * @param justification the official's justification (the suggested one when the official left it empty); not
     *        yet assessed: what the evidence shows ("Underlaget visar att ..."), never a justification
     * @param suggestedJustification "Bedömningen grundas på att ...", naming only the evidence the goal has
     * @param indicators the indicator table's rows
     * @param activities the activity table's rows
     * @param childNumbers the numbers of the goal's children in the report
     */
    public record GoalSection(Long goalId, String number, int depth, String levelName, String title,
            String description, List<String> expectedResults, String rating, String ratingLabel,
            String ratingColour, String ratingSymbol, boolean decided, String assessmentSentence,
            String justification, String suggestedJustification, List<IndicatorRow> indicators,
            List<ActivityRow> activities, List<String> childNumbers) {
    }

    /**
     * One row of the indicator table (Indikator, Periodens utfall, Utfall män/pojkar, Utfall kvinnor/flickor,
     * Utfall VB (previous year), Prognos helår (tertial reports only), Årsmål, KF:s årsmål, Period). Formatted cells
     * are empty strings where the seed leaves the cell empty.
     */
    public record IndicatorRow(String code, String name, String unit, String outcome, String outcomeMen,
            String outcomeWomen, String lastYear, String forecastYear, String target, String councilTarget,
            String period, BigDecimal value, BigDecimal valueMen, BigDecimal valueWomen, BigDecimal lastYearValue,
            BigDecimal forecastValue, String notMeasuredReason, String comment, String proposedRating) {
    }

    /** One row of the activity table (Aktivitet, Startdatum, Slutdatum, Avvikelse). */
    public record ActivityRow(String reference, String text, LocalDate startDate, LocalDate endDate,
            String deviation) {
    }
}
