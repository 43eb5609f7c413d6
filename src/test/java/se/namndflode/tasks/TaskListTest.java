package se.namndflode.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.MunicipalityFixtures;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.Registry;
import se.namndflode.registry.RegistryNumber;
import se.namndflode.shared.security.Role;

/** "Mina uppgifter" and "Gruppens uppgifter": who sees which task, filters, order, pages, confidentiality. */
@IntegrationTest
class TaskListTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TaskFixtures fixtures;
    @Autowired
    TaskList tasks;
    @Autowired
    Registry registry;
    @Autowired
    ManagementService management;
    @Autowired
    OrganisationAdmin organisationAdmin;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor as(String username) {
        return user(fixtures.user(username));
    }

    private Page<TaskRow> mine(String username, TaskFilter filter, int page) {
        return fixtures.as(username, () -> tasks.mine(filter, page));
    }

    private Page<TaskRow> group(String username, TaskFilter filter) {
        return fixtures.as(username, () -> tasks.group(filter, 0));
    }

    private static TaskFilter board(Long boardId) {
        return new TaskFilter(boardId, null, null, null);
    }

    @Test
    void theCaseOfficerSeesTheirOwnTasksAndManagersTheGroupsFreeOnes() throws Exception {
        Long board = fixtures.newBoard();
        String officer = fixtures.newAccount(Role.CASE_OFFICER);
        String assignedTitle = "Remissvar om hemtjänst " + TaskFixtures.unique();
        String freeTitle = "Skrivelse om fritidsgårdar " + TaskFixtures.unique();
        Matter assigned = fixtures.register(board, assignedTitle, officer);
        Matter free = fixtures.register(board, freeTitle, null);

        assertThat(mine(officer, board(board), 0).getContent()).singleElement().satisfies(row -> {
            assertThat(row.activityId()).isEqualTo("PrepareStaffReport");
            assertThat(row.name()).isEqualTo("Skriv tjänsteutlåtande");
            assertThat(row.registryNumber()).isEqualTo(assigned.getRegistryNumber().toString());
            assertThat(row.title()).isEqualTo(assignedTitle);
            assertThat(row.kind()).isEqualTo(MatterKind.REPORT);
            assertThat(row.created()).isNotNull();
        });
        assertThat(group(officer, board(board))).isEmpty();
        assertThat(mine("chef", board(board), 0)).isEmpty();
        assertThat(group("chef", board(board)).getContent()).singleElement().satisfies(row -> {
            assertThat(row.activityId()).isEqualTo("AssignCaseOfficer");
            assertThat(row.matterId()).isEqualTo(free.getId());
        });
        assertThat(group("sekreterare", board(board))).isEmpty();
        assertThat(group("forvaltningschef", board(board))).isEmpty();

        mvc.perform(get("/uppgifter").param("boardId", board.toString()).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(assignedTitle)))
                .andExpect(content().string(containsString("Skriv tjänsteutlåtande")))
                .andExpect(content().string(not(containsString(freeTitle))));
        mvc.perform(get("/uppgifter/grupp").param("boardId", board.toString()).with(as("chef")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(freeTitle)))
                .andExpect(content().string(containsString("Ta uppgiften")))
                .andExpect(content().string(not(containsString(assignedTitle))));
        mvc.perform(get("/start/handlaggare").with(as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Mina uppgifter: 1")));
    }

    @Test
    @WithUserDetails("chef")
    void theNavigationLeadsStaffToTheirTasks() throws Exception {
        mvc.perform(get("/start/chef")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/uppgifter\"")))
                .andExpect(content().string(containsString("Mina uppgifter")));
        mvc.perform(get("/uppgifter/grupp")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Gruppens uppgifter")));
    }

    @Test
    void politiciansHaveNoTaskPages() throws Exception {
        mvc.perform(get("/uppgifter").with(as("ledamot"))).andExpect(status().isForbidden());
    }

    @Test
    void tasksAreFilteredSortedAndPaged() {
        Long board = fixtures.newBoard();
        String officer = fixtures.newAccount(Role.CASE_OFFICER);
        LocalDate today = LocalDate.now();
        List<Matter> matters = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            // Every third a report without an answer date; the others referrals, the last one due in two days.
            boolean referral = i % 3 != 0;
            matters.add(fixtures.register(board, "Ärende " + i + " " + TaskFixtures.unique(),
                    referral ? MatterKind.REFERRAL : MatterKind.REPORT,
                    referral ? today.plusDays(2 + 10L * (20 - i)) : null, officer, false));
        }

        Page<TaskRow> first = mine(officer, board(board), 0);
        assertThat(first.getTotalElements()).isEqualTo(22);
        assertThat(first.getContent()).hasSize(TaskList.PAGE_SIZE);
        assertThat(mine(officer, board(board), 1).getContent()).hasSize(2);

        List<TaskRow> all = new ArrayList<>(first.getContent());
        all.addAll(mine(officer, board(board), 1).getContent());
        assertThat(all).extracting(TaskRow::answerDue)
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.naturalOrder()));
        assertThat(all.get(21).answerDue()).isNull();
        assertThat(all.get(0).answerDue()).isEqualTo(today.plusDays(2));

        List<TaskRow> byNumber = mine(officer, new TaskFilter(board, null, null, TaskFilter.Sort.NUMBER), 0)
                .getContent();
        assertThat(byNumber).extracting(row -> RegistryNumber.parse(row.registryNumber()).serial()).isSorted();
        assertThat(byNumber.get(0).registryNumber()).isEqualTo(matters.get(0).getRegistryNumber().toString());
        assertThat(mine(officer, new TaskFilter(board, null, null, TaskFilter.Sort.CREATED), 0).getContent())
                .extracting(TaskRow::created).isSorted();

        assertThat(mine(officer, new TaskFilter(board, MatterKind.REPORT, null, null), 0).getContent())
                .hasSize(8).allSatisfy(row -> assertThat(row.kind()).isEqualTo(MatterKind.REPORT));
        assertThat(mine(officer, new TaskFilter(board, null, TaskFilter.Due.WITHIN_7_DAYS, null), 0).getContent())
                .singleElement().satisfies(row -> assertThat(row.answerDue()).isEqualTo(today.plusDays(2)));
        assertThat(mine(officer, new TaskFilter(fixtures.newBoard(), null, null, null), 0)).isEmpty();

        // The answer-date watch flags the matter overdue (its timers run here by hand).
        Matter soonest = matters.get(20);
        assertThat(mine(officer, new TaskFilter(board, null, TaskFilter.Due.OVERDUE, null), 0)).isEmpty();
        String instance = fixtures.task(soonest, "PrepareStaffReport").getProcessInstanceId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).activityId("AnswerDueReminder")
                .singleResult().getId());
        management.executeJob(management.createJobQuery().processInstanceId(instance).activityId("AnswerOverdue")
                .singleResult().getId());
        assertThat(mine(officer, new TaskFilter(board, null, TaskFilter.Due.OVERDUE, null), 0).getContent())
                .singleElement().satisfies(row -> {
                    assertThat(row.matterId()).isEqualTo(soonest.getId());
                    assertThat(row.overdue()).isTrue();
                    assertThat(row.reminded()).isTrue();
                });
    }

    /**
     * A task of a confidential matter whose work needs the content (dispatching the decision's extract) is listed to
     * a candidate who is not entitled to the matter as the register shows the matter (its number and "Sekretessbelagt
     * ärende", no answer date), with why it is not theirs to take, so that they know to ask for access; opening or
     * taking it is refused (403) as opening the matter is. Once given access, they see it whole.
     */
    @Test
    void aConfidentialMattersTaskIsShownMaskedToThoseNotEntitledAndWholeToThoseWhoAre() throws Exception {
        Long board = fixtures.newBoard();
        String secretary = fixtures.newAccount(Role.SECRETARY);
        String title = "Lex Sarah-utredning " + TaskFixtures.unique();
        Matter matter = fixtures.register(board, title, MatterKind.REPORT, null, "handlaggare", true);
        String number = matter.getRegistryNumber().toString();
        fixtures.drive(matter, "PrepareStaffReport", Map.of());
        fixtures.drive(matter, "ReviewStaffReport", Map.of("reviewOutcome", "APPROVED"));
        fixtures.drive(matter, "ApproveForBoard", Map.of("approvalOutcome", "APPROVED"));
        fixtures.decidedAtTodaysMeeting(matter);
        String taskId = fixtures.task(matter, "DispatchExtract").getId();

        assertThat(group(secretary, board(board)).getContent()).singleElement().satisfies(row -> {
            assertThat(row.registryNumber()).isEqualTo(number);
            assertThat(row.restricted()).isTrue();
            assertThat(row.isTakeable()).isFalse();
            assertThat(row.title()).isNull();
            assertThat(row.answerDue()).isNull();
        });
        assertThat(fixtures.as(secretary, () -> tasks.countGroup()))
                .isEqualTo(fixtures.as(secretary, () -> tasks.group(TaskFilter.NONE, 0).getTotalElements())
                        .intValue());
        mvc.perform(get("/uppgifter/grupp").param("boardId", board.toString()).with(as(secretary)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(title))))
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("Sekretessbelagt ärende")))
                .andExpect(content().string(containsString("Kräver åtkomst till ärendet")))
                .andExpect(content().string(not(containsString("/uppgifter/" + taskId + "/ta"))))
                .andExpect(content().string(not(containsString("href=\"/uppgifter/" + taskId + "\""))));
        mvc.perform(get("/api/v1/tasks").param("scope", "group").param("boardId", board.toString())
                        .with(as(secretary)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(title))))
                .andExpect(jsonPath("$.items[0].registryNumber").value(number))
                .andExpect(jsonPath("$.items[0].title").value("Sekretessbelagt ärende"))
                .andExpect(jsonPath("$.items[0].restricted").value(true));
        mvc.perform(get("/uppgifter/{id}", taskId).with(as(secretary)))
                .andExpect(status().isForbidden()).andExpect(content().string(not(containsString(title))))
                .andExpect(content().string(containsString(number + " Sekretessbelagt ärende")));
        mvc.perform(get("/api/v1/tasks/{id}", taskId).with(as(secretary)))
                .andExpect(status().isForbidden()).andExpect(content().string(not(containsString(title))))
                .andExpect(jsonPath("$.registryNumber").value(number));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/tasks/{id}/claim", taskId).with(as(secretary))
                        .with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isForbidden());
        assertThat(fixtures.task(matter, "DispatchExtract").getAssignee()).isNull();
        // Another municipality sees nothing of it.
        mvc.perform(get("/uppgifter/{id}", taskId).with(as("handlaggare.sjostad")))
                .andExpect(status().isNotFound());

        fixtures.as("chef", () -> {
            registry.grantAccess(matter.getId(), fixtures.user(secretary).getAccountId());
            return null;
        });

        assertThat(group(secretary, board(board)).getContent()).singleElement()
                .satisfies(row -> {
                    assertThat(row.title()).isEqualTo(title);
                    assertThat(row.restricted()).isFalse();
                });
        mvc.perform(get("/uppgifter/grupp").with(as(secretary)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(title)));
        mvc.perform(get("/api/v1/tasks").param("scope", "group").param("boardId", board.toString())
                        .with(as(secretary)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].title").value(title))
                .andExpect(jsonPath("$.items[0].name").value("Expediera protokollsutdrag"));
        mvc.perform(get("/uppgifter/{id}", taskId).with(as(secretary))).andExpect(status().isOk());
    }

    /**
     * A list of more tasks than {@link TaskList#COUNT_CAP} (a city's managers may have thousands of free ones) is
     * counted up to the cap and said to have more, alike on the list, in the API and on the start page. The rows are
     * written to the read model directly, of a municipality of the test's own, and removed afterwards.
     */
    @Test
    void aListOfMoreThanTheCapIsCountedAsMoreAlikeEverywhere() throws Exception {
        MunicipalityFixtures.TestMunicipality town = new MunicipalityFixtures(organisationAdmin, accounts)
                .create("SOF");
        String manager = town.user(Role.MANAGER);
        List<Object[]> rows = new ArrayList<>();
        for (int serial = 1; serial <= TaskList.COUNT_CAP + 5; serial++) {
            rows.add(new Object[] {town.code() + "-" + serial, MatterKind.REPORT.messageKey(), town.code(), serial,
                    "SOF 2026/" + serial, serial, "SOF-2026-" + serial, "Ärende " + serial, town.boardId()});
        }
        try {
            jdbc.batchUpdate("""
                    insert into task_item (task_id, process_instance_id, task_key, task_name, name_key, kind_key,
                      municipality_code, subject_type, subject_id, reference, number_prefix, number_year,
                      number_serial, url_number, title, board_id, board_name, matter_kind, created_at)
                    values (?, 'capped', 'AssignCaseOfficer', 'Fördela ärendet', 'task.AssignCaseOfficer', ?, ?,
                      'Matter', ?, ?, 'SOF', 2026, ?, ?, ?, ?, 'Socialnämnden', 'REPORT', current_timestamp)""",
                    rows);
            jdbc.batchUpdate("insert into task_item_role (task_id, role) values (?, 'MANAGER')",
                    rows.stream().map(row -> new Object[] {row[0]}).toList());

            assertThat(fixtures.as(manager, () -> tasks.countGroup())).isEqualTo(TaskList.COUNT_CAP + 1);
            Page<TaskRow> first = group(manager, TaskFilter.NONE);
            assertThat(first.getTotalElements()).isEqualTo(TaskList.COUNT_CAP + 1);
            assertThat(first.getContent()).hasSize(TaskList.PAGE_SIZE);
            mvc.perform(get("/api/v1/tasks").param("scope", "group").with(as(manager)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(TaskList.COUNT_CAP + 1))
                    .andExpect(jsonPath("$.moreItems").value(true));
            mvc.perform(get("/uppgifter/grupp").with(as(manager)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Fler än 2")))
                    .andExpect(content().string(containsString("000 uppgifter")));
            mvc.perform(get("/start/chef").with(as(manager)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Gruppens lediga uppgifter: fler än 2")));
            // Narrowed below the cap, the count is exact again.
            assertThat(group(manager, new TaskFilter(town.boardId(), null, TaskFilter.Due.OVERDUE, null))
                    .getTotalElements()).isZero();
            mvc.perform(get("/api/v1/tasks").param("scope", "mine").with(as(manager)))
                    .andExpect(jsonPath("$.total").value(0)).andExpect(jsonPath("$.moreItems").value(false));
        } finally {
            jdbc.update("delete from task_item_role where task_id in (select task_id from task_item"
                    + " where municipality_code = ?)", town.code());
            jdbc.update("delete from task_item where municipality_code = ?", town.code());
        }
    }
}
