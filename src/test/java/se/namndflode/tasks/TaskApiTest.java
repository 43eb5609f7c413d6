package se.namndflode.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.matter.BoardOutcome;
import se.namndflode.registry.Matter;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.time.WorkingDayCalendar;

/** {@code /api/v1/tasks}: the lists, taking and completing, refusals as problem details. */
@IntegrationTest
class TaskApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TaskFixtures fixtures;
    @Autowired
    BoardMatterProcess process;

    private RequestPostProcessor as(String username) {
        return user(fixtures.user(username));
    }

    private ResultActions claim(String username, String taskId) throws Exception {
        return mvc.perform(post("/api/v1/tasks/{id}/claim", taskId).with(as(username)).with(csrf()));
    }

    private ResultActions complete(String username, String taskId, String json) throws Exception {
        return mvc.perform(post("/api/v1/tasks/{id}/complete", taskId).contentType(MediaType.APPLICATION_JSON)
                .content(json).with(as(username)).with(csrf()));
    }

    @Test
    void theListsAndTheSimpleTasksThroughTheApi() throws Exception {
        Long board = fixtures.newBoard();
        String officer = fixtures.newAccount(Role.CASE_OFFICER);
        String title = "Skrivelse om parkering " + TaskFixtures.unique();
        Matter matter = fixtures.register(board, title, null);
        String assign = fixtures.task(matter, "AssignCaseOfficer").getId();

        mvc.perform(get("/api/v1/tasks").param("scope", "group").param("boardId", board.toString())
                        .with(as("chef")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].taskId").value(assign))
                .andExpect(jsonPath("$.items[0].name").value("Fördela ärendet"))
                .andExpect(jsonPath("$.items[0].registryNumber").value(matter.getRegistryNumber().toString()))
                .andExpect(jsonPath("$.items[0].title").value(title));

        claim("chef", assign).andExpect(status().isOk()).andExpect(jsonPath("$.assignee").value("chef"));
        mvc.perform(get("/api/v1/tasks").param("scope", "mine").param("boardId", board.toString())
                        .with(as("chef")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].taskId").value(assign));
        // Fördela ärendet sends the matter's version as the manager read it (GET /api/v1/matters/{number}).
        Number version = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/matters/{number}",
                matter.getRegistryNumber().toUrl()).with(as("chef"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.version");
        complete("chef", assign, "{\"caseOfficer\":\"" + officer + "\", \"version\": " + version + "}")
                .andExpect(status().isOk());
        assertThat(fixtures.waitingIn(matter)).containsExactly("PrepareStaffReport");

        fixtures.drive(matter, "PrepareStaffReport", Map.of());
        String review = fixtures.task(matter, "ReviewStaffReport").getId();
        claim("chef", review).andExpect(status().isOk());
        complete("chef", review, "{\"outcome\":\"RETURNED\"}").andExpect(status().isUnprocessableEntity());
        fixtures.report(matter, "Nämnden godkänner.");
        complete("chef", review, "{\"outcome\":\"RETURNED\",\"comment\":\"Komplettera\"}")
                .andExpect(status().isOk());
        assertThat(fixtures.waitingIn(matter)).containsExactly("PrepareStaffReport");

        fixtures.drive(matter, "PrepareStaffReport", Map.of());
        fixtures.drive(matter, "ReviewStaffReport", Map.of("reviewOutcome", "APPROVED"));
        fixtures.drive(matter, "ApproveForBoard", Map.of("approvalOutcome", "APPROVED"));
        String agenda = fixtures.task(matter, "PlaceOnAgenda").getId();
        claim("sekreterare", agenda).andExpect(status().isOk());
        // Today's meeting, so that the board's decision may be recorded right after.
        Long meeting = fixtures.meeting(matter.getBoard().getId(), LocalDate.now(WorkingDayCalendar.STOCKHOLM)).getId();
        complete("sekreterare", agenda, "{\"meetingId\":" + meeting + "}").andExpect(status().isOk());
        assertThat(fixtures.waitingIn(matter)).containsExactly("AwaitBoardDecision");

        process.recordBoardOutcome(matter.getId(), BoardOutcome.DECIDED, null, true);
        fixtures.runAsyncSteps(matter);
        String dispatch = fixtures.task(matter, "DispatchExtract").getId();
        claim("sekreterare", dispatch).andExpect(status().isOk());
        mvc.perform(post("/api/v1/tasks/{id}/unclaim", dispatch).with(as("sekreterare")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assignee").doesNotExist());
        claim("sekreterare", dispatch).andExpect(status().isOk());
        complete("sekreterare", dispatch, "{}").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("recipients"));
        complete("sekreterare", dispatch, "{\"recipients\":\"Kommunstyrelsen; Revisionen\"}")
                .andExpect(status().isOk());
        fixtures.runAsyncSteps(matter);
        assertThat(fixtures.waitingIn(matter)).containsExactly("AppealPeriodEnds");
        assertThat(process.progress(matter.getId()).orElseThrow().getDispatchedAt()).isNotNull();
    }

    @Test
    void refusalsAreProblemDetailsInSwedish() throws Exception {
        Matter matter = fixtures.register(fixtures.newBoard(), "Remiss " + TaskFixtures.unique(), null);
        String assign = fixtures.task(matter, "AssignCaseOfficer").getId();

        complete("chef", assign, "{\"caseOfficer\":\"handlaggare\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://namndflode.se/problem/task-not-held"))
                .andExpect(jsonPath("$.detail").value(
                        "Uppgiften är inte din. Ta den först, eller be den som har den att lämna den."));
        claim("sekreterare", assign).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://namndflode.se/problem/task-not-candidate"));
        mvc.perform(get("/api/v1/tasks/{id}", "no-such-task").with(as("chef"))).andExpect(status().isNotFound());
        assertThat(fixtures.waitingIn(matter)).containsExactly("AssignCaseOfficer");
        assertThat(fixtures.audits(matter, TaskList.COMPLETED)).isZero();
    }
}
