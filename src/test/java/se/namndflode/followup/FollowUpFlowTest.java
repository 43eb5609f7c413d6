package se.namndflode.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.MunicipalityFixtures;
import se.namndflode.shared.security.Role;

/**
 * A T1 follow-up through the pages and the API, never completing engine tasks: the manager starts it, the owner
 * enters outcomes on the goal pages, the manager the last one through the API; the official assesses bottom-up
 * (a goal above refused until the goals below are decided), and the report becomes a board matter. After each step
 * the engine, the follow-up's and the goal's tables, the task lists and the audit agree.
 */
@IntegrationTest
class FollowUpFlowTest extends FollowUpTestSupport {

    @Autowired
    MockMvc mvc;

    RequestPostProcessor managerUser;
    RequestPostProcessor officerUser;

    @BeforeEach
    void municipality() {
        setUpMunicipality();
        MunicipalityFixtures fixtures = new MunicipalityFixtures(organisationAdmin, accountService);
        managerUser = user(fixtures.user(manager()));
        officerUser = user(fixtures.user(officer()));
    }

    List<String> tasksOf(FollowUp followUp) {
        return tasks.createTaskQuery().processInstanceId(followUp.getProcessInstanceId()).list().stream()
                .map(task -> task.getTaskDefinitionKey() + ":" + task.getAssignee()).sorted().toList();
    }

    List<String> audit(FollowUp followUp) {
        return jdbc.queryForList("select action from audit_event where entity_type = 'FollowUp' and entity_id = ? "
                + "order by id", String.class, followUp.getId().toString());
    }

    String state(FollowUp followUp) {
        return jdbc.queryForObject("select state from follow_up where id = ?", String.class, followUp.getId());
    }

    int assessments(String number) {
        return jdbc.queryForObject("select count(*) from assessment a join goal g on a.goal_id = g.id where "
                + "g.municipality_code = ? and g.goal_number = ?", Integer.class, kommun.code(), number);
    }

    void outcomeOnGoalPage(String code, String value) throws Exception {
        mvc.perform(post("/mal/indikatorer/" + indicator(code).getId() + "/utfall/T1").with(officerUser).with(csrf())
                .param("value", value).param("forecastValue", value).param("version", "0"))
                .andExpect(status().is3xxRedirection());
    }

    void assessOnGoalPage(String number, String rating) throws Exception {
        mvc.perform(post("/mal/" + goal(number).getId() + "/bedomning").with(officerUser).with(csrf())
                .param("periodCode", "T1").param("rating", rating).param("version", "0")
                .param("justification", "Bedömningen grundas på att indikatorerna når årsmålen."))
                .andExpect(status().is3xxRedirection());
    }

    /** The manager writes the Sammanfattande analys on the follow-up page; the report prints it; audited. */
    @Test
    void theManagerWritesTheSummaryAnalysisOnTheFollowUpPage() throws Exception {
        FollowUp followUp = start();
        mvc.perform(get("/uppfoljning/" + followUp.getId()).with(managerUser)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"summary-analysis\"")));
        mvc.perform(post("/uppfoljning/" + followUp.getId() + "/analys").with(officerUser).with(csrf())
                .param("summaryAnalysis", "Nej").param("version", String.valueOf(followUp.getVersion())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/uppfoljning/" + followUp.getId() + "/analys").with(managerUser).with(csrf())
                .param("summaryAnalysis", "Nämnden har arbetat i enlighet med målen.")
                .param("version", String.valueOf(followUp.getVersion())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/uppfoljning/" + followUp.getId() + "/rapport").with(managerUser))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "<p>Nämnden har arbetat i enlighet med målen.</p>")));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'FOLLOW_UP_SUMMARY_WRITTEN'"
                + " and entity_id = ?", Integer.class, String.valueOf(followUp.getId()))).isEqualTo(1);
    }

    /** A refused change on the follow-up page says why with its values filled in ("högst 8 000 tecken"). */
    @Test
    void aRefusalOnTheFollowUpPageGivesItsLimit() throws Exception {
        FollowUp followUp = start();
        var refused = mvc.perform(post("/uppfoljning/" + followUp.getId() + "/analys").with(managerUser)
                        .with(csrf()).param("summaryAnalysis", "a".repeat(8001))
                        .param("version", String.valueOf(followUp.getVersion())))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) refused.getFlashMap().get("refusal")).startsWith("Texten är för lång: högst 8")
                .endsWith("000 tecken.").doesNotContain("{0}");
        // The page the redirect leads to, in the same session (the flash attribute is kept there).
        mvc.perform(get("/uppfoljning/" + followUp.getId()).with(managerUser)
                        .cookie(refused.getResponse().getCookies()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Texten är för lång: högst 8")));
    }

    @Test
    void aManagerStartsT1OwnersEnterOutcomesOfficialsAssessBottomUpAndTheReportBecomesABoardMatter()
            throws Exception {
        // 1. The manager starts T1 on the follow-up page.
        mvc.perform(post("/uppfoljning").with(managerUser).with(csrf()).param("boardId", kommun.boardId().toString())
                .param("planYear", "2026").param("periodCode", "T1").param("deadline", DEADLINE.toString()))
                .andExpect(status().is3xxRedirection());
        FollowUp followUp = as(Role.MANAGER, () -> followUps.followUps().get(0));
        assertThat(state(followUp)).isEqualTo("COLLECTING_OUTCOMES");
        assertThat(tasksOf(followUp)).containsExactly("EnterOutcomes:" + manager(), "EnterOutcomes:" + officer());
        assertThat(audit(followUp)).containsExactly("FOLLOW_UP_STARTED");
        mvc.perform(get("/uppgifter").with(officerUser)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lämna utfall")))
                .andExpect(content().string(containsString("href=\"/uppfoljning/" + followUp.getId() + "\"")));
        mvc.perform(get("/uppfoljning/" + followUp.getId()).with(officerUser)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"enter-I02\"")))
                .andExpect(content().string(not(containsString("id=\"enter-I01\""))));

        // 2. The owner enters I02 and I03 on the goal pages: their task closes, the manager's stays.
        outcomeOnGoalPage("I02", "3");
        assertThat(tasksOf(followUp)).hasSize(2);
        outcomeOnGoalPage("I03", "85");
        assertThat(tasksOf(followUp)).containsExactly("EnterOutcomes:" + manager());
        assertThat(jdbc.queryForObject("select count(*) from outcome o join indicator i on o.indicator_id = i.id "
                + "where i.municipality_code = ?", Integer.class, kommun.code())).isEqualTo(2);
        mvc.perform(get("/uppgifter").with(officerUser))
                .andExpect(content().string(not(containsString("href=\"/uppfoljning/" + followUp.getId() + "\""))));

        // 3. The manager enters I01 through the API; the job executor opens the nämndmål.
        mvc.perform(post("/api/v1/follow-ups/" + followUp.getId() + "/outcomes").with(managerUser).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"indicatorId\": " + indicator("I01").getId()
                        + ", \"periodCode\": \"T1\", \"value\": 72, \"forecastValue\": 73}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.measured").value(true));
        runDueJobs(followUp);
        assertThat(tasksOf(followUp)).containsExactly("AssessGoal:null", "AssessGoal:null");
        assertThat(state(followUp)).isEqualTo("ASSESSING");
        assertThat(audit(followUp)).containsExactly("FOLLOW_UP_STARTED", "FOLLOW_UP_LEVEL_OPENED");
        mvc.perform(get("/uppgifter/grupp").with(officerUser)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bedöm mål")))
                .andExpect(content().string(containsString("href=\"/uppfoljning/" + followUp.getId() + "\"")));
        mvc.perform(get("/uppfoljning/" + followUp.getId()).with(officerUser)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bedöm 1.3.1")))
                .andExpect(content().string(not(containsString("Bedöm 1.3<"))));

        // 4. Assessing 1.3 before its goals is refused on the goal page, and nothing is saved.
        mvc.perform(post("/mal/" + goal("1.3").getId() + "/bedomning").with(officerUser).with(csrf())
                .param("periodCode", "T1").param("rating", "HELT").param("version", "0")
                .param("justification", "För tidigt."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("bedöms när målen under det är bedömda")));
        assertThat(assessments("1.3")).isZero();
        assertThat(tasksOf(followUp)).containsExactly("AssessGoal:null", "AssessGoal:null");

        // 5. The nämndmål, then 1.3 (page) and 1 (API): the report is compiled and registered as a board matter.
        assessOnGoalPage("1.3.1", "HELT");
        assessOnGoalPage("1.3.2", "HELT");
        assertThat(tasksOf(followUp)).isEmpty();
        runDueJobs(followUp);
        assertThat(tasksOf(followUp)).containsExactly("AssessGoal:null");
        assessOnGoalPage("1.3", "HELT");
        runDueJobs(followUp);
        mvc.perform(post("/api/v1/follow-ups/" + followUp.getId() + "/assessments").with(officerUser).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"goalId\": " + goal("1").getId()
                        + ", \"periodCode\": \"T1\", \"rating\": \"HELT\", \"justification\": \"Målen nås.\"}"))
                .andExpect(status().isOk());
        runDueJobs(followUp);
        assertThat(tasksOf(followUp)).isEmpty();
        assertThat(waitingIn(followUp)).containsExactly("AwaitBoardDecision");
        assertThat(state(followUp)).isEqualTo("AWAITING_DECISION");
        assertThat(audit(followUp)).containsExactly("FOLLOW_UP_STARTED", "FOLLOW_UP_LEVEL_OPENED",
                "FOLLOW_UP_LEVEL_OPENED", "FOLLOW_UP_LEVEL_OPENED", "FOLLOW_UP_STATUS_GATHERED", "FOLLOW_UP_COMPILED",
                "FOLLOW_UP_MATTER_REGISTERED");
        mvc.perform(get("/api/v1/follow-ups/" + followUp.getId()).with(officerUser)).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("AWAITING_DECISION"))
                .andExpect(jsonPath("$.reportTitle").value("Tertialrapport 1 2026"))
                .andExpect(jsonPath("$.goals[0].decided").value(true));
        mvc.perform(get("/api/v1/follow-ups/" + followUp.getId() + "/report").with(officerUser))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Tertialrapport 1 2026"));
        mvc.perform(get("/api/v1/follow-ups/" + followUp.getId() + "/report.pdf").with(officerUser))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(get("/uppfoljning/" + followUp.getId() + "/rapport").with(officerUser))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Tertialrapport 1 2026")));
        mvc.perform(get("/arenden").with(managerUser)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tertialrapport 1 2026")));

        // 6. A second T1 of the board is refused, and nothing changes.
        int before = jdbc.queryForObject("select count(*) from follow_up", Integer.class);
        mvc.perform(post("/api/v1/follow-ups").with(managerUser).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"boardId\": " + kommun.boardId() + ", \"planYear\": 2026, \"periodCode\": \"T1\", "
                        + "\"deadline\": \"" + DEADLINE + "\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type", containsString("follow-up-exists")))
                .andExpect(jsonPath("$.detail", containsString("redan startad")));
        assertThat(jdbc.queryForObject("select count(*) from follow_up", Integer.class)).isEqualTo(before);
        assertThat(audit(followUp)).hasSize(7);
    }
}
