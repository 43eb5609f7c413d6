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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import se.namndflode.IntegrationTest;
import se.namndflode.Interleaving;
import se.namndflode.SignedIn;
import se.namndflode.shared.security.Role;

/**
 * Two managers change the same assignment at once, each from the assignment as they saw it (its version): its
 * responsible person, the action on it once overdue, its fields and dates — through the API, on the assignment's
 * page and on its edit form, and at the very same moment. The first one's change stands; the second is refused with
 * 409 and told what stands now (the responsible person and end date; on the API also in {@code current}), and
 * nothing of theirs is saved: not the assignment, not the process, not an audit event. A change without a version is
 * a bad request.
 */
@IntegrationTest
class AssignmentConcurrencyTest extends AssignmentWebSupport {

    @Autowired
    PlatformTransactionManager transactions;

    String officer;
    String director;
    /** A second manager of the municipality, who works from the same page as the first. */
    String otherManager;

    @BeforeEach
    void twoManagers() {
        officer = kommun.user(Role.CASE_OFFICER);
        director = kommun.user(Role.DIRECTOR);
        otherManager = fixtures().account(kommun.code() + ".chef2", EnumSet.of(Role.MANAGER), Set.of(kommun.id()));
    }

    RequestPostProcessor asOtherManager() {
        return user(fixtures().user(otherManager));
    }

    String name(String username) {
        return fixtures().user(username).getDisplayName();
    }

    /** The assignment's audit events, oldest first (their actions). */
    List<String> audit(Assignment assignment) {
        return jdbc.queryForList("select action from audit_event where entity_type = 'Assignment' and entity_id = ? "
                + "order by id", String.class, assignment.getId().toString());
    }

    static List<String> plus(List<String> events, String... added) {
        List<String> all = new ArrayList<>(events);
        all.addAll(List.of(added));
        return all;
    }

    String responsibleOf(Assignment assignment) {
        return jdbc.queryForObject("select responsible from assignment where id = ?", String.class,
                assignment.getId());
    }

    LocalDate endOf(Assignment assignment) {
        return jdbc.queryForObject("select end_date from assignment where id = ?", LocalDate.class,
                assignment.getId());
    }

    /** An assignment past its end date (30 June 2033) on 4 July: overdue, waiting for the manager's action. */
    Assignment overdue(String reference) {
        Assignment assignment = register(reference, officer);
        at(LocalDate.of(2033, 7, 4));
        runDueJobs(assignment);
        assertThat(assignments.openTasks(assignment.getId())).contains("ActOnOverdue");
        return assignment;
    }

    MockHttpServletRequestBuilder api(Assignment assignment, String action, String json) {
        return post("/api/v1/assignments/" + assignment.getId() + "/" + action).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    static String reassign(String responsible, Long version) {
        return "{\"responsible\": \"" + responsible + "\"" + (version == null ? "" : ", \"version\": " + version)
                + "}";
    }

    static String extend(String newEnd, Long version) {
        return "{\"action\": \"EXTEND\", \"newEndDate\": \"" + newEnd + "\", \"reason\": \"Väntar på kommunstyrelsen.\""
                + (version == null ? "" : ", \"version\": " + version) + "}";
    }

    // --- API ------------------------------------------------------------------------------------------------

    @Test
    void theApiRefusesTheSecondOfTwoReassignmentsFromTheSameVersionAndTheFirstStands() throws Exception {
        Assignment assignment = register("C1", officer);
        long seen = version(assignment);
        List<String> before = audit(assignment);

        mvc.perform(api(assignment, "responsible", reassign(otherManager, seen)).with(as(Role.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignment.responsible").value(otherManager));
        mvc.perform(api(assignment, "responsible", reassign(director, seen)).with(asOtherManager()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEM + "concurrent-change"))
                .andExpect(jsonPath("$.detail").value(containsString(
                        "Någon annan har ändrat uppdraget C1 medan du arbetade, och din ändring är inte sparad.")))
                .andExpect(jsonPath("$.detail").value(containsString("Ansvarig nu: " + name(otherManager) + ".")))
                .andExpect(jsonPath("$.current.responsible").value(otherManager))
                .andExpect(jsonPath("$.current.responsibleName").value(name(otherManager)))
                .andExpect(jsonPath("$.current.endDate").value("2033-06-30"))
                .andExpect(jsonPath("$.current.version").value(version(assignment)));

        assertThat(responsibleOf(assignment)).isEqualTo(otherManager);
        assertThat(runtime.getVariable(assignment.getProcessInstanceId(), "responsible")).isEqualTo(otherManager);
        assertThat(audit(assignment)).isEqualTo(plus(before, "REASSIGNED"));
    }

    @Test
    void theApiRefusesAnOverdueActionOnAnAssignmentAnotherManagerActedOnMeanwhile() throws Exception {
        Assignment assignment = overdue("C2");
        long seen = version(assignment);
        List<String> before = audit(assignment);

        mvc.perform(api(assignment, "overdue-action", extend("2033-09-30", seen)).with(as(Role.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignment.endDate").value("2033-09-30"));
        mvc.perform(api(assignment, "overdue-action", "{\"action\": \"REASSIGN\", \"responsible\": \"" + director
                        + "\", \"version\": " + seen + "}").with(asOtherManager()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEM + "concurrent-change"))
                .andExpect(jsonPath("$.detail").value(containsString("Slutdatum nu: 2033-09-30.")))
                .andExpect(jsonPath("$.current.endDate").value("2033-09-30"))
                .andExpect(jsonPath("$.current.responsible").value(officer));

        assertThat(endOf(assignment)).isEqualTo(LocalDate.of(2033, 9, 30));
        assertThat(responsibleOf(assignment)).isEqualTo(officer);
        assertThat(runtime.getVariable(assignment.getProcessInstanceId(), "responsible")).isEqualTo(officer);
        assertThat(audit(assignment)).isEqualTo(plus(before, "EXTENDED"));
    }

    @Test
    void theApiRefusesAChangeOfTheFieldsFromAStaleVersionWithWhatStandsNow() throws Exception {
        Assignment assignment = register("C3", officer);
        long seen = version(assignment);
        List<String> before = audit(assignment);
        String asSeen = body("C3", seen).replace("\"COUNCIL_ACTIVITY\"", "\"OPERATIONAL_PLAN\"")
                .replace("\"BOARD_MATTER\"", "\"FOLLOW_UP_REPORT\"");

        mvc.perform(put("/api/v1/assignments/" + assignment.getId()).with(as(Role.MANAGER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(asSeen.replace("2033-12-31", "2033-10-31")))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/assignments/" + assignment.getId()).with(asOtherManager()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(asSeen.replace("utreda", "utreda och föreslå")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Slutdatum nu: 2033-10-31.")))
                .andExpect(jsonPath("$.current.endDate").value("2033-10-31"));

        assertThat(endOf(assignment)).isEqualTo(LocalDate.of(2033, 10, 31));
        assertThat(jdbc.queryForObject("select text from assignment where id = ?", String.class, assignment.getId()))
                .doesNotContain("föreslå");
        assertThat(audit(assignment)).isEqualTo(plus(before, "ASSIGNMENT_UPDATED"));
    }

    @Test
    void aChangeWithoutAVersionIsABadRequestAndChangesNothing() throws Exception {
        Assignment overdue = overdue("C4");
        long version = version(overdue);
        List<Integer> footprint = footprint(kommun.code());

        mvc.perform(api(overdue, "responsible", reassign(otherManager, null)).with(as(Role.MANAGER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEM + "version-required"))
                .andExpect(jsonPath("$.field").value("version"))
                .andExpect(jsonPath("$.detail").value(containsString("Ange vilken version du utgick från")));
        mvc.perform(api(overdue, "overdue-action", extend("2033-09-30", null)).with(as(Role.MANAGER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEM + "version-required"));
        mvc.perform(put("/api/v1/assignments/" + overdue.getId()).with(as(Role.MANAGER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("C4", 0).replace(", \"version\": 0", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEM + "version-required"));
        // Who may not change the assignment is told so first, with or without a version.
        mvc.perform(api(overdue, "responsible", reassign(otherManager, null)).with(as(Role.CASE_OFFICER)))
                .andExpect(status().isForbidden());

        assertThat(version(overdue)).isEqualTo(version);
        assertThat(footprint(kommun.code())).isEqualTo(footprint);
        assertThat(assignments.openTasks(overdue.getId())).contains("ActOnOverdue");
    }

    // --- Pages ----------------------------------------------------------------------------------------------

    @Test
    void theSecondManagerOnTheAssignmentPageIsToldWhoIsResponsibleNowAndNothingChanges() throws Exception {
        Assignment assignment = register("C5", officer);
        String seen = String.valueOf(version(assignment));
        mvc.perform(get("/uppdrag/" + assignment.getId()).with(asOtherManager()))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + seen + "\"")));
        List<String> before = audit(assignment);

        mvc.perform(post("/uppdrag/" + assignment.getId() + "/ansvarig").with(as(Role.MANAGER)).with(csrf())
                        .param("responsible", otherManager).param("reason", "").param("version", seen))
                .andExpect(redirectedUrl("/uppdrag/" + assignment.getId()));
        String now = String.valueOf(version(assignment));
        mvc.perform(post("/uppdrag/" + assignment.getId() + "/ansvarig").with(asOtherManager()).with(csrf())
                        .param("responsible", director).param("reason", "").param("version", seen))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString(
                        "Någon annan har ändrat uppdraget C5 medan du arbetade, och din ändring är inte sparad.")))
                .andExpect(content().string(containsString("Ansvarig nu: " + name(otherManager) + ".")))
                // The page shows the assignment as it is now; its forms carry the version now.
                .andExpect(content().string(containsString("id=\"responsible\">" + name(otherManager) + "<")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + now + "\"")))
                .andExpect(content().string(not(containsString("name=\"version\" value=\"" + seen + "\""))));

        assertThat(responsibleOf(assignment)).isEqualTo(otherManager);
        assertThat(audit(assignment)).isEqualTo(plus(before, "REASSIGNED"));
    }

    @Test
    void theSecondManagerActingOnAnOverdueAssignmentIsToldItWasExtendedAndNothingChanges() throws Exception {
        Assignment assignment = overdue("C6");
        String seen = String.valueOf(version(assignment));
        List<String> before = audit(assignment);

        mvc.perform(post("/uppdrag/" + assignment.getId() + "/atgard").with(as(Role.MANAGER)).with(csrf())
                        .param("action", "EXTEND").param("newEndDate", "2033-09-30")
                        .param("reason", "Väntar på kommunstyrelsen.").param("version", seen))
                .andExpect(redirectedUrl("/uppdrag/" + assignment.getId()));
        mvc.perform(post("/uppdrag/" + assignment.getId() + "/atgard").with(asOtherManager()).with(csrf())
                        .param("action", "REASSIGN").param("responsible", director).param("reason", "")
                        .param("version", seen))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Någon annan har ändrat uppdraget C6 medan du arbetade")))
                .andExpect(content().string(containsString("Ansvarig nu: " + name(officer) + ".")))
                .andExpect(content().string(containsString("Slutdatum nu: 2033-09-30.")));

        assertThat(endOf(assignment)).isEqualTo(LocalDate.of(2033, 9, 30));
        assertThat(responsibleOf(assignment)).isEqualTo(officer);
        assertThat(audit(assignment)).isEqualTo(plus(before, "EXTENDED"));
    }

    MockHttpServletRequestBuilder edit(Assignment assignment, String seen, String text, String end) {
        return post("/uppdrag/" + assignment.getId() + "/andra").with(csrf())
                .param("boardId", kommun.boardId().toString()).param("reference", assignment.getReference())
                .param("source", "OPERATIONAL_PLAN").param("sourceYear", "2033").param("text", text)
                .param("startDate", "2033-01-01").param("endDate", end).param("responsible", officer)
                .param("reporting", "FOLLOW_UP_REPORT").param("version", seen);
    }

    @Test
    void theSecondEditFromTheSameVersionComesBackFilledWithWhatStandsNow() throws Exception {
        Assignment assignment = register("C7", officer);
        String seen = String.valueOf(version(assignment));
        mvc.perform(get("/uppdrag/" + assignment.getId() + "/andra").with(asOtherManager()))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + seen + "\"")));
        List<String> before = audit(assignment);

        mvc.perform(edit(assignment, seen, assignment.getText(), "2033-10-31").with(as(Role.MANAGER)))
                .andExpect(redirectedUrl("/uppdrag/" + assignment.getId()));
        mvc.perform(edit(assignment, seen, "En annan lydelse av uppdraget", "2033-06-30").with(asOtherManager()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Någon annan har ändrat uppdraget C7 medan du arbetade")))
                .andExpect(content().string(containsString("Slutdatum nu: 2033-10-31.")))
                .andExpect(content().string(containsString("value=\"2033-10-31\"")))
                .andExpect(content().string(not(containsString("En annan lydelse av uppdraget"))))
                .andExpect(content().string(containsString(
                        "name=\"version\" value=\"" + version(assignment) + "\"")));

        assertThat(endOf(assignment)).isEqualTo(LocalDate.of(2033, 10, 31));
        assertThat(jdbc.queryForObject("select text from assignment where id = ?", String.class, assignment.getId()))
                .isEqualTo(assignment.getText());
        assertThat(audit(assignment)).isEqualTo(plus(before, "ASSIGNMENT_UPDATED"));
    }

    // --- At the very same moment ------------------------------------------------------------------------------

    /**
     * The first manager's reassignment is written and held uncommitted while the second one's request, from the
     * same version, runs: the second waits for the first, then is refused naming the first's choice.
     */
    @Test
    void theSecondOfTwoSimultaneousReassignmentsWaitsForTheFirstAndIsRefused() throws Exception {
        Assignment assignment = register("C8", officer);
        long seen = version(assignment);
        List<String> before = audit(assignment);

        Interleaving.whileUncommitted(transactions,
                () -> SignedIn.as(fixtures().user(kommun.user(Role.MANAGER)), () -> assignments.reassign(
                        assignment.getId(), new ReassignForm(otherManager, "Omfördelat", seen))),
                () -> mvc.perform(api(assignment, "responsible", reassign(director, seen)).with(asOtherManager())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEM + "concurrent-change"))
                .andExpect(jsonPath("$.current.responsible").value(otherManager));

        assertThat(responsibleOf(assignment)).isEqualTo(otherManager);
        assertThat(runtime.getVariable(assignment.getProcessInstanceId(), "responsible")).isEqualTo(otherManager);
        assertThat(audit(assignment)).isEqualTo(plus(before, "REASSIGNED"));
    }
}
