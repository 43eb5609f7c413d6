package se.namndflode.followup;

import se.namndflode.BoardDecisions;
import se.namndflode.EngineJobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.MovableClock;
import se.namndflode.MunicipalityFixtures;
import se.namndflode.MunicipalityFixtures.TestMunicipality;
import se.namndflode.SignedIn;
import se.namndflode.goal.AssessmentForm;
import se.namndflode.goal.Goal;
import se.namndflode.goal.GoalModelImport;
import se.namndflode.goal.Goals;
import se.namndflode.goal.Indicator;
import se.namndflode.goal.OutcomeForm;
import se.namndflode.goal.RatingDecisions;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * What the follow-up tests share: a municipality of each test's own with a board whose 2026 plan has three levels
 * (1, 1.3, 1.3.1 and 1.3.2), Stockholm's rating tables, the case officer owning I02 and I03 (I01 has no owner: the
 * manager enters it; I04 is yearly, not in T1), the clock on a Monday after T1, acting as a role, running the
 * follow-up's jobs, and taking its board matter through the board.
 */
abstract class FollowUpTestSupport {

    /** Monday 4 May 2026, after T1 (per 30 April); the deadline is Friday 15 May. */
    static final LocalDate STARTED = LocalDate.of(2026, 5, 4);
    static final LocalDate DEADLINE = LocalDate.of(2026, 5, 15);

    @Autowired
    OrganisationAdmin organisationAdmin;
    @Autowired
    Accounts accountService;
    @Autowired
    GoalModelImport imports;
    @Autowired
    RatingDecisions decisions;
    @Autowired
    Goals goals;
    @Autowired
    FollowUps followUps;
    @Autowired
    MovableClock clock;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    BoardMatterProcess boardMatters;
    @Autowired
    JdbcTemplate jdbc;

    TestMunicipality kommun;

    /** A municipality with the plan and the rating tables, the clock at 09:00 on the start day. */
    void setUpMunicipality() {
        at(STARTED, LocalTime.of(9, 0));
        kommun = new MunicipalityFixtures(organisationAdmin, accountService).create("SOF");
        String boardName = jdbc.queryForObject("select name from board where id = ?", String.class, kommun.boardId());
        String plan = resource("/followup/plan.json").replace("@CODE@", kommun.code()).replace("@BOARD@", boardName)
                .replace("@OWNER@", officer());
        as(Role.ADMIN, () -> imports.importFile(imports.read(plan), false));
        as(Role.ADMIN, () -> decisions.deploy(kommun.code(), "indicator-rating.dmn",
                bytes("/dmn/stockholm/indicator-rating.dmn")));
        as(Role.ADMIN, () -> decisions.deploy(kommun.code(), "goal-rating.dmn", bytes("/dmn/stockholm/goal-rating.dmn")));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void at(LocalDate day, LocalTime time) {
        clock.setInstant(ZonedDateTime.of(day, time, WorkingDayCalendar.STOCKHOLM).toInstant());
    }

    String officer() {
        return kommun.user(Role.CASE_OFFICER);
    }

    String manager() {
        return kommun.user(Role.MANAGER);
    }

    <T> T as(Role role, Supplier<T> work) {
        return SignedIn.as(new MunicipalityFixtures(organisationAdmin, accountService).user(kommun.user(role)), work);
    }

    FollowUp start() {
        return start(kommun.boardId());
    }

    FollowUp start(Long boardId) {
        return as(Role.MANAGER, () -> followUps.start(new FollowUpForm(boardId, 2026, "T1", DEADLINE)));
    }

    FollowUp reload(FollowUp followUp) {
        return as(Role.MANAGER, () -> followUps.followUp(followUp.getId()));
    }

    Goal goal(String number) {
        return as(Role.CASE_OFFICER, () -> goals.goal(kommun.code(), 2026, number).orElseThrow());
    }

    /** An indicator of the municipality's 2026 plans (of any board) by its code. */
    Indicator indicator(String code) {
        return as(Role.CASE_OFFICER, () -> goals.goals(2026).stream()
                .flatMap(goal -> goals.indicators(goal).stream()).filter(found -> found.getCode().equals(code))
                .findFirst().orElseThrow());
    }

    /** The indicator's outcome for T1 entered by a role through the follow-up, as the page and the API do. */
    void outcome(Role role, FollowUp followUp, String code, String value) {
        OutcomeForm form = new OutcomeForm();
        form.setIndicatorId(indicator(code).getId());
        form.setPeriodCode("T1");
        form.setValue(new BigDecimal(value));
        form.setForecastValue(new BigDecimal(value));
        as(role, () -> followUps.recordOutcome(followUp.getId(), form));
    }

    /** Every outcome of T1 entered by its owner: I02 and I03 by the officer, I01 by the manager. */
    void allOutcomes(FollowUp followUp) {
        allOutcomes(followUp, "I");
    }

    /** The same for a plan whose indicator codes start with another letter ("B01"). */
    void allOutcomes(FollowUp followUp, String codeLetter) {
        outcome(Role.CASE_OFFICER, followUp, codeLetter + "02", "3");
        outcome(Role.CASE_OFFICER, followUp, codeLetter + "03", "85");
        outcome(Role.MANAGER, followUp, codeLetter + "01", "72");
    }

    /** The official's assessment of a goal through the follow-up: the proposal taken, or a rating justified. */
    void assess(FollowUp followUp, String number, String rating) {
        AssessmentForm form = assessmentForm(number, rating);
        as(Role.CASE_OFFICER, () -> followUps.assess(followUp.getId(), form));
    }

    /** An assessment of a goal for T1, justified, carrying the version of the goal's assessment if it has one. */
    AssessmentForm assessmentForm(String number, String rating) {
        Goal goal = goal(number);
        AssessmentForm form = new AssessmentForm();
        form.setGoalId(goal.getId());
        form.setPeriodCode("T1");
        form.setRating(rating);
        form.setJustification("Bedömningen grundas på att indikatorerna når årsmålen.");
        as(Role.CASE_OFFICER, () -> goals.assessment(goal, goals.period(kommun.code(), "T1")))
                .ifPresent(existing -> form.setVersion(existing.getVersion()));
        return form;
    }

    /** Runs the follow-up's jobs that are due by the engine's clock (timers, steps after a boundary) until none is. */
    int runDueJobs(FollowUp followUp) {
        return new EngineJobs(management, runtime).runDueJobsOf(followUp.getProcessInstanceId());
    }

    void moveTo(FollowUp followUp, LocalDate day, LocalTime time) {
        at(day, time);
        runDueJobs(followUp);
    }

    List<String> waitingIn(FollowUp followUp) {
        return runtime.getActiveActivityIds(followUp.getProcessInstanceId()).stream().sorted().toList();
    }

    List<Task> open(FollowUp followUp, String activity) {
        return tasks.createTaskQuery().processInstanceId(followUp.getProcessInstanceId())
                .taskDefinitionKey(activity).list();
    }

    /** The goals (numbers, sorted) whose assessment task is open. */
    List<String> assessmentTasks(FollowUp followUp) {
        return open(followUp, "AssessGoal").stream().map(task -> (Long) runtime.getVariable(task.getExecutionId(),
                "goalId")).map(id -> as(Role.CASE_OFFICER, () -> goals.goal(id)).getNumber()).sorted().toList();
    }

    boolean ended(FollowUp followUp, String endEvent) {
        return runtime.createProcessInstanceQuery().processInstanceId(followUp.getProcessInstanceId()).count() == 0
                && history.createHistoricActivityInstanceQuery().processInstanceId(followUp.getProcessInstanceId())
                        .activityId(endEvent).count() == 1;
    }

    int audited(FollowUp followUp, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where entity_type = 'FollowUp' and "
                + "entity_id = ? and action = ?", Integer.class, followUp.getId().toString(), action);
    }

    /** All outcomes in and every goal assessed bottom-up, its jobs run: the report is a board matter. */
    FollowUp throughToTheBoard() {
        return throughToTheBoard(kommun.boardId(), "I", "1");
    }

    /** The same for a board whose plan's codes start with {@code codeLetter} and goal numbers with {@code top}. */
    FollowUp throughToTheBoard(Long boardId, String codeLetter, String top) {
        FollowUp followUp = start(boardId);
        allOutcomes(followUp, codeLetter);
        runDueJobs(followUp);
        assess(followUp, top + ".3.1", "HELT");
        assess(followUp, top + ".3.2", "HELT");
        runDueJobs(followUp);
        assess(followUp, top + ".3", "HELT");
        runDueJobs(followUp);
        assess(followUp, top, "HELT");
        runDueJobs(followUp);
        return reload(followUp);
    }

    /** Takes the report matter through the board: staff report, decision, justering and notice. */
    void decide(Long matterId) {
        new BoardDecisions(jdbc, tasks, boardMatters).decide(matterId, kommun.code(), officer());
    }

    static String resource(String path) {
        try (InputStream in = FollowUpTestSupport.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String path) {
        return resource(path).getBytes(StandardCharsets.UTF_8);
    }
}
