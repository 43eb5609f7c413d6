package se.namndflode.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.shared.security.Role;

/**
 * The assignment pages and API: who may do what (authorization before validation), Swedish refusals beside their
 * field with nothing saved, problem details on the API with 409 for a stale version, and the assignment tasks in Mina
 * uppgifter / Gruppens uppgifter with a link to the assignment.
 */
@IntegrationTest
class AssignmentWebTest extends AssignmentWebSupport {

    // --- Pages ------------------------------------------------------------------------------------------

    @Test
    void caseOfficersReadAnAssignmentButNotTheOverview() throws Exception {
        Assignment assignment = register("W1", kommun.user(Role.CASE_OFFICER));
        mvc.perform(get("/uppdrag").with(as(Role.CASE_OFFICER))).andExpect(status().isForbidden());
        mvc.perform(get("/uppdrag/" + assignment.getId()).with(as(Role.CASE_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(assignment.getText())))
                .andExpect(content().string(not(containsString("/uppdrag/" + assignment.getId() + "/andra"))));
        mvc.perform(get("/uppdrag/" + assignment.getId()).with(user(fixtures().user("chef"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aManagerRegistersOnTheFormAndAnEndBeforeTheStartIsRefusedBesideTheField() throws Exception {
        int before = rows("assignment", kommun.code());
        mvc.perform(post("/uppdrag/nytt").with(as(Role.MANAGER)).with(csrf())
                .param("boardId", kommun.boardId().toString()).param("reference", "W2")
                .param("source", "OPERATIONAL_PLAN").param("sourceYear", "2033").param("text", "Ta fram en plan")
                .param("startDate", "2033-03-01").param("endDate", "2033-02-01").param("reporting", "FOLLOW_UP_REPORT")
                .param("partners[0].name", "Region Stockholm").param("partners[0].relation", "i_samrad_med"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"endDate-error\"")))
                .andExpect(content().string(containsString("Slutdatumet 2033-02-01 är före startdatumet 2033-03-01.")));
        assertThat(rows("assignment", kommun.code())).isEqualTo(before);
        assertThat(rows("assignment_body", kommun.code())).as("no organisation created").isZero();

        mvc.perform(post("/uppdrag/nytt").with(as(Role.MANAGER)).with(csrf())
                .param("boardId", kommun.boardId().toString()).param("reference", "W2")
                .param("source", "OPERATIONAL_PLAN").param("sourceYear", "2033").param("text", "Ta fram en plan")
                .param("startDate", "2033-03-01").param("endDate", "2033-12-31").param("reporting", "FOLLOW_UP_REPORT")
                .param("partners[0].name", "Region Stockholm").param("partners[0].relation", "i_samrad_med"))
                .andExpect(status().is3xxRedirection());
        assertThat(rows("assignment", kommun.code())).isEqualTo(before + 1);
    }

    @Test
    void aDeviationWithoutTextIsRefusedBesideTheFieldAndNothingSaved() throws Exception {
        Assignment assignment = register("W3", kommun.user(Role.CASE_OFFICER));
        mvc.perform(post("/uppdrag/" + assignment.getId() + "/status").with(as(Role.CASE_OFFICER)).with(csrf())
                .param("status", "DEVIATION").param("text", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"text-error\"")))
                .andExpect(content().string(containsString("Beskriv avvikelsen: vad avviker, varför och vad görs.")));
        assertThat(jdbc.queryForObject("select count(*) from assignment_status_report where assignment_id = ?",
                Integer.class, assignment.getId())).isZero();

        mvc.perform(post("/uppdrag/" + assignment.getId() + "/status").with(as(Role.CASE_OFFICER)).with(csrf())
                .param("status", "ON_TRACK").param("text", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/uppdrag/" + assignment.getId()));
        assertThat(jdbc.queryForObject("select latest_status from assignment where id = ?", String.class,
                assignment.getId())).isEqualTo("ON_TRACK");
    }

    @Test
    void anExtensionWithoutAReasonIsRefusedBesideTheField() throws Exception {
        Assignment assignment = register("W4", kommun.user(Role.CASE_OFFICER));
        at(LocalDate.of(2033, 7, 4));
        runDueJobs(assignment);
        mvc.perform(get("/uppdrag/" + assignment.getId()).with(as(Role.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"overdue-badge\"")))
                .andExpect(content().string(containsString("Åtgärda försenat uppdrag")));
        mvc.perform(post("/uppdrag/" + assignment.getId() + "/atgard").with(as(Role.MANAGER)).with(csrf())
                .param("action", "EXTEND").param("newEndDate", "2033-09-30").param("reason", "")
                .param("version", String.valueOf(version(assignment))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reason-error\"")))
                .andExpect(content().string(containsString("Ange skälet till förlängningen.")));
        assertThat(jdbc.queryForObject("select end_date from assignment where id = ?", LocalDate.class,
                assignment.getId())).isEqualTo(LocalDate.of(2033, 6, 30));
    }

    @Test
    void theImportPageListsEveryRefusedRowOfADryRun() throws Exception {
        String file = """
                {"municipality": "%s", "board": "Socialnämnden i %s", "assignments": [
                 {"reference": "I1", "source": "OPERATIONAL_PLAN", "year": 2033, "text": "En", "start": "2033-01-01",
                  "end": "2033-13-01"},
                 {"reference": "I2", "source": "OPERATIONAL_PLAN", "year": 2033, "start": "2033-01-01",
                  "end": "2033-12-31"}]}""".formatted(kommun.code(), kommun.code());
        mvc.perform(post("/uppdrag/import").with(as(Role.MANAGER)).with(csrf()).param("text", file)
                .param("dryRun", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"refused-rows\"")))
                .andExpect(content().string(containsString("2033-13-01 är inget datum")))
                .andExpect(content().string(containsString("Skriv uppdragets exakta lydelse.")));
        assertThat(rows("assignment", kommun.code())).isZero();
    }

    @Test
    void theDemoManagersPagesShowSocialnamndensPlan() throws Exception {
        RequestPostProcessor chef = user(fixtures().user("chef"));
        Long k32 = jdbc.queryForObject("select id from assignment where municipality_code = 'stockholm' and "
                + "reference = 'VP2026-K32'", Long.class);
        mvc.perform(get("/uppdrag").with(chef)).andExpect(status().isOk())
                .andExpect(content().string(containsString("VP2026-")))
                .andExpect(content().string(containsString("1 av 3")));
        mvc.perform(get("/uppdrag").param("page", "2").param("scope", "ALL").with(chef)).andExpect(status().isOk());
        mvc.perform(get("/uppdrag/" + k32).with(chef)).andExpect(status().isOk())
                .andExpect(content().string(containsString("AB Familjebostäder")))
                .andExpect(content().string(containsString("i samråd med")))
                .andExpect(content().string(containsString("Per 2026-04-30")));
        mvc.perform(get("/uppdrag/" + k32 + "/andra").with(chef)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"VP2026-K32\"")));
        mvc.perform(get("/uppdrag/nytt").with(chef)).andExpect(status().isOk());
        mvc.perform(get("/uppdrag/import").with(chef)).andExpect(status().isOk());
        mvc.perform(get("/uppdrag").with(chef).param("lang", "en")).andExpect(status().isOk());
        mvc.perform(get("/start/chef").with(chef)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/uppdrag?overdue=true\"")));
        mvc.perform(get("/start/forvaltningschef").with(user(fixtures().user("forvaltningschef"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Uppdrag i riskzonen")));
    }

    // --- The task lists ---------------------------------------------------------------------------------

    @Test
    void theAssignmentTasksAreInTheTaskListsWithALinkToTheAssignment() throws Exception {
        Assignment unappointed = register("T1", null);
        mvc.perform(get("/uppgifter/grupp").with(as(Role.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Utse ansvarig för uppdrag")))
                .andExpect(content().string(containsString("href=\"/uppdrag/" + unappointed.getId() + "\"")));
        String taskId = jdbc.queryForObject("select id_ from act_ru_task where proc_inst_id_ = ?", String.class,
                unappointed.getProcessInstanceId());
        mvc.perform(get("/uppgifter/" + taskId).with(as(Role.MANAGER)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/uppdrag/" + unappointed.getId()));

        Assignment assigned = register("T2", kommun.user(Role.CASE_OFFICER));
        at(LocalDate.of(2033, 4, 30));
        runDueJobs(assigned);
        mvc.perform(get("/uppgifter").with(as(Role.CASE_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lämna statusrapport")))
                .andExpect(content().string(containsString("href=\"/uppdrag/" + assigned.getId() + "\"")))
                .andExpect(content().string(containsString("T2")));
        mvc.perform(get("/api/v1/tasks").with(as(Role.CASE_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].link").value("/uppdrag/" + assigned.getId()))
                .andExpect(jsonPath("$.items[0].registryNumber").value("T2"));
        String statusTask = jdbc.queryForObject("select id_ from act_ru_task where proc_inst_id_ = ?", String.class,
                assigned.getProcessInstanceId());
        mvc.perform(post("/api/v1/tasks/" + statusTask + "/complete").with(as(Role.CASE_OFFICER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value("Uppgiften görs på uppdragets sida."));
    }

    // --- API --------------------------------------------------------------------------------------------

    @Test
    void theApiRegistersAndAStaleVersionIsAConflict() throws Exception {
        String created = mvc.perform(post("/api/v1/assignments").with(as(Role.MANAGER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body("A1", 0)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.assignment.partners[0].relationName").value("i samråd med"))
                .andExpect(jsonPath("$.assignment.phase").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.openTasks").isEmpty())
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"assignment\":\\{\"id\":(\\d+).*", "$1"));
        long version = Long.parseLong(created.replaceAll(".*\"version\":(\\d+).*", "$1"));
        mvc.perform(put("/api/v1/assignments/" + id).with(as(Role.MANAGER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body("A1", version).replace("utreda",
                        "utreda och föreslå")))
                .andExpect(status().isOk());
        // The director read the same version and saves after the manager: refused, nothing of theirs saved.
        mvc.perform(put("/api/v1/assignments/" + id).with(as(Role.DIRECTOR)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body("A1", version).replace("2033-12-31",
                        "2033-11-30")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEM + "concurrent-change"));
        assertThat(jdbc.queryForObject("select end_date from assignment where id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.of(2033, 12, 31));
    }

    /** A null in the API's partner list is left out like a blank partner row of the page, never a server error. */
    @Test
    void aNullPartnerOnTheApiIsLeftOutLikeABlankRow() throws Exception {
        mvc.perform(post("/api/v1/assignments").with(as(Role.MANAGER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body("A4", 0).replace("\"partners\": [",
                        "\"partners\": [null, ")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.assignment.partners.length()").value(1))
                .andExpect(jsonPath("$.assignment.partners[0].organisation").value("Kommunstyrelsen"));
    }

    @Test
    void theApiAuthorizesBeforeItValidatesAndSaysWhyInSwedish() throws Exception {
        mvc.perform(post("/api/v1/assignments").with(as(Role.CASE_OFFICER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("fields"))));
        mvc.perform(post("/api/v1/assignments").with(as(Role.MANAGER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.reference").value("Fyll i det här fältet."));
        mvc.perform(post("/api/v1/assignments").with(as(Role.MANAGER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body("A2", 0).replace("\"Kommunstyrelsen\"",
                        "\"Socialnämnden i " + kommun.code() + "\"")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("partners"))
                .andExpect(jsonPath("$.detail").value(containsString("är redan ansvarig för uppdraget")));

        Assignment assignment = register("A3", kommun.user(Role.CASE_OFFICER));
        mvc.perform(post("/api/v1/assignments/" + assignment.getId() + "/status-reports").with(as(Role.MANAGER))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"ON_TRACK\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("Bara den som är ansvarig för uppdraget")));
        mvc.perform(post("/api/v1/assignments/" + assignment.getId() + "/status-reports")
                .with(as(Role.CASE_OFFICER)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"DEVIATION\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("text"));
        mvc.perform(post("/api/v1/assignments/" + assignment.getId() + "/status-reports")
                .with(as(Role.CASE_OFFICER)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"DEVIATION\", \"text\": \"Försenad upphandling.\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DEVIATION"));
        mvc.perform(get("/api/v1/assignments/" + assignment.getId()).with(user(fixtures().user("chef"))))
                .andExpect(status().isNotFound());
    }

    /**
     * The person-level and municipality checks come before the body is read: someone of the right role but not entitled
     * to this assignment gets 403, someone of another municipality 404, whatever the body; the entitled get the
     * body's refusal as before.
     */
    @Test
    void theSubjectIsCheckedBeforeTheBody() throws Exception {
        Assignment assignment = register("W5", kommun.user(Role.CASE_OFFICER));
        String base = "/api/v1/assignments/" + assignment.getId();
        RequestPostProcessor stockholm = user(fixtures().user("chef"));
        String badStatus = "{\"status\": \"FOO\"}";
        String badAction = "{\"action\": \"FOO\"}";
        postJson(base + "/status-reports", as(Role.MANAGER), badStatus).andExpect(status().isForbidden());
        postJson(base + "/status-reports", stockholm, badStatus).andExpect(status().isNotFound());
        postJson(base + "/status-reports", as(Role.CASE_OFFICER), badStatus).andExpect(status().isBadRequest());
        postJson(base + "/deviation-explanation", as(Role.MANAGER), "[").andExpect(status().isForbidden());
        postJson(base + "/deviation-explanation", stockholm, "[").andExpect(status().isNotFound());
        postJson(base + "/deviation-explanation", as(Role.CASE_OFFICER), "[").andExpect(status().isBadRequest());
        postJson(base + "/responsible", stockholm, "[").andExpect(status().isNotFound());
        postJson(base + "/responsible", as(Role.MANAGER), "[").andExpect(status().isBadRequest());
        postJson(base + "/overdue-action", stockholm, badAction).andExpect(status().isNotFound());

        // Overdue: the manager's task; the director may act only once it is escalated to them.
        at(LocalDate.of(2033, 7, 4));
        runDueJobs(assignment);
        postJson(base + "/overdue-action", as(Role.DIRECTOR), "{}").andExpect(status().isForbidden());
        postJson(base + "/overdue-action", as(Role.DIRECTOR), badAction).andExpect(status().isForbidden());
        postJson(base + "/overdue-action", stockholm, badAction).andExpect(status().isNotFound());
        postJson(base + "/overdue-action", as(Role.MANAGER), badAction).andExpect(status().isBadRequest());
    }

    private org.springframework.test.web.servlet.ResultActions postJson(String path, RequestPostProcessor who,
            String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(who)
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
