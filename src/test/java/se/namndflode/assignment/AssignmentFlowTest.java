package se.namndflode.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.MunicipalityFixtures.TestMunicipality;
import se.namndflode.shared.security.Role;

/**
 * The manager's journey through the pages, never completing engine tasks: the overview filtered to one board, the
 * overdue assignment, reassigning it; then the new responsible person explains the deviation from Mina uppgifter.
 * After each step the engine, the assignment's tables, the task lists and the audit agree.
 */
@IntegrationTest
class AssignmentFlowTest extends AssignmentTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    TaskService tasks;

    List<String> tasksOf(Assignment assignment) {
        return tasks.createTaskQuery().processInstanceId(assignment.getProcessInstanceId()).list().stream()
                .map(task -> task.getTaskDefinitionKey() + ":" + task.getAssignee()).sorted().toList();
    }

    List<String> audit(Assignment assignment) {
        return jdbc.queryForList("select action from audit_event where entity_type = 'Assignment' and entity_id = ? "
                + "order by id", String.class, assignment.getId().toString());
    }

    @Test
    void aManagerFindsAnOverdueAssignmentOfOneBoardReassignsItAndTheNewPersonExplainsTheDeviation() throws Exception {
        at(LocalDate.of(2034, 1, 9));
        TestMunicipality kommun = municipality();
        String first = kommun.user(Role.CASE_OFFICER);
        String second = fixtures().account(kommun.code() + ".ny", EnumSet.of(Role.CASE_OFFICER), Set.of(kommun.id()));
        RequestPostProcessor manager = user(fixtures().user(kommun.user(Role.MANAGER)));
        RequestPostProcessor newPerson = user(fixtures().user(second));
        AssignmentForm late = form(kommun, "F1");
        late.setSourceYear(2034);
        late.setStartDate(LocalDate.of(2034, 1, 1));
        late.setEndDate(LocalDate.of(2034, 3, 31));
        late.setResponsible(first);
        Assignment assignment = asManager(kommun, () -> assignments.create(late));
        AssignmentForm onTime = form(kommun, "F2");
        onTime.setSourceYear(2034);
        onTime.setStartDate(LocalDate.of(2034, 1, 1));
        onTime.setEndDate(LocalDate.of(2034, 12, 31));
        onTime.setResponsible(first);
        asManager(kommun, () -> assignments.create(onTime));

        at(LocalDate.of(2034, 4, 2));
        runDueJobs(assignment);
        assertThat(tasksOf(assignment)).containsExactly("ActOnOverdue:null", "ExplainDeviation:" + first);
        assertThat(audit(assignment)).containsExactly("ASSIGNMENT_CREATED", "REMINDED", "OVERDUE");

        // The overview, filtered to the board and to overdue assignments: only F1.
        mvc.perform(get("/uppdrag").param("boardId", kommun.boardId().toString()).param("overdue", "true")
                .with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-reference=\"F1\"")))
                .andExpect(content().string(not(containsString("data-reference=\"F2\""))))
                .andExpect(content().string(containsString("Försenade: 1")));
        // Drilling into it: overdue, the unexplained deviation, the manager's action.
        mvc.perform(get("/uppdrag/" + assignment.getId()).with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"overdue-badge\"")))
                .andExpect(content().string(containsString("Förklaring saknas")))
                .andExpect(content().string(containsString("Åtgärda försenat uppdrag")));

        mvc.perform(post("/uppdrag/" + assignment.getId() + "/atgard").with(manager).with(csrf())
                .param("action", "REASSIGN").param("responsible", second).param("reason", "Ny handläggare.")
                .param("version", String.valueOf(version(assignment))))
                .andExpect(status().is3xxRedirection());
        runDueJobs(assignment);

        // Engine, tables, task lists and audit agree.
        assertThat(tasksOf(assignment)).containsExactly("ExplainDeviation:" + second);
        assertThat(runtime.getVariable(assignment.getProcessInstanceId(), "responsible")).isEqualTo(second);
        assertThat(jdbc.queryForMap("select responsible, overdue_since, phase from assignment where id = ?",
                assignment.getId())).containsEntry("RESPONSIBLE", second)
                .containsEntry("OVERDUE_SINCE", java.sql.Date.valueOf(LocalDate.of(2034, 4, 1)))
                .containsEntry("PHASE", "IN_PROGRESS");
        assertThat(audit(assignment)).endsWith("REASSIGNED");
        mvc.perform(get("/uppgifter").with(newPerson))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Förklara avvikelsen")))
                .andExpect(content().string(containsString("href=\"/uppdrag/" + assignment.getId() + "\"")));
        mvc.perform(get("/uppgifter").with(user(fixtures().user(first))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/uppdrag/" + assignment.getId() + "\""))));

        // The new person explains the deviation on the assignment's page.
        mvc.perform(post("/uppdrag/" + assignment.getId() + "/forklaring").with(newPerson).with(csrf())
                .param("text", "Tog över i april; klart i maj."))
                .andExpect(status().is3xxRedirection());
        assertThat(tasksOf(assignment)).isEmpty();
        assertThat(jdbc.queryForObject("select text from assignment_status_report where assignment_id = ? and "
                + "automatic = true", String.class, assignment.getId())).isEqualTo("Tog över i april; klart i maj.");
        assertThat(audit(assignment)).endsWith("REASSIGNED", "DEVIATION_EXPLAINED");
        mvc.perform(get("/uppgifter").with(newPerson))
                .andExpect(content().string(not(containsString("href=\"/uppdrag/" + assignment.getId() + "\""))));
        Task none = tasks.createTaskQuery().processInstanceId(assignment.getProcessInstanceId()).singleResult();
        assertThat(none).isNull();
    }
}
