package se.namndflode.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import se.namndflode.IntegrationTest;
import se.namndflode.shared.web.DomainException;

/**
 * A second municipality is set up from an import file alone — one level of board goals decided by the council,
 * a four-level scale, a key figure without target, two reporting points — deploys its own tables to its tenant,
 * gets proposals and records an assessment, with no code change.
 */
@IntegrationTest
class SecondMunicipalityTest extends GoalTestSupport {

    static final String FILE = "/goal/second-municipality.json";

    @Test
    void aDryRunReportsWhatWouldBeCreatedAndSavesNothing() {
        String code = newMunicipality();
        int auditBefore = auditEvents(code);

        GoalModelImport.Result result = importFile(code, FILE, true);

        assertThat(result.dryRun()).isTrue();
        assertThat(result.created()).containsEntry("ratingScales", 1).containsEntry("levels", 1)
                .containsEntry("reportingPeriods", 2).containsEntry("decisionExamples", 4).containsEntry("goals", 2)
                .containsEntry("indicators", 3);
        assertThat(rows("goal_level", code)).isZero();
        assertThat(rows("goal", code)).isZero();
        assertThat(rows("decision_example", code)).isZero();
        assertThat(auditEvents(code)).isEqualTo(auditBefore);
    }

    @Test
    void isSetUpFromItsFileDeploysItsTablesAndGetsProposalsAndAssessments() {
        String code = newMunicipality();
        importFile(code, FILE, false);
        assertThat(rows("goal_level", code)).isEqualTo(1);
        assertThat(rows("indicator", code)).isEqualTo(3);

        as(admin(code), () -> decisions.deploy(code, "indicator-rating.dmn",
                bytes("/goal/fyrgradig-indicator-rating.dmn")));
        as(admin(code), () -> decisions.deploy(code, "goal-rating.dmn", bytes("/goal/fyrgradig-goal-rating.dmn")));
        assertThat(decisions.latest(code, RatingDecisions.INDICATOR_RATING).orElseThrow().tenantId()).isEqualTo(code);
        assertThat(decisions.latest("stockholm", RatingDecisions.INDICATOR_RATING).orElseThrow().id())
                .isNotEqualTo(decisions.latest(code, RatingDecisions.INDICATOR_RATING).orElseThrow().id());

        Indicator pass = indicator(code, "N1");
        Indicator absence = indicator(code, "N3");
        as(official(code), () -> goals.recordOutcome(outcome(pass, "DELAR", "77.5")));
        as(official(code), () -> goals.recordOutcome(outcome(absence, "DELAR", "5.2")));

        ReportingPeriod delar = as(official(code), () -> goals.period(code, "DELAR"));
        RatingProposal passProposal = goals.proposal(SubjectType.INDICATOR, pass.getId(), delar).orElseThrow();
        assertThat(passProposal.getRating()).isEqualTo("STOR_DEL");
        assertThat(passProposal.getDecisionKey()).isEqualTo("indicator-rating");
        assertThat(passProposal.getMatchedRules()).isEqualTo("indicator-rating:withinTolerance");
        assertThat(passProposal.getExplanation())
                .isEqualTo("Utfall 77,5 % når inte årsmålet (minst 80 % (tolerans 5 %)) men ligger inom "
                        + "toleransen. Förslag: Målet uppfylls till stor del.")
                .as("no forecast was entered, so the outcome is judged")
                .isNotNull();

        Goal first = pass.getGoal();
        RatingProposal goalProposal = goals.proposal(SubjectType.GOAL, first.getId(), delar).orElseThrow();
        // N2 (key figure, yearly) is not reported at DELAR; N1 alone: share 2/3 → "till stor del".
        assertThat(goalProposal.getRating()).isEqualTo("STOR_DEL");
        assertThat(goalProposal.getExplanation()).isEqualTo(
                "0 av 1 indikator når årsmålet; 1 indikator mäts inte i delårsrapport. Förslag: Målet uppfylls till stor del.");
        assertThat(goals.proposal(SubjectType.GOAL, absence.getGoal().getId(), delar).orElseThrow().getRating())
                .isEqualTo("UPPFYLLS");

        AssessmentForm form = new AssessmentForm();
        form.setGoalId(first.getId());
        form.setPeriodCode("DELAR");
        form.setRating("UPPFYLLS");
        form.setJustification("Bedömningen grundas på att vårterminens betyg ligger nära målet.");
        Assessment assessment = as(official(code), () -> goals.assess(form));
        assertThat(assessment.isDeviates()).isTrue();
        assertThat(assessment.getProposedRating()).isEqualTo("STOR_DEL");
        assertThat(first.getLevel().getScale().label(assessment.getRating())).isEqualTo("Målet uppfylls");
    }

    @Test
    void aKeyFigureIsRecordedAtItsReportingPointAndProposesNothing() {
        String code = newMunicipality();
        importFile(code, FILE, false);
        as(admin(code), () -> decisions.deploy(code, "indicator-rating.dmn",
                bytes("/goal/fyrgradig-indicator-rating.dmn")));
        as(admin(code), () -> decisions.deploy(code, "goal-rating.dmn", bytes("/goal/fyrgradig-goal-rating.dmn")));
        Indicator pupils = indicator(code, "N2");
        assertThat(pupils.isKeyFigure()).isTrue();

        assertThatThrownBy(() -> as(official(code), () -> goals.recordOutcome(outcome(pupils, "DELAR", "1200"))))
                .isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("goal.outcome.periodNotOfIndicator");
        assertThat(jdbc.queryForObject("select count(*) from outcome where indicator_id = ?", Integer.class,
                pupils.getId())).isZero();

        as(official(code), () -> goals.recordOutcome(outcome(pupils, "HELAR", "1200")));
        ReportingPeriod helar = as(official(code), () -> goals.period(code, "HELAR"));
        RatingProposal proposal = goals.proposal(SubjectType.INDICATOR, pupils.getId(), helar).orElseThrow();
        assertThat(proposal.getRating()).isNull();
        assertThat(proposal.getExplanation()).startsWith("Nyckeltal utan målvärde");
    }

    Indicator indicator(String code, String indicatorCode) {
        return as(official(code), () -> goals.goals(2025).stream().filter(g -> g.getMunicipalityCode().equals(code))
                .flatMap(g -> goals.indicators(g).stream()).filter(i -> i.getCode().equals(indicatorCode))
                .findFirst().orElseThrow());
    }

    static OutcomeForm outcome(Indicator indicator, String period, String value) {
        OutcomeForm form = new OutcomeForm();
        form.setIndicatorId(indicator.getId());
        form.setPeriodCode(period);
        form.setValue(new BigDecimal(value));
        return form;
    }
}
