package se.namndflode.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.MunicipalityFixtures;
import se.namndflode.goal.Assessment;
import se.namndflode.goal.AssessmentForm;
import se.namndflode.goal.FollowUpReport;
import se.namndflode.goal.OutcomeForm;
import se.namndflode.organisation.BoardForm;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.web.DomainException;

/**
 * Two boards of one municipality follow up T1 2026 at the same time. Each board's report is its own (its own
 * board matter, its own link), and the board's decision on one report locks that board's outcomes and
 * assessments only: the other board's stay editable on the pages, the API and the services, until its own
 * report is decided.
 */
@IntegrationTest
class FollowUpPerBoardTest extends FollowUpTestSupport {

    @Autowired
    MockMvc mvc;

    Long boardA;
    Long boardB;
    RequestPostProcessor officerUser;

    @BeforeEach
    void twoBoards() {
        setUpMunicipality();
        boardA = kommun.boardId();
        boardB = secondBoard();
        officerUser = user(new MunicipalityFixtures(organisationAdmin, accountService).user(officer()));
    }

    /** Äldrenämnden, beside the test's Socialnämnden, with a plan of goals 2, 2.3, 2.3.1, 2.3.2 and B01–B04. */
    Long secondBoard() {
        BoardForm form = new BoardForm();
        form.setMunicipalityId(kommun.id());
        form.setName("Äldrenämnden i " + kommun.code());
        form.setAdministrationId(jdbc.queryForObject("select administration_id from board where id = ?", Long.class,
                boardA));
        form.setMemberCount(9);
        Long id = organisationAdmin.saveBoard(form).getId();
        String plan = resource("/followup/plan.json").replace("@CODE@", kommun.code())
                .replace("@BOARD@", form.getName()).replace("@OWNER@", officer())
                .replace("\"number\": \"1", "\"number\": \"2").replace("\"parent\": \"1", "\"parent\": \"2")
                .replace("\"goal\": \"1", "\"goal\": \"2").replace("\"code\": \"I0", "\"code\": \"B0");
        as(Role.ADMIN, () -> imports.importFile(imports.read(plan), false));
        return id;
    }

    Optional<FollowUpReport> report(Long boardId) {
        return as(Role.CASE_OFFICER, () -> goals.report(kommun.code(), boardId, 2026,
                goals.period(kommun.code(), "T1")));
    }

    /** A goal reassessed on the goal module's service (as the goal page does), not through the follow-up. */
    Assessment assessDirectly(String number, String rating) {
        AssessmentForm form = assessmentForm(number, rating);
        return as(Role.CASE_OFFICER, () -> goals.assess(form));
    }

    void outcomeDirectly(String code, String value) {
        OutcomeForm form = new OutcomeForm();
        form.setIndicatorId(indicator(code).getId());
        form.setPeriodCode("T1");
        form.setValue(new BigDecimal(value));
        as(Role.CASE_OFFICER, () -> goals.outcome(indicator(code), goals.period(kommun.code(), "T1")))
                .ifPresent(existing -> form.setVersion(existing.getVersion()));
        as(Role.CASE_OFFICER, () -> goals.recordOutcome(form));
    }

    String outcomeValue(String code) {
        return jdbc.queryForObject("select o.outcome_value from outcome o join indicator i on o.indicator_id = i.id "
                + "where i.municipality_code = ? and i.code = ?", BigDecimal.class, kommun.code(), code)
                .stripTrailingZeros().toPlainString();
    }

    @Test
    void approvingOneBoardsReportLocksThatBoardAndLeavesTheOtherBoardEditable() throws Exception {
        // Both boards start T1 and take their reports to their board: each links its own report.
        FollowUp a = throughToTheBoard(boardA, "I", "1");
        FollowUp b = throughToTheBoard(boardB, "B", "2");
        assertThat(a.getState()).isEqualTo(FollowUpState.AWAITING_DECISION);
        assertThat(b.getState()).isEqualTo(FollowUpState.AWAITING_DECISION);
        assertThat(a.getMatterId()).isNotNull().isNotEqualTo(b.getMatterId());
        assertThat(report(boardA)).get().extracting(FollowUpReport::getMatterId).isEqualTo(a.getMatterId());
        assertThat(report(boardB)).get().extracting(FollowUpReport::getMatterId).isEqualTo(b.getMatterId());
        assertThat(jdbc.queryForObject("select count(*) from follow_up_report where municipality_code = ?",
                Integer.class, kommun.code())).isEqualTo(2);

        // Board A decides its report: A's period closes and is locked.
        decide(a.getMatterId());
        runDueJobs(a);
        assertThat(reload(a).getState()).isEqualTo(FollowUpState.APPROVED);
        assertThat(report(boardA)).get().extracting(FollowUpReport::isApproved).isEqualTo(true);
        assertThat(report(boardB)).get().extracting(FollowUpReport::isApproved).isEqualTo(false);
        assertThat(reload(b).getState()).isEqualTo(FollowUpState.AWAITING_DECISION);

        // A's outcomes and assessments are refused, and nothing changes.
        assertThatThrownBy(() -> outcomeDirectly("I02", "4")).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("goal.report.approved");
        assertThatThrownBy(() -> assessDirectly("1.3.1", "INTE")).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("goal.report.approved");
        assertThat(outcomeValue("I02")).isEqualTo("3");
        mvc.perform(post("/api/v1/follow-ups/" + a.getId() + "/outcomes").with(officerUser).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"indicatorId\": " + indicator("I03").getId()
                        + ", \"periodCode\": \"T1\", \"value\": 60, \"version\": 0}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type", containsString("goal-report-approved")));
        assertThat(outcomeValue("I03")).isEqualTo("85");
        // Another municipality's follow-up is not found before the body is read; its own officer gets the body's 400.
        for (String part : new String[] {"/outcomes", "/assessments"}) {
            mvc.perform(post("/api/v1/follow-ups/" + a.getId() + part).with(user(
                    new MunicipalityFixtures(organisationAdmin, accountService).user("handlaggare"))).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"periodCode\": [")).andExpect(status().isNotFound());
            mvc.perform(post("/api/v1/follow-ups/" + a.getId() + part).with(officerUser).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"periodCode\": [")).andExpect(status().isBadRequest());
        }

        // B's stay editable: an outcome corrected, a goal reassessed.
        outcomeDirectly("B02", "4");
        assertThat(outcomeValue("B02")).isEqualTo("4");
        assertThat(assessDirectly("2.3.1", "DELVIS").getRating()).isEqualTo("DELVIS");

        // The goal pages say which is locked: A's goal, not B's.
        mvc.perform(get("/mal/" + goal("1.3.1").getId()).param("period", "T1").with(officerUser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Uppföljningen är fastställd av nämnden och låst.")));
        mvc.perform(get("/mal/" + goal("2.3.1").getId()).param("period", "T1").with(officerUser))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("fastställd av nämnden och låst"))));

        // Then board B decides its own: now B is locked too.
        decide(b.getMatterId());
        runDueJobs(b);
        assertThat(reload(b).getState()).isEqualTo(FollowUpState.APPROVED);
        assertThatThrownBy(() -> outcomeDirectly("B02", "5")).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("goal.report.approved");
        assertThat(outcomeValue("B02")).isEqualTo("4");
    }

    @Test
    void aLockedBoardsProposalsStayWhileAnotherBoardsChangesRunTheTablesAgain() {
        FollowUp a = throughToTheBoard(boardA, "I", "1");
        FollowUp b = start(boardB);
        decide(a.getMatterId());
        runDueJobs(a);
        String boardAProposals = "select count(*) from rating_proposal p join goal g on p.subject_type = 'GOAL' and "
                + "p.subject_id = g.id where g.board_id = ?";
        int before = jdbc.queryForObject(boardAProposals, Integer.class, boardA);
        int boardBBefore = jdbc.queryForObject(boardAProposals, Integer.class, boardB);
        // A new version of the goal table (same rules, another file): every unlocked goal's proposal is made again
        // by it, and the deployment made a definition.
        assertThat(as(Role.ADMIN, () -> decisions.deploy(kommun.code(), "goal-rating.dmn",
                (resource("/dmn/stockholm/goal-rating.dmn") + "<!-- version 2 -->\n").getBytes(
                        java.nio.charset.StandardCharsets.UTF_8))).definitions()).isNotEmpty();

        allOutcomes(b, "B");

        assertThat(jdbc.queryForObject(boardAProposals, Integer.class, boardA)).isEqualTo(before);
        assertThat(jdbc.queryForObject(boardAProposals, Integer.class, boardB)).isGreaterThan(boardBBefore);
    }
}
