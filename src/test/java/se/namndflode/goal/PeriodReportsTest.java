package se.namndflode.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import se.namndflode.IntegrationTest;
import se.namndflode.organisation.Organisation;

/**
 * The compiled follow-up report of the demo board (Socialnämnden, verksamhetsplan 2026, with the outcomes of
 * tertial 1) against the seed's pattern (src/test/resources/goal/report): the tense per report kind, the table
 * columns, the justification naming only the evidence present; the PDF is PDF/A-2u and keeps å, ä, ö.
 */
@IntegrationTest
class PeriodReportsTest extends GoalTestSupport {

    @Autowired
    PeriodReports reports;
    @Autowired
    Organisation organisation;

    @org.junit.jupiter.api.BeforeAll
    static void veraPdf() {
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
    }

    Long socialnamnden() {
        return as(official("stockholm"), () -> organisation.boards("stockholm").stream()
                .filter(board -> board.getName().equals("Socialnämnden")).findFirst().orElseThrow().getId());
    }

    static Properties seedTables() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PeriodReportsTest.class.getResourceAsStream("/goal/report/seed-tables.properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void theTertialReportOfTheDemoBoardFollowsTheSeedsPattern() throws IOException {
        Long board = socialnamnden();
        CompiledReport report = as(official("stockholm"), () -> reports.compile("stockholm", board, 2026, "T1"));
        ReportModel model = report.model();
        Properties seed = seedTables();

        assertThat(report.title()).isEqualTo("Tertialrapport 1 2026");
        assertThat(report.forecast()).isTrue();
        assertThat(model.boardName()).isEqualTo("Socialnämnden");
        assertThat(model.asOf()).hasToString("2026-04-30");
        // The seed's columns, the previous year named by the plan year (VB 2023 in the report of 2024).
        assertThat(model.indicatorColumns()).containsExactlyElementsOf(Arrays.asList(
                seed.getProperty("indicatorColumns.2024").replace("VB 2023", "VB 2025").split("\\|")));
        assertThat(model.activityColumns()).containsExactly(seed.getProperty("activityColumns").split("\\|"));

        // The plan's 41 goals, parents before children, each with its level's sentence in the future tense.
        assertThat(model.goals()).hasSize(41);
        assertThat(model.goals().get(0).number()).isEqualTo("1");
        assertThat(model.goals().get(1).number()).isEqualTo("1.1");
        assertThat(model.goals().get(2).number()).isEqualTo("1.1.1");
        for (ReportModel.GoalSection goal : model.goals()) {
            if (goal.rating() == null) {
                assertThat(goal.ratingLabel()).isEqualTo("Ej bedömd");
            }
            if (!goal.decided()) {
                // Not yet assessed: said so, the proposal named as one, and no justification of an assessment.
                assertThat(goal.assessmentSentence()).as(goal.number()).startsWith("Nämnden har ännu inte bedömt")
                        .doesNotContain("gör bedömningen");
                assertThat(goal.justification()).as(goal.number()).doesNotContain("Bedömningen grundas");
            } else {
                assertThat(goal.assessmentSentence()).as(goal.number()).startsWith(goal.depth() == 1
                        ? "Nämnden bedömer att inriktningsmålet" : "Nämnden gör bedömningen att")
                        .contains("kommer att").doesNotContain("har uppnåtts");
            }
            assertJustificationNamesOnlyTheEvidencePresent(goal, model, seed);
        }
        // Outcomes in Swedish formats; the period column as the seed writes it.
        ReportModel.IndicatorRow first = model.goals().stream().flatMap(goal -> goal.indicators().stream())
                .filter(row -> row.value() != null).findFirst().orElseThrow();
        assertThat(first.outcome()).doesNotContain(".").matches("[−-]?[\\d\u00a0]+(,\\d+)?( .+)?");
        assertThat(model.goals().stream().flatMap(goal -> goal.indicators().stream()).map(
                ReportModel.IndicatorRow::period)).contains("Tertial 1 2026", "2026");
        // The activities of the demo assignments are in the tables of their goals.
        assertThat(model.goals().stream().mapToInt(goal -> goal.activities().size()).sum()).isPositive();

        // The seed's opening sections: Förslag till beslut, Sammanfattande analys per inriktningsmål.
        assertThat(model.decisionProposal()).first().asString()
                .isEqualTo("1. Socialnämnden godkänner tertialrapport 1, per den 30 april 2026 med prognos för 2026.");
        assertThat(model.summary()).extracting(ReportModel.SummaryItem::number).containsExactly("1", "2", "3");
        assertThat(model.summary().get(0).text()).startsWith("Nämnden har ännu inte bedömt inriktningsmålet.");
        assertThat(report.html()).contains("<h2>Förslag till beslut</h2>").contains("<h2>Sammanfattande analys</h2>")
                .contains("överlämnar rapporten till kommunstyrelsen");
        assertThat(report.html()).contains("<th scope=\"col\">Prognos helår</th>")
                .contains("Tertialrapport 1 2026 för Socialnämnden").contains("Per den 30 april 2026 med prognos");
    }

    /** The seed's pattern: the justification names a kind of evidence only when the goal has it. */
    private static void assertJustificationNamesOnlyTheEvidencePresent(ReportModel.GoalSection goal,
            ReportModel model, Properties seed) {
        String suggested = goal.suggestedJustification();
        boolean rated = goal.indicators().stream().anyMatch(row -> row.proposedRating() != null);
        boolean children = model.goals().stream().anyMatch(other -> goal.childNumbers().contains(other.number())
                && other.rating() != null);
        if (suggested.startsWith("Underlag saknas")) {
            assertThat(goal.expectedResults().isEmpty() && !rated && goal.activities().isEmpty() && !children)
                    .as(goal.number()).isTrue();
            return;
        }
        assertThat(suggested).as(goal.number()).startsWith(seed.getProperty("justificationOpening"));
        assertThat(suggested.contains("förväntade resultat")).as(goal.number() + ": " + suggested)
                .isEqualTo(!goal.expectedResults().isEmpty());
        assertThat(suggested.contains("indikator")).as(goal.number() + ": " + suggested).isEqualTo(rated);
        assertThat(suggested.contains("aktivitet")).as(goal.number() + ": " + suggested)
                .isEqualTo(!goal.activities().isEmpty());
        // "nämndmål(en)", "mål(en) för verksamhetsområdet" ("båda målen för verksamhetsområdet").
        boolean namesChildren = suggested.contains("nämndmål") || suggested.contains("för verksamhetsområdet");
        assertThat(namesChildren).as(goal.number() + ": " + suggested).isEqualTo(children);
    }

    /**
     * The reviewer's examples in tertial 1 of the demo: nämndmål 1.3.2 was proposed "Uppfylls helt" although its
     * indicator I31 has no outcome; nämndmål 3.4.1 has no indicator measured in tertial 1 but 8 assignments and was
     * "Inget att bedöma".
     */
    @Test
    void missingEvidenceIsNamedAndAssignmentsCountInTheProposals() {
        Long board = socialnamnden();
        ReportModel model = as(official("stockholm"), () -> reports.model("stockholm", board, 2026, "T1"));
        ReportModel.GoalSection missing = section(model, "1.3.2");
        assertThat(missing.rating()).isNull();
        assertThat(missing.assessmentSentence()).isEqualTo(
                "Nämnden har ännu inte bedömt nämndmålet. Nämndens regler föreslår ingen bedömning.");
        assertThat(missing.justification()).startsWith("Underlaget visar att").contains("utfall saknas för en indikator");
        assertThat(missing.suggestedJustification()).contains("utfall saknas för en indikator")
                .doesNotContain("förväntade resultat och indikatorer");
        RatingProposal proposed = goals.proposal(SubjectType.GOAL, missing.goalId(), goals.period("stockholm", "T1"))
                .orElseThrow();
        assertThat(proposed.getReason()).isEqualTo("MISSING_EVIDENCE");
        assertThat(proposed.getExplanation()).contains("1 indikator saknar utfall i tertial 1")
                .doesNotContain("Förslag: Uppfylls helt");

        ReportModel.GoalSection assignments = section(model, "3.4.1");
        assertThat(assignments.activities()).hasSize(8);
        assertThat(assignments.rating()).isEqualTo("HELT");
        assertThat(assignments.assessmentSentence()).isEqualTo(
                "Nämnden har ännu inte bedömt nämndmålet. Förslag enligt nämndens regler: Uppfylls helt.");
        RatingProposal onPlan = goals.proposal(SubjectType.GOAL, assignments.goalId(),
                goals.period("stockholm", "T1")).orElseThrow();
        assertThat(onPlan.getExplanation()).isEqualTo("8 uppdrag, inget med avvikelse. Förslag: Uppfylls helt.");

        // 1.1.1 has an indicator (I26), measured yearly: not "no indicators", but none measured in tertial 1.
        RatingProposal yearly = goals.proposal(SubjectType.GOAL, section(model, "1.1.1").goalId(),
                goals.period("stockholm", "T1")).orElseThrow();
        assertThat(yearly.getExplanation()).isEqualTo(
                "Inga indikatorer mäts i tertial 1. Reglerna föreslår ingen bedömning.");
    }

    /** A board "Testnämnden" of the municipality, for an import file that names it. */
    private Long testBoard(String code) {
        Long municipalityId = as(admin(code), () -> organisation.municipalityByCode(code).orElseThrow().getId());
        se.namndflode.organisation.BoardForm form = new se.namndflode.organisation.BoardForm();
        form.setMunicipalityId(municipalityId);
        form.setName("Testnämnden");
        form.setMemberCount(9);
        return as(admin(code), () -> organisationAdmin.saveBoard(form).getId());
    }

    private static ReportModel.GoalSection section(ReportModel model, String number) {
        return model.goals().stream().filter(goal -> goal.number().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void theAnnualReportSpeaksInThePastTenseWithoutForecasts() {
        Long board = socialnamnden();
        ReportModel model = as(official("stockholm"), () -> reports.model("stockholm", board, 2026, "ANNUAL"));
        assertThat(model.title()).isEqualTo("Verksamhetsberättelse 2026");
        assertThat(model.forecast()).isFalse();
        assertThat(model.indicatorColumns()).doesNotContain("Prognos helår").contains("Utfall VB 2025", "Årsmål");
        assertThat(model.goals()).allSatisfy(goal -> {
            assertThat(goal.assessmentSentence()).doesNotContain("kommer att");
            assertThat(goal.suggestedJustification()).doesNotContain("prognostiseras");
            assertThat(goal.indicators()).allSatisfy(row -> assertThat(row.period()).isEqualTo("2026"));
        });
    }

    @Test
    void theSuggestionOfOneGoalIsTheReportsSuggestion() {
        Long board = socialnamnden();
        ReportModel model = as(official("stockholm"), () -> reports.model("stockholm", board, 2026, "T1"));
        for (String number : List.of("1", "1.1", "1.1.1", "1.3.1")) {
            ReportModel.GoalSection section = model.goals().stream().filter(goal -> goal.number().equals(number))
                    .findFirst().orElseThrow();
            String single = as(official("stockholm"), () -> reports.suggestedJustification(
                    goals.goal(section.goalId()), goals.period("stockholm", "T1")));
            assertThat(single).as(number).isEqualTo(section.suggestedJustification());
        }
    }

    @Test
    void thePdfIsPdfAAndKeepsTheSwedishLetters() throws Exception {
        Long board = socialnamnden();
        CompiledReport report = as(official("stockholm"), () -> reports.compile("stockholm", board, 2026, "T1"));
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(report.pdf()),
                PDFAFlavour.PDFA_2_U);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_U, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId() + ": " + assertion.getMessage()).distinct().toList();
            assertThat(failures).as("PDF/A-2u rules failed").isEmpty();
        }
        try (PDDocument document = Loader.loadPDF(report.pdf())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Tertialrapport 1 2026 för Socialnämnden")
                    .contains("Nämnden har ännu inte bedömt nämndmålet.").contains("Förväntat resultat")
                    .contains("Utfall kvinnor/flickor").contains("Årsmål");
            assertThat(document.getDocumentCatalog().getLanguage()).startsWith("sv");
        }
    }

    @Test
    void anotherMunicipalitysBoardIsNotFound() {
        Long board = socialnamnden();
        String other = newMunicipality();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as(official(other),
                () -> reports.model("stockholm", board, 2026, "T1")))
                .isInstanceOf(se.namndflode.shared.web.DomainException.class)
                .hasMessageContaining("not-found");
    }

    /**
     * The preview of a report before the bottom-up assessment is complete: KF:s mål 1.3 has five nämndmål, four of
     * them assessed (three met) and one not yet rated. Its sentence counted only the rated ones ("tre av fyra
     * nämndmål"); the report and the assessment form's suggestion count all five and name the one not rated.
     */
    @Test
    void aGoalsSentenceCountsAllItsChildrenWhileSomeAreNotYetRated() {
        String code = newMunicipality();
        Long board = testBoard(code);
        StringBuilder more = new StringBuilder();
        for (int n = 2; n <= 5; n++) {
            more.append(",\n       {\"number\": \"1.3.").append(n).append("\", \"level\": \"NAMNDMAL\", ")
                    .append("\"parent\": \"1.3\", \"title\": \"Nämndmål ").append(n).append("\"}");
        }
        String file = resource("/goal/stockholm-like.json").replace("@CODE@", code)
                .replace("\"year\": 2026,", "\"year\": 2026, \"board\": \"Testnämnden\",")
                .replace("\"expectedResults\": [\"Fler får stöd tidigt\"]}",
                        "\"expectedResults\": [\"Fler får stöd tidigt\"]}" + more);
        as(admin(code), () -> imports.importFile(imports.read(file), false));
        List<Goal> planGoals = as(official(code), () -> goals.goals(code, board, 2026));
        assertThat(planGoals).extracting(Goal::getNumber).contains("1.3.1", "1.3.2", "1.3.3", "1.3.4", "1.3.5");
        for (String number : List.of("1.3.1", "1.3.2", "1.3.3", "1.3.4")) {
            AssessmentForm assessment = new AssessmentForm();
            assessment.setGoalId(planGoals.stream().filter(goal -> goal.getNumber().equals(number)).findFirst()
                    .orElseThrow().getId());
            assessment.setPeriodCode("T1");
            assessment.setRating(number.equals("1.3.4") ? "DELVIS" : "HELT");
            assessment.setJustification("Bedömningen grundas på att arbetet går enligt plan.");
            as(official(code), () -> goals.assess(assessment));
        }

        ReportModel model = as(official(code), () -> reports.model(code, board, 2026, "T1"));
        ReportModel.GoalSection parent = section(model, "1.3");
        assertThat(parent.decided()).isFalse();
        assertThat(parent.suggestedJustification()).isEqualTo("Bedömningen grundas på att tre av fem nämndmål "
                + "bedöms uppfyllas helt, ett är inte bedömt än.");
        assertThat(parent.justification()).isEqualTo("Underlaget visar att tre av fem nämndmål bedöms uppfyllas "
                + "helt, ett är inte bedömt än.");
        String single = as(official(code), () -> reports.suggestedJustification(goals.goal(parent.goalId()),
                goals.period(code, "T1")));
        assertThat(single).as("the assessment form's suggestion").isEqualTo(parent.suggestedJustification());
    }

    @Test
    void theImportNamesTheBoardWhoseReportRatesTheGoalsAndTheOfficialsAssessmentIsReported() {
        String code = newMunicipality();
        Long board = testBoard(code);
        String unknown = resource("/goal/stockholm-like.json").replace("@CODE@", code)
                .replace("\"year\": 2026,", "\"year\": 2026, \"board\": \"Finns inte\",");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as(admin(code), () -> imports.importFile(
                imports.read(unknown), false))).isInstanceOfSatisfying(se.namndflode.shared.web.DomainException.class,
                        refused -> assertThat(refused.field()).isEqualTo("plans[2026].board"));
        assertThat(rows("goal", code)).isZero();

        as(admin(code), () -> imports.importFile(imports.read(unknown.replace("Finns inte", "Testnämnden")), false));
        deployStockholmTables(code);
        as(official(code), () -> ratings.propose(code, 2026, "T1"));
        List<Goal> planGoals = as(official(code), () -> goals.goals(code, board, 2026));
        assertThat(planGoals).hasSize(rows("goal", code)).allSatisfy(goal -> assertThat(goal.getBoardId())
                .isEqualTo(board));
        Goal assessed = planGoals.stream().filter(goal -> goal.getNumber().equals("1.3.1")).findFirst()
                .orElseThrow();
        AssessmentForm assessment = new AssessmentForm();
        assessment.setGoalId(assessed.getId());
        assessment.setPeriodCode("T1");
        assessment.setRating("DELVIS");
        assessment.setJustification("Bedömningen grundas på att väntetiden är längre än målet.");
        as(official(code), () -> goals.assess(assessment));

        ReportModel model = as(official(code), () -> reports.model(code, board, 2026, "T1"));
        ReportModel.GoalSection section = model.goals().stream().filter(goal -> goal.number().equals("1.3.1"))
                .findFirst().orElseThrow();
        assertThat(section.decided()).isTrue();
        assertThat(section.ratingLabel()).isEqualTo("Uppfylls delvis");
        assertThat(section.assessmentSentence())
                .isEqualTo("Nämnden gör bedömningen att nämndmålet kommer att uppnås delvis under året.");
        assertThat(section.justification()).isEqualTo("Bedömningen grundas på att väntetiden är längre än målet.");
        assertThat(section.suggestedJustification()).startsWith("Bedömningen grundas på att");
        // The parent counts its child's decided rating, not the proposal.
        ReportModel.GoalSection parent = model.goals().stream().filter(goal -> goal.number().equals("1.3"))
                .findFirst().orElseThrow();
        assertThat(parent.suggestedJustification()).contains("underliggande nämndmål bedöms inte uppfyllas helt");
    }
}
