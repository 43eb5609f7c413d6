package se.namndflode.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.MunicipalityFixtures;
import se.namndflode.IntegrationTest;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.web.DomainException;

/**
 * Each refusal of the follow-up says why and changes nothing: not the follow-ups, outcomes, assessments, the
 * engine's tasks or the audit log. Some rules hold in the goal module already (a period whose report the board
 * approved is locked); they are tested here through the follow-up too.
 */
@IntegrationTest
class FollowUpRefusalsTest extends FollowUpTestSupport {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void municipality() {
        setUpMunicipality();
    }

    /** What a refusal must leave as it was. */
    List<Object> footprint() {
        return List.of(
                jdbc.queryForObject("select count(*) from follow_up where municipality_code = ?", Integer.class,
                        kommun.code()),
                jdbc.queryForList("select coalesce(o.outcome_value, -1) from outcome o join indicator i on "
                        + "o.indicator_id = i.id where i.municipality_code = ? order by o.id", kommun.code()),
                jdbc.queryForList("select a.rating from assessment a join goal g on a.goal_id = g.id where "
                        + "g.municipality_code = ? order by a.id", kommun.code()),
                jdbc.queryForObject("select count(*) from audit_event where municipality_code = ?", Integer.class,
                        kommun.code()),
                tasks.createTaskQuery().tenantIdIn(kommun.code()).count());
    }

    void refused(Runnable action, HttpStatus status, String messageKey) {
        List<Object> before = footprint();
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, refusal -> {
            assertThat(refusal.status()).isEqualTo(status);
            assertThat(refusal.messageKey()).isEqualTo(messageKey);
        });
        assertThat(footprint()).isEqualTo(before);
    }

    FollowUpForm form(String period, int year, LocalDate deadline) {
        return new FollowUpForm(kommun.boardId(), year, period, deadline);
    }

    /**
     * The seed's Sammanfattande analys is the official's text, stored per follow-up and printed in the report after
     * the Förslag till beslut; a case officer may not write it, a stale version is a concurrent change, and it
     * changes nothing when refused.
     */
    @Test
    void theSummaryAnalysisIsWrittenByAManagerAndPrintedInTheReport() {
        FollowUp followUp = start();
        refused(() -> as(Role.CASE_OFFICER, () -> followUps.writeSummaryAnalysis(followUp.getId(), "Nej",
                followUp.getVersion())), HttpStatus.FORBIDDEN, "followUp.managersOnly");
        FollowUp written = as(Role.MANAGER, () -> followUps.writeSummaryAnalysis(followUp.getId(),
                "Nämnden har arbetat i enlighet med målen.\n\nSärskilt märks arbetet mot hemlöshet.",
                followUp.getVersion()));
        assertThatThrownBy(() -> as(Role.MANAGER, () -> followUps.writeSummaryAnalysis(followUp.getId(), "Äldre",
                followUp.getVersion()))).isInstanceOf(
                        org.springframework.dao.OptimisticLockingFailureException.class);
        String html = as(Role.MANAGER, () -> followUps.report(followUp.getId()).html());
        assertThat(html).contains("<h2>Förslag till beslut</h2>").contains("<h2>Sammanfattande analys</h2>")
                .contains("<p>Nämnden har arbetat i enlighet med målen.</p>")
                .contains("<p>Särskilt märks arbetet mot hemlöshet.</p>").doesNotContain("Äldre");
        assertThat(as(Role.MANAGER, () -> followUps.reportModel(followUp.getId()).summaryAnalysis()))
                .isEqualTo(written.getSummaryAnalysis());
    }

    @Test
    void aSecondFollowUpOfTheSameBoardAndPeriodIsRefused() {
        start();
        refused(() -> as(Role.MANAGER, () -> followUps.start(form("T1", 2026, DEADLINE))), HttpStatus.CONFLICT,
                "followUp.exists");
        // Already started, whatever else the form gets wrong: a corrected deadline would not let it start.
        refused(() -> as(Role.MANAGER, () -> followUps.start(form("T1", 2026, STARTED.minusDays(1)))),
                HttpStatus.CONFLICT, "followUp.exists");
        as(Role.MANAGER, () -> followUps.start(form("T2", 2026, DEADLINE)));
    }

    @Test
    void aStartWithoutGoalsAnUnknownPeriodOrAPassedDeadlineIsRefused() {
        refused(() -> as(Role.MANAGER, () -> followUps.start(form("T1", 2027, DEADLINE))),
                HttpStatus.UNPROCESSABLE_ENTITY, "followUp.noGoals");
        refused(() -> as(Role.MANAGER, () -> followUps.start(form("T9", 2026, DEADLINE))),
                HttpStatus.UNPROCESSABLE_ENTITY, "followUp.period.unknown");
        refused(() -> as(Role.MANAGER, () -> followUps.start(form("T1", 2026, STARTED.minusDays(1)))),
                HttpStatus.UNPROCESSABLE_ENTITY, "followUp.deadline.past");
    }

    @Test
    void onlyAManagerStartsAFollowUp() {
        refused(() -> as(Role.CASE_OFFICER, () -> followUps.start(form("T1", 2026, DEADLINE))),
                HttpStatus.FORBIDDEN, "followUp.managersOnly");
    }

    @Test
    void anAssessmentBeforeTheOutcomesAreInIsRefused() {
        FollowUp followUp = start();
        refused(() -> assess(followUp, "1.3.1", "HELT"), HttpStatus.CONFLICT, "followUp.assess.outcomesFirst");
    }

    @Test
    void anAssessmentBeforeTheChildGoalsAreDecidedIsRefusedNamingThem() {
        FollowUp followUp = start();
        allOutcomes(followUp);
        runDueJobs(followUp);
        assess(followUp, "1.3.1", "HELT");
        List<Object> before = footprint();
        assertThatThrownBy(() -> assess(followUp, "1", "HELT")).isInstanceOfSatisfying(DomainException.class,
                refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("followUp.assess.childrenFirst");
                    assertThat(refusal.arguments()).containsExactly("1", "1.3");
                });
        assertThat(footprint()).isEqualTo(before);
        refused(() -> assess(followUp, "1.3", "HELT"), HttpStatus.CONFLICT, "followUp.assess.childrenFirst");
    }

    @Test
    void outcomesAndAssessmentsOfAPeriodTheBoardApprovedAreLocked() {
        FollowUp followUp = throughToTheBoard();
        decide(followUp.getMatterId());
        runDueJobs(followUp);
        refused(() -> outcome(Role.CASE_OFFICER, followUp, "I02", "5"), HttpStatus.CONFLICT, "goal.report.approved");
        refused(() -> assess(followUp, "1.3.1", "INTE"), HttpStatus.CONFLICT, "goal.report.approved");
        refused(() -> assess(followUp, "1", "DELVIS"), HttpStatus.CONFLICT, "goal.report.approved");
    }

    @Test
    void theManagersDecisionOnMissingOutcomesIsRefusedWhenNothingIsMissing() {
        FollowUp followUp = start();
        refused(() -> as(Role.MANAGER, () -> followUps.continueWithoutMissing(followUp.getId(),
                reload(followUp).getVersion())), HttpStatus.CONFLICT, "followUp.notMissing");
    }

    @Test
    void anOutcomeForAnotherPeriodThanTheFollowUpsIsRefused() {
        FollowUp followUp = start();
        se.namndflode.goal.OutcomeForm form = new se.namndflode.goal.OutcomeForm();
        form.setIndicatorId(indicator("I02").getId());
        form.setPeriodCode("T2");
        form.setValue(java.math.BigDecimal.ONE);
        refused(() -> as(Role.CASE_OFFICER, () -> followUps.recordOutcome(followUp.getId(), form)),
                HttpStatus.UNPROCESSABLE_ENTITY, "followUp.period.other");
    }

    /**
     * The follow-up knows its period: the API's outcomes and assessments under it need no {@code periodCode} (the
     * follow-up's applies), accept the follow-up's own, and refuse another with 422 on the field, in Swedish, changing
     * nothing.
     */
    @Test
    void theApiTakesThePeriodFromTheFollowUpAndRefusesAnotherOnTheField() throws Exception {
        FollowUp followUp = start();
        RequestPostProcessor officerUser = user(new MunicipalityFixtures(organisationAdmin, accountService)
                .user(officer()));
        post(followUp, "outcomes", officerUser, "{\"indicatorId\": " + indicator("I02").getId()
                + ", \"value\": 3, \"forecastValue\": 3}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.periodCode").value("T1"));
        List<Object> before = footprint();
        refusedOnThePeriod(post(followUp, "outcomes", officerUser, "{\"indicatorId\": " + indicator("I03").getId()
                + ", \"periodCode\": \"T2\", \"value\": 85}"), "T2");
        assertThat(footprint()).isEqualTo(before);
        post(followUp, "outcomes", officerUser, "{\"indicatorId\": " + indicator("I03").getId()
                + ", \"periodCode\": \"T1\", \"value\": 85, \"forecastValue\": 85}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.periodCode").value("T1"));
        outcome(Role.MANAGER, followUp, "I01", "72");
        runDueJobs(followUp);

        post(followUp, "assessments", officerUser, "{\"goalId\": " + goal("1.3.1").getId()
                + ", \"rating\": \"HELT\", \"justification\": \"Väntetiden är inom målet.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.periodCode").value("T1"));
        before = footprint();
        refusedOnThePeriod(post(followUp, "assessments", officerUser, "{\"goalId\": " + goal("1.3.2").getId()
                + ", \"periodCode\": \"ANNUAL\", \"rating\": \"HELT\", \"justification\": \"Brukarna är trygga.\"}"),
                "ANNUAL");
        assertThat(footprint()).isEqualTo(before);
    }

    /** 422 on the field, in Swedish: the follow-up (started for T1) is of another period than the one given. */
    private static void refusedOnThePeriod(ResultActions response, String given) throws Exception {
        response.andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("periodCode"))
                .andExpect(jsonPath("$.detail").value("Uppföljningen gäller period T1, inte " + given + "."));
    }

    private ResultActions post(FollowUp followUp, String part, RequestPostProcessor caller, String body)
            throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/api/v1/follow-ups/" + followUp.getId() + "/" + part).with(caller).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
