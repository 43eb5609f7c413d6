package se.namndflode.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import se.namndflode.IntegrationTest;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.organisation.Accounts;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.Registry;
import se.namndflode.shared.security.Role;

/**
 * The task read model against the engine: after every kind of transition (create, claim, unclaim, complete,
 * reassignment, delete by write-off, timer) the model holds exactly the engine's open tasks of the listed subjects,
 * with their assignee and candidate roles; the answer-date timers' flags are in the lists at once; a rebuild from the
 * engine gives the same rows as the listeners wrote; the start pages' counts are the lists' totals.
 */
@IntegrationTest
class TaskModelTest {

    @Autowired
    TaskFixtures fixtures;
    @Autowired
    TaskList tasks;
    @Autowired
    TaskWork work;
    @Autowired
    TaskItems items;
    @Autowired
    TaskModel model;
    @Autowired
    TaskService engineTasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    ManagementService management;
    @Autowired
    BoardMatterProcess process;
    @Autowired
    Registry registry;
    @Autowired
    Accounts accounts;

    /**
     * The engine's open tasks (of processes with a municipality) as id → "key|assignee|roles", beside the model's
     * rows the same way: they must be equal.
     */
    private void assertModelEqualsEngine() {
        Map<String, String> engine = new TreeMap<>();
        for (Task task : engineTasks.createTaskQuery().list()) {
            if (task.getTenantId() == null || task.getProcessInstanceId() == null) {
                continue;
            }
            Set<String> roles = engineTasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(link -> link.getGroupId()).collect(Collectors.toCollection(TreeSet::new));
            engine.put(task.getId(), task.getTaskDefinitionKey() + "|" + task.getAssignee() + "|" + roles + "|"
                    + task.getTenantId());
        }
        Map<String, String> rows = new TreeMap<>();
        for (Map<String, Object> row : items.all()) {
            rows.put((String) row.get("TASK_ID"), row.get("TASK_KEY") + "|" + row.get("ASSIGNEE") + "|"
                    + row.get("ROLES") + "|" + row.get("MUNICIPALITY_CODE"));
        }
        assertThat(rows).isEqualTo(engine);
    }

    private List<Map<String, Object>> rowsOf(Matter matter) {
        return items.all().stream().filter(row -> Registry.MATTER.equals(row.get("SUBJECT_TYPE"))
                && matter.getId().equals(((Number) row.get("SUBJECT_ID")).longValue())).toList();
    }

    private Map<String, Object> rowOf(Matter matter) {
        List<Map<String, Object>> rows = rowsOf(matter);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void theModelIsTheEnginesTasksAfterEveryTransition() {
        Long board = fixtures.newBoard();
        String manager = fixtures.newAccount(Role.MANAGER);
        String officer = fixtures.newAccount(Role.CASE_OFFICER);
        String otherOfficer = fixtures.newAccount(Role.CASE_OFFICER);
        // create
        Matter matter = fixtures.register(board, "Remiss om modellen " + TaskFixtures.unique(), null);
        assertModelEqualsEngine();
        Task assign = fixtures.task(matter, "AssignCaseOfficer");
        assertThat(rowOf(matter)).containsEntry("ASSIGNEE", null).containsEntry("TASK_KEY", "AssignCaseOfficer");
        // claim, unclaim
        fixtures.as(manager, () -> tasks.claim(assign.getId()));
        assertModelEqualsEngine();
        assertThat(rowOf(matter)).containsEntry("ASSIGNEE", manager);
        fixtures.as(manager, () -> {
            tasks.unclaim(assign.getId());
            return null;
        });
        assertModelEqualsEngine();
        assertThat(rowOf(matter)).containsEntry("ASSIGNEE", null);
        // complete (through the application's service)
        fixtures.as(manager, () -> tasks.claim(assign.getId()));
        TaskCompletion choice = new TaskCompletion();
        choice.setCaseOfficer(officer);
        choice.setVersion(fixtures.as(manager, () -> work.matterVersion(assign.getId())));
        fixtures.as(manager, () -> work.complete(assign.getId(), choice));
        fixtures.runAsyncSteps(matter);
        assertModelEqualsEngine();
        assertThat(rowOf(matter)).containsEntry("TASK_KEY", "PrepareStaffReport").containsEntry("ASSIGNEE", officer)
                .containsEntry("CASE_OFFICER_ID", fixtures.user(officer).getAccountId());
        // reassignment: a new case officer takes the preparation over
        fixtures.as("registrator", () -> registry.assignCaseOfficer(matter.getId(),
                fixtures.user(otherOfficer).getAccountId(), registry.matter(matter.getId()).getVersion()));
        assertModelEqualsEngine();
        assertThat(rowOf(matter)).containsEntry("ASSIGNEE", otherOfficer)
                .containsEntry("CASE_OFFICER_ID", fixtures.user(otherOfficer).getAccountId());
        assertThat(fixtures.as(otherOfficer, () -> tasks.mine(new TaskFilter(board, null, null, null), 0))
                .getContent()).extracting(TaskRow::registryNumber)
                .containsExactly(matter.getRegistryNumber().toString());
        assertThat(fixtures.as(officer, () -> tasks.mine(new TaskFilter(board, null, null, null), 0))
                .getContent()).isEmpty();
        // delete by write-off
        fixtures.as(manager, () -> {
            process.writeOff(matter.getId(), "Remissen har återkallats");
            return null;
        });
        fixtures.runAsyncSteps(matter);
        assertThat(rowsOf(matter)).isEmpty();
        assertModelEqualsEngine();
    }

    @Test
    void theAnswerDateTimersSetTheFlagsInTheListsAtOnce() {
        Long board = fixtures.newBoard();
        String officer = fixtures.newAccount(Role.CASE_OFFICER);
        LocalDate answerDue = LocalDate.now().plusYears(1);
        Matter matter = fixtures.register(board, "Remiss med svarsdatum " + TaskFixtures.unique(),
                MatterKind.REFERRAL, answerDue, officer, false);
        TaskFilter overdue = new TaskFilter(board, null, TaskFilter.Due.OVERDUE, null);
        assertThat(rowOf(matter)).containsEntry("DUE_ON", java.sql.Date.valueOf(answerDue))
                .containsEntry("REMINDED", false).containsEntry("OVERDUE", false);

        management.executeJob(timer(matter, "AnswerDueReminder").getId());
        assertThat(rowOf(matter)).containsEntry("REMINDED", true).containsEntry("OVERDUE", false);
        Page<TaskRow> mine = fixtures.as(officer, () -> tasks.mine(new TaskFilter(board, null, null, null), 0));
        assertThat(mine.getContent()).singleElement().satisfies(row -> {
            assertThat(row.reminded()).isTrue();
            assertThat(row.overdue()).isFalse();
        });
        assertThat(fixtures.as(officer, () -> tasks.mine(overdue, 0)).getContent()).isEmpty();

        management.executeJob(timer(matter, "AnswerOverdue").getId());
        assertThat(rowOf(matter)).containsEntry("OVERDUE", true);
        assertThat(fixtures.as(officer, () -> tasks.mine(overdue, 0)).getContent()).singleElement()
                .satisfies(row -> assertThat(row.overdue()).isTrue());
        assertModelEqualsEngine();
    }

    @Test
    void aRebuildFromTheEngineGivesTheRowsTheListenersWrote() {
        Long board = fixtures.newBoard();
        String officer = fixtures.newAccount(Role.CASE_OFFICER);
        fixtures.register(board, "Fri remiss " + TaskFixtures.unique(), null);
        fixtures.register(board, "Sekretessärende " + TaskFixtures.unique(), MatterKind.REFERRAL,
                LocalDate.now().plusMonths(2), officer, true);
        Matter reminded = fixtures.register(board, "Påmint remiss " + TaskFixtures.unique(), MatterKind.REFERRAL,
                LocalDate.now().plusMonths(3), officer, false);
        management.executeJob(timer(reminded, "AnswerDueReminder").getId());
        fixtures.meeting(board, LocalDate.now().plusMonths(1));
        List<Map<String, Object>> incremental = items.all();
        assertThat(incremental).isNotEmpty();

        int written = model.rebuild();

        assertThat(written).isEqualTo(incremental.size());
        assertThat(items.all()).isEqualTo(incremental);
        assertModelEqualsEngine();
    }

    @Test
    void theStartPagesCountsAreTheListsTotals() {
        Long board = fixtures.newBoard();
        String officer = fixtures.newAccount(Role.CASE_OFFICER);
        String manager = fixtures.newAccount(Role.MANAGER);
        for (int i = 0; i < 3; i++) {
            fixtures.register(board, "Egen remiss " + i + " " + TaskFixtures.unique(), officer);
            fixtures.register(board, "Fri remiss " + i + " " + TaskFixtures.unique(), null);
        }
        fixtures.register(board, "Sekretess " + TaskFixtures.unique(), MatterKind.REPORT, null, null, true);
        for (String user : List.of(officer, manager, "registrator", "handlaggare", "chef", "sekreterare")) {
            fixtures.as(user, () -> {
                assertThat(tasks.countMine()).as(user + " mine").isEqualTo(tasks.mine(TaskFilter.NONE, 0)
                        .getTotalElements());
                assertThat(tasks.countGroup()).as(user + " group").isEqualTo(tasks.group(TaskFilter.NONE, 0)
                        .getTotalElements());
                return null;
            });
        }
        assertThat(fixtures.as(officer, () -> tasks.mine(new TaskFilter(board, null, null, null), 0))
                .getTotalElements()).isEqualTo(3);
        assertThat(fixtures.as(manager, () -> tasks.group(new TaskFilter(board, null, null, null), 0))
                .getTotalElements()).isEqualTo(4);
        assertThat(fixtures.as(manager, () -> tasks.group(new TaskFilter(board, null, null, null, Role.DIRECTOR), 0))
                .getTotalElements()).isZero();
    }

    private Job timer(Matter matter, String activity) {
        Job job = management.createJobQuery().activityId(activity).processInstanceId(
                process.progress(matter.getId()).orElseThrow().getProcessInstanceId()).singleResult();
        assertThat(job).as("timer " + activity).isNotNull();
        return job;
    }
}
