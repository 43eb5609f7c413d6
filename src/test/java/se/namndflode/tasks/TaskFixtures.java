package se.namndflode.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.matter.BoardOutcome;
import se.namndflode.matter.StaffReportForm;
import se.namndflode.matter.StaffReportHeading;
import se.namndflode.matter.StaffReports;
import se.namndflode.meeting.Meeting;
import se.namndflode.meeting.Meetings;
import se.namndflode.organisation.AccountForm;
import se.namndflode.EngineJobs;
import se.namndflode.SignedIn;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.AdministrationForm;
import se.namndflode.organisation.BoardForm;
import se.namndflode.organisation.BoardKind;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterForm;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.Registry;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * What the task tests set up: a board with a series of its own (so that a test's lists can be filtered to its
 * own matters on a shared database), accounts of their own, matters registered through the registry (which
 * starts the process), staff reports, and the engine's tasks.
 */
@TestComponent
class TaskFixtures {

    private final OrganisationAdmin admin;
    private final Accounts accounts;
    private final Registry registry;
    private final StaffReports staffReports;
    private final BoardMatterProcess process;
    private final TaskService engineTasks;
    private final JdbcTemplate jdbc;
    private final EngineJobs jobs;
    private final Meetings meetings;

    TaskFixtures(OrganisationAdmin admin, Accounts accounts, Registry registry, StaffReports staffReports,
            BoardMatterProcess process, TaskService engineTasks, JdbcTemplate jdbc, EngineJobs jobs,
            Meetings meetings) {
        this.jobs = jobs;
        this.meetings = meetings;
        this.admin = admin;
        this.accounts = accounts;
        this.registry = registry;
        this.staffReports = staffReports;
        this.process = process;
        this.engineTasks = engineTasks;
        this.jdbc = jdbc;
    }

    static String unique() {
        StringBuilder text = new StringBuilder("T");
        for (int i = 0; i < 7; i++) {
            text.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return text.toString();
    }

    private Long stockholm() {
        return jdbc.queryForObject("select id from municipality where code = 'stockholm'", Long.class);
    }

    /** A new board of Stockholms stad with a series prefix of its own. */
    Long newBoard() {
        String prefix = unique();
        AdministrationForm administration = new AdministrationForm();
        administration.setMunicipalityId(stockholm());
        administration.setName("Uppgiftsförvaltning " + prefix);
        administration.setRegistryPrefix(prefix);
        Long administrationId = admin.saveAdministration(administration).getId();
        BoardForm board = new BoardForm();
        board.setMunicipalityId(stockholm());
        board.setKind(BoardKind.BOARD);
        board.setName("Uppgiftsnämnd " + prefix);
        board.setAdministrationId(administrationId);
        board.setMemberCount(9);
        return admin.saveBoard(board).getId();
    }

    /** A planned meeting of the board on the day (at 18:00), for the agenda step to choose. */
    Meeting meeting(Long boardId, LocalDate day) {
        return meetings.plan(boardId, day, java.time.LocalTime.of(18, 0), "Sammanträdesrummet");
    }

    /** A new account of Stockholms stad with the given role. */
    String newAccount(Role role) {
        String username = "uppg." + unique().toLowerCase();
        AccountForm form = new AccountForm();
        form.setUsername(username);
        form.setDisplayName("Testperson " + username);
        form.setPassword("testlosenord-123");
        form.setRoles(EnumSet.of(role));
        form.setMunicipalityIds(Set.of(stockholm()));
        accounts.save(form);
        return username;
    }

    SignedInUser user(String username) {
        return accounts.loadUserByUsername(username);
    }

    <T> T as(String username, Supplier<T> action) {
        return SignedIn.as(user(username), action);
    }

    /** Registers a matter as the registrar; with a case officer it starts in PrepareStaffReport. */
    Matter register(Long boardId, String title, MatterKind kind, LocalDate answerDue, String caseOfficer,
            boolean confidential) {
        MatterForm form = new MatterForm();
        form.setBoardId(boardId);
        form.setKind(kind);
        form.setTitle(title);
        form.setSender("Kommunstyrelsen");
        form.setAnswerDue(answerDue);
        form.setCaseOfficerId(caseOfficer == null ? null : user(caseOfficer).getAccountId());
        if (confidential) {
            form.setConfidential(true);
            form.setConfidentialityGround("OSL 26 kap. 1 §");
        }
        return as("registrator", () -> registry.registerMatter(form));
    }

    Matter register(Long boardId, String title, String caseOfficer) {
        return register(boardId, title, MatterKind.REPORT, null, caseOfficer, false);
    }

    /** Saves a staff report for the matter (with the given decision points, one per line; may be blank). */
    void report(Matter matter, String decisionPoints) {
        StaffReportForm form = staffReports.find(matter.getId()).map(StaffReportForm::of)
                .orElseGet(StaffReportForm::new);
        form.setMatterId(matter.getId());
        form.setTitle("Tjänsteutlåtande om " + matter.getTitle());
        form.setReportDate(LocalDate.now());
        form.setDecisionPoints(decisionPoints);
        form.setSummary("Förvaltningen föreslår att nämnden godkänner.");
        staffReports.save(form, new StaffReportHeading(matter.getRegistryNumber().toString(),
                matter.getBoard().getName(), "Förvaltningen", "Handläggare", "stockholm"));
    }

    Task task(Matter matter, String activity) {
        Task task = engineTasks.createTaskQuery().processInstanceId(process.progress(matter.getId()).orElseThrow()
                .getProcessInstanceId()).taskDefinitionKey(activity).singleResult();
        assertThat(task).as("task " + activity).isNotNull();
        return task;
    }

    /** Completes a task straight in the engine (to get a matter to a later step). */
    void drive(Matter matter, String activity, Map<String, Object> variables) {
        engineTasks.complete(task(matter, activity).getId(), variables);
    }

    /**
     * Gets a matter waiting in "Anmäl till sammanträde" to "Expediera protokollsutdrag": put on a meeting of today by
     * the registrar (entitled to every matter), its agenda task completed, the board's decision recorded.
     */
    void decidedAtTodaysMeeting(Matter matter) {
        Long meeting = meeting(matter.getBoard().getId(), LocalDate.now(WorkingDayCalendar.STOCKHOLM)).getId();
        as("registrator", () -> meetings.placeOnAgenda(matter.getId(), meeting, null));
        drive(matter, "PlaceOnAgenda", Map.of());
        process.recordBoardOutcome(matter.getId(), BoardOutcome.DECIDED, null, true);
        runAsyncSteps(matter);
    }

    /** Where the main flow waits (the answer-date watch left out). */
    List<String> waitingIn(Matter matter) {
        return process.waitingIn(matter.getId()).stream()
                .filter(activity -> !BoardMatterProcess.ANSWER_DATE_WATCH.contains(activity)).toList();
    }

    /** Runs the steps behind the model's transaction boundaries, as the job executor would right after. */
    void runAsyncSteps(Matter matter) {
        jobs.runAsyncSteps(matter.getId());
    }

    /** The matter's version in the database now: what its page or API read shows, and a change sends back. */
    long version(Matter matter) {
        return jdbc.queryForObject("select version from matter where id = ?", Long.class, matter.getId());
    }

    long audits(Matter matter, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Matter' and entity_id = ? "
                + "and action = ?", Long.class, matter.getId().toString(), action);
    }
}
