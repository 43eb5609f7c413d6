package se.namndflode.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import se.namndflode.IntegrationTest;
import se.namndflode.Interleaving;
import se.namndflode.registry.Matter;
import se.namndflode.shared.security.Role;

/**
 * Two managers take the same free task at the same moment. The first one's claim is made and held
 * uncommitted while the second one's request runs: the second reads the task as free and its claim meets the
 * first's in the database (the engine's optimistic lock). The second gets the same 409 as when the task was
 * visibly taken already, on the API and on the page, and the first one's claim stands alone.
 */
@IntegrationTest
class ConcurrentClaimTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TaskFixtures fixtures;
    @Autowired
    TaskList tasks;
    @Autowired
    TaskService engineTasks;
    @Autowired
    PlatformTransactionManager transactions;

    private String freeManagerTask(Matter matter) {
        return fixtures.task(matter, "AssignCaseOfficer").getId();
    }

    /** Runs {@code second} while {@code first}'s claim of the task is made but not yet committed. */
    private ResultActions whileTheFirstClaimIsUncommitted(String first, String taskId,
            Callable<ResultActions> second) throws Exception {
        return Interleaving.whileUncommitted(transactions, () -> fixtures.as(first, () -> tasks.claim(taskId)),
                second);
    }

    private void onlyTheFirstClaimStands(Matter matter, String taskId, String first) {
        assertThat(engineTasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(first);
        assertThat(fixtures.audits(matter, TaskList.CLAIMED)).isEqualTo(1);
    }

    @Test
    void theSecondOfTwoSimultaneousClaimsThroughTheApiGetsTheTaskTakenProblem() throws Exception {
        String first = fixtures.newAccount(Role.MANAGER);
        String second = fixtures.newAccount(Role.MANAGER);
        Matter matter = fixtures.register(fixtures.newBoard(), "Skrivelse " + TaskFixtures.unique(), null);
        String taskId = freeManagerTask(matter);

        whileTheFirstClaimIsUncommitted(first, taskId, () -> mvc.perform(post("/api/v1/tasks/{id}/claim", taskId)
                .with(user(fixtures.user(second))).with(csrf())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://namndflode.se/problem/task-taken"))
                .andExpect(jsonPath("$.detail").value("Någon annan har redan tagit uppgiften."));

        onlyTheFirstClaimStands(matter, taskId, first);
        // The same problem as a claim that comes after the first one was committed.
        mvc.perform(post("/api/v1/tasks/{id}/claim", taskId).with(user(fixtures.user(second))).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://namndflode.se/problem/task-taken"));
    }

    @Test
    void theSecondOfTwoSimultaneousClaimsOnThePageIsToldInSwedish() throws Exception {
        String first = fixtures.newAccount(Role.MANAGER);
        String second = fixtures.newAccount(Role.MANAGER);
        Matter matter = fixtures.register(fixtures.newBoard(), "Skrivelse " + TaskFixtures.unique(), null);
        String taskId = freeManagerTask(matter);

        whileTheFirstClaimIsUncommitted(first, taskId, () -> mvc.perform(post("/uppgifter/{id}/ta", taskId)
                .with(user(fixtures.user(second))).with(csrf())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Någon annan har redan tagit uppgiften.")));

        onlyTheFirstClaimStands(matter, taskId, first);
    }
}
