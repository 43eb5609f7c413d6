package se.namndflode.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The report's sentences against the seed's own (src/test/resources/goal/report/seed-formulas.tsv, copied from
 * Tertialrapport 1 2024): for the evidence a goal of the seed has, the suggested justification and the rating
 * sentence are the seed's, word for word; the annual report says the same in the past tense.
 */
class ReportTextsTest {

    static Stream<String[]> seedFormulas() throws IOException {
        try (InputStream in = ReportTextsTest.class.getResourceAsStream("/goal/report/seed-formulas.tsv")) {
            List<String[]> rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t")).toList();
            return rows.stream();
        }
    }

    @ParameterizedTest(name = "{1}: {12}")
    @MethodSource("seedFormulas")
    void theSeedsSentenceForTheEvidenceTheGoalHas(String kind, String goal, String depth, String level,
            String expectedResults, String indicatorsRated, String indicatorsMet, String activities,
            String deviating, String childLevel, String childrenRated, String childrenMet, String sentence) {
        if (kind.equals("assessment")) {
            assertThat(ReportTexts.assessmentSentence(Integer.parseInt(depth), level, ReportTexts.Standing.FULLY,
                    true)).isEqualTo(sentence);
            return;
        }
        ReportTexts.Evidence evidence = new ReportTexts.Evidence(Boolean.parseBoolean(expectedResults),
                Integer.parseInt(indicatorsRated), Integer.parseInt(indicatorsMet), Integer.parseInt(activities),
                Integer.parseInt(deviating), childLevel.equals("-") ? null : childLevel,
                Integer.parseInt(childrenRated), Integer.parseInt(childrenMet));
        assertThat(ReportTexts.suggestedJustification(evidence, true)).isEqualTo(sentence);
    }

    @Test
    void theAnnualReportSpeaksOfOutcomesInThePastTense() {
        assertThat(ReportTexts.assessmentSentence(3, "Nämndmål", ReportTexts.Standing.FULLY, false))
                .isEqualTo("Nämnden gör bedömningen att nämndmålet har uppnåtts under året.");
        assertThat(ReportTexts.assessmentSentence(1, "KF:s inriktningsmål", ReportTexts.Standing.PARTLY, false))
                .isEqualTo("Nämnden bedömer att inriktningsmålet har uppfyllts delvis under året.");
        assertThat(ReportTexts.assessmentSentence(2, "KF:s mål för verksamhetsområdet", ReportTexts.Standing.NOT,
                false)).isEqualTo("Nämnden gör bedömningen att kommunfullmäktiges mål för verksamhetsområdet inte "
                        + "har uppnåtts under året.");
        assertThat(ReportTexts.suggestedJustification(new ReportTexts.Evidence(true, 3, 3, 2, 0, null, 0, 0), false))
                .isEqualTo("Bedömningen grundas på att förväntade resultat och indikatorer har uppnåtts och att "
                        + "aktiviteterna har genomförts.");
    }

    @Test
    void aTertialReportForecastsPartlyAndNotMetGoalsInTheFutureTense() {
        assertThat(ReportTexts.assessmentSentence(3, "Nämndmål", ReportTexts.Standing.PARTLY, true))
                .isEqualTo("Nämnden gör bedömningen att nämndmålet kommer att uppnås delvis under året.");
        assertThat(ReportTexts.assessmentSentence(3, "Nämndmål", ReportTexts.Standing.NOT, true))
                .isEqualTo("Nämnden gör bedömningen att nämndmålet inte kommer att uppnås under året.");
        assertThat(ReportTexts.assessmentSentence(3, "Nämndmål", ReportTexts.Standing.NONE, true))
                .isEqualTo("Nämnden har ännu inte bedömt nämndmålet.");
    }

    @Test
    void theSuggestionCountsWhereNotAllEvidencePointsTheSameWayAndNamesOnlyWhatIsThere() {
        assertThat(ReportTexts.suggestedJustification(new ReportTexts.Evidence(true, 3, 2, 4, 1, "Nämndmål", 5, 3),
                true)).isEqualTo("Bedömningen grundas på att förväntade resultat prognostiseras att uppnås, två av "
                        + "tre indikatorer prognostiseras att nå årsmålet, en av fyra aktiviteter har avvikelser och "
                        + "att tre av fem nämndmål bedöms uppfyllas helt.");
        assertThat(ReportTexts.suggestedJustification(new ReportTexts.Evidence(false, 2, 2, 1, 0, null, 0, 0), true))
                .isEqualTo("Bedömningen grundas på att utfall för indikatorerna bedöms uppfyllas helt och att "
                        + "aktiviteten kommer att genomföras.");
        assertThat(ReportTexts.suggestedJustification(new ReportTexts.Evidence(false, 3, 0, 0, 0, "Nämndmål", 4, 0),
                false)).isEqualTo("Bedömningen grundas på att ingen av tre indikatorer har nått årsmålet och att "
                        + "inget av fyra nämndmål har uppfyllts helt.");
        assertThat(ReportTexts.suggestedJustification(new ReportTexts.Evidence(false, 0, 0, 0, 0, null, 0, 0), true))
                .startsWith("Underlag saknas");
    }

    /** Two underlying goals, both met, are "båda" in the definite plural, as Swedish says it, not "samtliga två". */
    @Test
    void twoUnderlyingGoalsBothMetAreBothOfThem() {
        assertThat(ReportTexts.suggestedJustification(new ReportTexts.Evidence(false, 0, 0, 0, 0,
                "KF:s mål för verksamhetsområdet", 2, 2), true)).isEqualTo(
                        "Bedömningen grundas på att båda målen för verksamhetsområdet bedöms uppfyllas helt.");
        assertThat(ReportTexts.suggestedJustification(new ReportTexts.Evidence(true, 0, 0, 0, 0, "Nämndmål", 2, 2),
                false)).isEqualTo("Bedömningen grundas på att förväntade resultat har uppnåtts och att båda "
                        + "nämndmålen har uppfyllts helt.");
        assertThat(ReportTexts.suggestedJustification(new ReportTexts.Evidence(false, 0, 0, 0, 0, "Nämndmål", 2, 1),
                true)).isEqualTo("Bedömningen grundas på att ett av två nämndmål bedöms uppfyllas helt.");
    }

    /**
     * Before the bottom-up assessment is complete some underlying goals have no rating yet: a goal with five nämndmål
     * of which four are rated read "tre av fyra nämndmål", as if it had four. All five are counted and the one not
     * rated is named; once all are rated the sentence is the seed's again.
     */
    @Test
    void underlyingGoalsNotYetRatedAreCountedAndNamed() {
        assertThat(ReportTexts.suggestedJustification(new ReportTexts.Evidence(false, 0, 0, 0, 0, "Nämndmål", 4, 3, 0,
                5), true)).isEqualTo("Bedömningen grundas på att tre av fem nämndmål bedöms uppfyllas helt, ett är "
                        + "inte bedömt än.");
        assertThat(ReportTexts.suggestedJustification(new ReportTexts.Evidence(false, 0, 0, 0, 0, "Nämndmål", 4, 4, 0,
                5), true)).isEqualTo("Bedömningen grundas på att fyra av fem nämndmål bedöms uppfyllas helt, ett är "
                        + "inte bedömt än.");
        assertThat(ReportTexts.suggestedJustification(new ReportTexts.Evidence(false, 0, 0, 0, 0, "Nämndmål", 1, 1, 0,
                2), true)).isEqualTo("Bedömningen grundas på att ett av två nämndmål bedöms uppfyllas helt, ett är "
                        + "inte bedömt än.");
        assertThat(ReportTexts.evidenceSummary(new ReportTexts.Evidence(true, 0, 0, 0, 0,
                "KF:s mål för verksamhetsområdet", 2, 1, 0, 5), false)).isEqualTo("Underlaget visar att förväntade "
                        + "resultat har uppnåtts och att ett av fem mål för verksamhetsområdet har uppfyllts helt, tre "
                        + "är inte bedömda än.");
        assertThat(ReportTexts.suggestedJustification(new ReportTexts.Evidence(false, 0, 0, 0, 0, "Nämndmål", 5, 3, 0,
                5), true)).isEqualTo("Bedömningen grundas på att tre av fem nämndmål bedöms uppfyllas helt.");
    }

    /**
     * The demo's nämndmål in Tertialrapport 1 before the board assessed them read "Nämnden har ännu inte bedömt
     * nämndmålet. Bedömningen grundas på att ...": a justification of an assessment that was not made. Not yet
     * assessed, the analysis says so, names the rules' proposal as a proposal, and says what the evidence shows.
     */
    @Test
    void aGoalNotYetAssessedIsNotJustifiedAsIfItWere() {
        assertThat(ReportTexts.notYetAssessed("Nämndmål", "Uppfylls delvis")).isEqualTo(
                "Nämnden har ännu inte bedömt nämndmålet. Förslag enligt nämndens regler: Uppfylls delvis.");
        assertThat(ReportTexts.notYetAssessed("Nämndmål", null)).isEqualTo(
                "Nämnden har ännu inte bedömt nämndmålet. Nämndens regler föreslår ingen bedömning.");
        String summary = ReportTexts.evidenceSummary(new ReportTexts.Evidence(true, 0, 0, 8, 0, null, 0, 0), true);
        assertThat(summary).isEqualTo("Underlaget visar att förväntade resultat prognostiseras att uppnås och att "
                + "aktiviteterna kommer att genomföras.").doesNotContain("Bedömningen grundas");
        assertThat(ReportTexts.evidenceSummary(new ReportTexts.Evidence(false, 0, 0, 0, 0, null, 0, 0), true))
                .startsWith("Underlag saknas");
    }

    /** Nämndmål 1.3.2: its one rated indicator is met, I31 has no outcome; indicators are not said to be met. */
    @Test
    void aMissingOutcomeIsNamedAndTheIndicatorsAreNotSaidToBeMet() {
        assertThat(ReportTexts.suggestedJustification(new ReportTexts.Evidence(true, 1, 1, 0, 0, null, 0, 0, 1),
                true)).isEqualTo("Bedömningen grundas på att förväntade resultat prognostiseras att uppnås, den "
                        + "bedömda indikatorn prognostiseras att nå årsmålet och att utfall saknas för en indikator.");
    }

    /** The seed's Förslag till beslut: the board approves the report and sends it to kommunstyrelsen. */
    @Test
    void theDecisionProposalApprovesTheReportAndSendsItToKommunstyrelsen() {
        assertThat(ReportTexts.decisionProposal("Socialnämnden", "Tertialrapport 1 2026",
                java.time.LocalDate.of(2026, 4, 30), true, 2026)).containsExactly(
                        "1. Socialnämnden godkänner tertialrapport 1, per den 30 april 2026 med prognos för 2026.",
                        "2. Socialnämnden överlämnar rapporten till kommunstyrelsen.");
        assertThat(ReportTexts.decisionProposal("Socialnämnden", "Verksamhetsberättelse 2026",
                java.time.LocalDate.of(2026, 12, 31), false, 2026)).containsExactly(
                        "1. Socialnämnden godkänner verksamhetsberättelse 2026.",
                        "2. Socialnämnden överlämnar rapporten till kommunstyrelsen.");
    }

    @Test
    void titlesFollowThePeriod() {
        ReportingPeriod t1 = new ReportingPeriod("x", "T1");
        t1.change("Tertial 1", 4, 30, true, java.util.EnumSet.of(Periodicity.TERTIAL));
        ReportingPeriod annual = new ReportingPeriod("x", "ANNUAL");
        annual.change("Verksamhetsberättelse", 12, 31, false, java.util.EnumSet.allOf(Periodicity.class));
        assertThat(ReportTexts.title(t1, 2026)).isEqualTo("Tertialrapport 1 2026");
        assertThat(ReportTexts.title(annual, 2026)).isEqualTo("Verksamhetsberättelse 2026");
    }
}
