package se.namndflode.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.assertj.core.api.AbstractObjectAssert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import se.namndflode.IntegrationTest;
import se.namndflode.matter.BoardOutcome;
import se.namndflode.matter.DecisionAnnounced;
import se.namndflode.organisation.AdministrationForm;
import se.namndflode.organisation.BoardForm;
import se.namndflode.shared.web.DomainException;

/**
 * Every refusal of issue 10 leaves nothing behind — no row, no audit event — and says why: an outcome for a
 * period the indicator does not have, a reversed band, a rating off the scale, a deviation without
 * justification, a change after the board approved the report, a DMN upload that does not parse, lacks an output
 * or disagrees with the stored examples, an import with a goal under a missing parent.
 */
@IntegrationTest
class GoalRefusalsTest extends GoalTestSupport {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    String stockholmLike() {
        String code = newMunicipality();
        importFile(code, "/goal/stockholm-like.json", false);
        deployStockholmTables(code);
        return code;
    }

    /** A board of the municipality (in an administration of its own) whose plan has the 2026 goals. */
    Long boardOwningThePlan(String code) {
        Long municipalityId = jdbc.queryForObject("select id from municipality where code = ?", Long.class, code);
        AdministrationForm administration = new AdministrationForm();
        administration.setMunicipalityId(municipalityId);
        administration.setName("Socialförvaltningen");
        administration.setRegistryPrefix("SOF");
        BoardForm board = new BoardForm();
        board.setMunicipalityId(municipalityId);
        board.setName("Socialnämnden i " + code);
        board.setAdministrationId(organisationAdmin.saveAdministration(administration).getId());
        board.setMemberCount(9);
        Long boardId = organisationAdmin.saveBoard(board).getId();
        jdbc.update("update goal set board_id = ? where municipality_code = ? and plan_year = 2026", boardId, code);
        return boardId;
    }

    Indicator indicator(String code, String indicatorCode) {
        return as(official(code), () -> goals.goals(2026).stream().filter(g -> g.getMunicipalityCode().equals(code))
                .flatMap(g -> goals.indicators(g).stream()).filter(i -> i.getCode().equals(indicatorCode))
                .findFirst().orElseThrow());
    }

    Goal goal(String code, String number) {
        return as(official(code), () -> goals.goals(2026).stream().filter(g -> g.getMunicipalityCode().equals(code))
                .filter(g -> g.getNumber().equals(number)).findFirst().orElseThrow());
    }

    static OutcomeForm outcome(Indicator indicator, String period, String value) {
        OutcomeForm form = new OutcomeForm();
        form.setIndicatorId(indicator.getId());
        form.setPeriodCode(period);
        form.setValue(value == null ? null : new BigDecimal(value));
        return form;
    }

    static AssessmentForm assessment(Goal goal, String period, String rating, String justification) {
        AssessmentForm form = new AssessmentForm();
        form.setGoalId(goal.getId());
        form.setPeriodCode(period);
        form.setRating(rating);
        form.setJustification(justification);
        return form;
    }

    /** Runs a refused action and checks its message key and that nothing changed in the municipality. */
    AbstractObjectAssert<?, ?> refused(String code, Supplier<?> action, String messageKey) {
        int audit = auditEvents(code);
        int outcomes = jdbc.queryForObject("select count(*) from outcome o join indicator i on o.indicator_id = i.id "
                + "where i.municipality_code = ?", Integer.class, code);
        int assessments = jdbc.queryForObject("select count(*) from assessment a join goal g on a.goal_id = g.id "
                + "where g.municipality_code = ?", Integer.class, code);
        int proposals = rows("rating_proposal", code);
        int goalsBefore = rows("goal", code);
        AbstractObjectAssert<?, ?> refusal = assertThatThrownBy(action::get).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo(messageKey);
        assertThat(auditEvents(code)).isEqualTo(audit);
        assertThat(jdbc.queryForObject("select count(*) from outcome o join indicator i on o.indicator_id = i.id "
                + "where i.municipality_code = ?", Integer.class, code)).isEqualTo(outcomes);
        assertThat(jdbc.queryForObject("select count(*) from assessment a join goal g on a.goal_id = g.id "
                + "where g.municipality_code = ?", Integer.class, code)).isEqualTo(assessments);
        assertThat(rows("rating_proposal", code)).isEqualTo(proposals);
        assertThat(rows("goal", code)).isEqualTo(goalsBefore);
        return refusal;
    }

    @Test
    void anOutcomeForAPeriodTheIndicatorDoesNotHaveIsRefused() {
        String code = stockholmLike();
        Indicator yearly = indicator(code, "I03");
        refused(code, () -> as(official(code), () -> goals.recordOutcome(outcome(yearly, "T1", "85"))),
                "goal.outcome.periodNotOfIndicator");
    }

    /**
     * A figure with 15 digits or more before the decimal sign does not fit its column (decimal(19, 4)): refused on its
     * field with the reason, nothing saved, never a failed save (a 500). One digit less is kept.
     */
    @Test
    void aFigureTooLargeForItsColumnIsRefusedOnItsField() {
        String code = stockholmLike();
        Indicator tertial = indicator(code, "I01");
        refused(code, () -> as(official(code), () -> goals.recordOutcome(outcome(tertial, "T1", "1E30"))),
                "goal.outcome.tooLarge").isNotNull();
        OutcomeForm forecast = outcome(tertial, "T1", "71");
        forecast.setForecastValue(new BigDecimal("-1000000000000000"));
        assertThatThrownBy(() -> as(official(code), () -> goals.recordOutcome(forecast)))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("forecastValue");
        assertThat(as(official(code), () -> goals.recordOutcome(outcome(tertial, "T1", "999999999999999.9999")))
                .getValue()).isEqualByComparingTo("999999999999999.9999");
    }

    @Test
    void anImportedBandWhoseLowerBoundExceedsItsUpperIsRefusedAndNothingIsImported() {
        String code = newMunicipality();
        String file = resource("/goal/stockholm-like.json").replace("@CODE@", code)
                .replace("\"lower\": 2, \"upper\": 4", "\"lower\": 5, \"upper\": 4");
        refused(code, () -> as(admin(code), () -> imports.importFile(imports.read(file), false)),
                "goal.target.bandReversed");
        assertThat(rows("goal_level", code)).isZero();
        assertThat(rows("rating_scale", code)).isZero();
    }

    @Test
    void anImportWithAGoalUnderAMissingParentImportsNothing() {
        String code = newMunicipality();
        String file = resource("/goal/stockholm-like.json").replace("@CODE@", code)
                .replace("\"parent\": \"1.3\"", "\"parent\": \"1.9\"");
        refused(code, () -> as(admin(code), () -> imports.importFile(imports.read(file), false)),
                "goal.import.missingParent");
        assertThat(rows("goal_level", code)).isZero();
        assertThat(rows("decision_example", code)).isZero();
        assertThat(rows("indicator", code)).isZero();
    }

    @Test
    void aRatingNotOnTheLevelsScaleIsRefused() {
        String code = stockholmLike();
        Goal goal = goal(code, "1.3.1");
        refused(code, () -> as(official(code), () -> goals.assess(assessment(goal, "T1", "STOR_DEL", "Motivering"))),
                "goal.assessment.notOnScale");
    }

    @Test
    void aDeviationFromTheProposalWithoutJustificationIsRefusedAndWithOneIsMarked() {
        String code = stockholmLike();
        Indicator waiting = indicator(code, "I02");
        as(official(code), () -> goals.recordOutcome(outcome(waiting, "T1", "3")));
        Goal goal = goal(code, "1.3.1");
        ReportingPeriod t1 = as(official(code), () -> goals.period(code, "T1"));
        RatingProposal proposal = goals.proposal(SubjectType.GOAL, goal.getId(), t1).orElseThrow();
        assertThat(proposal.getRating()).isEqualTo("HELT");
        assertThat(proposal.getExplanation()).isEqualTo("1 av 1 indikator når årsmålet; 1 indikator mäts inte i tertial 1. Förslag: Uppfylls helt.");
        assertThat(proposal.getDecisionVersion()).isEqualTo(1);
        assertThat(proposal.getMatchedRules()).isEqualTo("goal-rating:allMet");

        refused(code, () -> as(official(code), () -> goals.assess(assessment(goal, "T1", "DELVIS", "  "))),
                "goal.assessment.justificationRequired");

        Assessment deviating = as(official(code), () -> goals.assess(assessment(goal, "T1", "DELVIS",
                "Bedömningen grundas på att väntetiderna ökar under sommaren.")));
        assertThat(deviating.isDeviates()).isTrue();
        assertThat(deviating.getProposal().getId()).isEqualTo(proposal.getId());
        assertThat(as(user(code, "chef", se.namndflode.shared.security.Role.MANAGER), () -> goals.deviations()))
                .extracting(Assessment::getId).contains(deviating.getId());
        assertThat(jdbc.queryForObject("select summary from audit_event where entity_type = 'Goal' and entity_id = ?"
                + " and action = 'ASSESSED'", String.class, goal.getId().toString()))
                .startsWith("Bedömning avviker från förslaget: 1.3.1");
    }

    @Test
    void agreeingWithTheProposalNeedsNoJustification() {
        String code = stockholmLike();
        Goal top = goal(code, "1");
        as(official(code), () -> goals.recordOutcome(outcome(indicator(code, "I01"), "T1", "71")));
        Assessment agreeing = as(official(code), () -> goals.assess(assessment(top, "T1", "HELT", null)));
        assertThat(agreeing.isDeviates()).isFalse();
    }

    @Test
    void nothingChangesAfterTheBoardsDecisionOnTheReportStands() {
        String code = stockholmLike();
        Indicator satisfied = indicator(code, "I01");
        Goal goal = goal(code, "1.3");
        as(official(code), () -> goals.recordOutcome(outcome(satisfied, "T1", "71")));
        long matterId = 900_000_000L + Math.abs(code.hashCode() % 1000);
        Long boardId = boardOwningThePlan(code);
        as(official(code), () -> goals.linkReport(code, boardId, 2026, "T1", matterId));

        transaction.executeWithoutResult(status -> events.publishEvent(new DecisionAnnounced(matterId,
                "SOF 2026/1", code, BoardOutcome.DECIDED, LocalDate.of(2026, 5, 28), LocalDate.of(2026, 6, 18))));

        refused(code, () -> as(official(code), () -> goals.recordOutcome(outcome(satisfied, "T1", "60"))),
                "goal.report.approved");
        refused(code, () -> as(official(code), () -> goals.assess(assessment(goal, "T1", "HELT", "x"))),
                "goal.report.approved");
        // Another period is still open.
        as(official(code), () -> goals.recordOutcome(outcome(satisfied, "T2", "72")));
    }

    @Test
    void aDmnFileThatDoesNotParseIsRefused() {
        String code = stockholmLike();
        int before = decisions.versions(code).size();
        refused(code, () -> as(admin(code), () -> decisions.deploy(code, "x.dmn", "<definitions".getBytes())),
                "goal.dmn.unparsable");
        assertThat(decisions.versions(code)).hasSize(before);
    }

    @Test
    void aDmnFileWithoutTheRequiredOutputIsRefused() {
        String code = stockholmLike();
        String model = resource("/dmn/stockholm/indicator-rating.dmn").replace("name=\"reason\"", "name=\"why\"");
        refused(code, () -> as(admin(code), () -> decisions.deploy(code, "x.dmn", model.getBytes())),
                "goal.dmn.outputMissing");
    }

    @Test
    void aDmnFileWithoutTheRequiredInputIsRefused() {
        String code = stockholmLike();
        String model = resource("/dmn/stockholm/indicator-rating.dmn").replace("<text>measured</text>",
                "<text>true</text>");
        refused(code, () -> as(admin(code), () -> decisions.deploy(code, "x.dmn", model.getBytes())),
                "goal.dmn.inputMissing");
    }

    @Test
    void aDmnFileThatDisagreesWithTheStoredExamplesIsRefusedAndTheOldVersionStays() {
        String code = stockholmLike();
        RatingDecisions.Definition before = decisions.latest(code, RatingDecisions.INDICATOR_RATING).orElseThrow();
        String lenient = resource("/dmn/stockholm/indicator-rating.dmn")
                .replace("<text>&gt; tolerance</text>", "<text>&gt; tolerance * 10</text>");
        refused(code, () -> as(admin(code), () -> decisions.deploy(code, "x.dmn", lenient.getBytes())),
                "goal.dmn.exampleDisagrees");
        assertThat(decisions.latest(code, RatingDecisions.INDICATOR_RATING).orElseThrow()).isEqualTo(before);
    }

    @Test
    void aNewVersionIsUsedForNewProposalsWhileOldProposalsKeepTheirs() {
        String code = stockholmLike();
        Indicator satisfied = indicator(code, "I01");
        as(official(code), () -> goals.recordOutcome(outcome(satisfied, "T1", "71")));
        ReportingPeriod t1 = as(official(code), () -> goals.period(code, "T1"));
        RatingProposal first = goals.proposal(SubjectType.INDICATOR, satisfied.getId(), t1).orElseThrow();

        String relabelled = resource("/dmn/stockholm/indicator-rating.dmn").replace("på gränsen räknas som uppnått",
                "gränsen ingår");
        RatingDecisions.Deployed deployed = as(admin(code), () -> decisions.deploy(code, "indicator-rating.dmn",
                relabelled.getBytes()));
        assertThat(deployed.definitions()).extracting(RatingDecisions.Definition::version).containsExactly(2);
        as(official(code), () -> ratings.propose(code, 2026, "T1"));

        RatingProposal second = goals.proposal(SubjectType.INDICATOR, satisfied.getId(), t1).orElseThrow();
        assertThat(second.getDecisionVersion()).isEqualTo(2);
        assertThat(first.getDecisionVersion()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select decision_version from rating_proposal where id = ?", Integer.class,
                first.getId())).isEqualTo(1);
    }
}
