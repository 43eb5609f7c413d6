package se.namndflode.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.IntegrationTest;
import se.namndflode.registry.MatterForm;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.MatterStatus;
import se.namndflode.registry.Registry;
import se.namndflode.shared.time.WorkingDayCalendar;
import se.namndflode.shared.web.DomainException;

/** Every path of {@code bpmn/board-matter.bpmn}, driven through the engine's API and the process facade. */
@IntegrationTest
class BoardMatterProcessTest {

    /** A remiss always has an answer date; one far off keeps its timers out of the way. */
    private static final LocalDate NO_DEADLINE = LocalDate.now().plusYears(5);

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Autowired
    BoardMatterProcess process;
    @Autowired
    Registry registry;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MatterProgressRepository progressRepository;

    /** Registers a remiss in Socialnämnden; registration starts the process (business key: its number). */
    private String matter(LocalDate answerDue, String caseOfficer) {
        return matter(MatterKind.REFERRAL, answerDue, caseOfficer);
    }

    private String matter(MatterKind kind, LocalDate answerDue, String caseOfficer) {
        return registry.registerMatter(form(kind, answerDue, caseOfficer)).getRegistryNumber().toString();
    }

    /** A remiss taken over from an earlier register, registered {@code daysAgo} days ago. */
    private String matterRegisteredDaysAgo(int daysAgo) {
        return registry.importMatter(form(MatterKind.REFERRAL, LocalDate.now().plusYears(1), "handlaggare"),
                OffsetDateTime.now(WorkingDayCalendar.STOCKHOLM).minusDays(daysAgo)).getRegistryNumber().toString();
    }

    private MatterForm form(MatterKind kind, LocalDate answerDue, String caseOfficer) {
        MatterForm form = new MatterForm();
        form.setBoardId(jdbc.queryForObject("select id from board where name = 'Socialnämnden'", Long.class));
        form.setKind(kind);
        form.setTitle("Remiss " + NEXT.incrementAndGet());
        form.setSender("Kommunstyrelsen");
        form.setAnswerDue(answerDue);
        form.setCaseOfficerId(caseOfficer == null ? null
                : jdbc.queryForObject("select id from user_account where username = ?", Long.class, caseOfficer));
        return form;
    }

    private Task task(String number, String activity) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(activity)
                .singleResult();
        assertThat(task).as("task " + activity).isNotNull();
        return task;
    }

    private void complete(String number, String activity, Map<String, Object> variables) {
        tasks.complete(task(number, activity).getId(), variables);
    }

    private void complete(String number, String activity) {
        complete(number, activity, Map.of());
    }

    /** Where the main flow waits; the answer-date watch (timers in a branch of its own) is left out. */
    private List<String> waitingIn(String number) {
        return process.waitingIn(id(number)).stream()
                .filter(activity -> !activity.equals("AnswerDueReminder") && !activity.equals("AnswerOverdue"))
                .toList();
    }

    private boolean ended(String number, String endEvent) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count() == 0
                && history.createHistoricActivityInstanceQuery().activityId(endEvent)
                        .processInstanceId(history.createHistoricProcessInstanceQuery()
                                .processInstanceBusinessKey(number).singleResult().getId()).count() == 1;
    }

    private List<Job> timers(String number) {
        return management.createJobQuery().processInstanceId(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(number).singleResult().getId()).timers().list();
    }

    private Job timer(String number, String activity) {
        Job job = management.createJobQuery().activityId(activity).processInstanceId(runtime
                .createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId())
                .singleResult();
        assertThat(job).as("timer " + activity).isNotNull();
        return job;
    }

    private Long id(String number) {
        return progressRepository.findByRegistryNumber(number).orElseThrow().getMatterId();
    }

    private MatterProgress progress(String number) {
        return process.progress(id(number)).orElseThrow();
    }

    private void throughToTheBoard(String number) {
        complete(number, "PrepareStaffReport");
        complete(number, "ReviewStaffReport", Map.of("reviewOutcome", "APPROVED"));
        complete(number, "ApproveForBoard", Map.of("approvalOutcome", "APPROVED"));
        complete(number, "PlaceOnAgenda");
        assertThat(waitingIn(number)).containsExactly("AwaitBoardDecision");
    }

    @Test
    void straightThroughFromRegistrationToClosed() {
        String number = matter(NO_DEADLINE, "handlaggare");
        assertThat(task(number, "PrepareStaffReport").getAssignee()).isEqualTo("handlaggare");
        throughToTheBoard(number);

        process.recordBoardOutcome(id(number), BoardOutcome.DECIDED, null, false);
        assertThat(waitingIn(number)).containsExactly("AwaitMinutesApproval");

        process.recordMinutesApproved(id(number));
        assertThat(waitingIn(number)).containsExactlyInAnyOrder("AppealPeriodEnds", "DispatchExtract");
        MatterProgress noticed = progress(number);
        assertThat(noticed.getNoticePublishedOn()).isEqualTo(LocalDate.now(WorkingDayCalendar.STOCKHOLM));
        assertThat(noticed.getAppealPeriodEnds()).isAfterOrEqualTo(noticed.getNoticePublishedOn().plusWeeks(3));
        Job appealTimer = timer(number, "AppealPeriodEnds");
        assertThat(ZonedDateTime.ofInstant(appealTimer.getDuedate().toInstant(), WorkingDayCalendar.STOCKHOLM)
                .toLocalDate()).isEqualTo(noticed.getAppealPeriodEnds().plusDays(1));

        complete(number, "DispatchExtract");
        assertThat(waitingIn(number)).containsExactly("AppealPeriodEnds");
        management.executeJob(appealTimer.getId());

        assertThat(ended(number, "MatterClosed")).isTrue();
        MatterProgress closed = progress(number);
        assertThat(closed.getLegalForceOn()).isEqualTo(noticed.getAppealPeriodEnds().plusDays(1));
        assertThat(closed.getClosedAt()).isNotNull();
        assertThat(closed.isOpen()).isFalse();
        assertThat(registry.matter(closed.getMatterId()).getStatus()).isEqualTo(MatterStatus.CLOSED);
        assertThat(auditActions(closed.getMatterId())).contains("PROCESS_STARTED", "BOARD_OUTCOME",
                "MINUTES_APPROVED", "NOTICE_PUBLISHED", "LEGAL_FORCE", "CLOSED");
    }

    @Test
    void anUnassignedMatterIsFirstAssignedByAManager() {
        String number = matter(NO_DEADLINE, null);
        Task assignment = task(number, "AssignCaseOfficer");
        assertThat(tasks.getIdentityLinksForTask(assignment.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("MANAGER"));

        tasks.complete(assignment.getId(), Map.of("caseOfficer", "handlaggare"));

        assertThat(task(number, "PrepareStaffReport").getAssignee()).isEqualTo("handlaggare");
    }

    @Test
    void returnedReportGoesBackToTheCaseOfficer() {
        String number = matter(NO_DEADLINE, "handlaggare");
        complete(number, "PrepareStaffReport");
        complete(number, "ReviewStaffReport", Map.of("reviewOutcome", "RETURNED"));

        assertThat(waitingIn(number)).containsExactly("PrepareStaffReport");
        assertThat(task(number, "PrepareStaffReport").getAssignee()).isEqualTo("handlaggare");
    }

    @Test
    void theDirectorCanReturnTheReportToTheCaseOfficer() {
        String number = matter(NO_DEADLINE, "handlaggare");
        complete(number, "PrepareStaffReport");
        complete(number, "ReviewStaffReport", Map.of("reviewOutcome", "APPROVED"));
        complete(number, "ApproveForBoard", Map.of("approvalOutcome", "RETURNED"));

        assertThat(waitingIn(number)).containsExactly("PrepareStaffReport");
    }

    @Test
    void referBackSendsTheMatterBackToPreparationWithTheBoardsReason() {
        String number = matter(NO_DEADLINE, "handlaggare");
        throughToTheBoard(number);

        process.recordBoardOutcome(id(number), BoardOutcome.REFER_BACK, "Komplettera med konsekvensanalys", false);

        assertThat(waitingIn(number)).containsExactly("PrepareStaffReport");
        assertThat(progress(number).getReferBackReason()).isEqualTo("Komplettera med konsekvensanalys");
    }

    @Test
    void referBackWithoutAReasonIsRefusedAndChangesNothing() {
        String number = matter(NO_DEADLINE, "handlaggare");
        throughToTheBoard(number);

        assertThatThrownBy(() -> process.recordBoardOutcome(id(number), BoardOutcome.REFER_BACK, " ", false))
                .isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("matter.referBack.reasonRequired");

        assertThat(waitingIn(number)).containsExactly("AwaitBoardDecision");
        assertThat(progress(number).getBoardOutcome()).isNull();
    }

    @Test
    void postponementPutsTheMatterBackOnTheAgendaStep() {
        String number = matter(NO_DEADLINE, "handlaggare");
        throughToTheBoard(number);

        process.recordBoardOutcome(id(number), BoardOutcome.POSTPONE, null, false);

        assertThat(waitingIn(number)).containsExactly("PlaceOnAgenda");
    }

    @Test
    void theBoardCannotDecideAMatterThatIsNotOnAnAgenda() {
        String number = matter(NO_DEADLINE, "handlaggare");

        assertThatThrownBy(() -> process.recordBoardOutcome(id(number), BoardOutcome.DECIDED, null, false))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("matter.notAwaitingBoard");

        assertThat(waitingIn(number)).containsExactly("PrepareStaffReport");
        assertThat(progress(number).getBoardOutcome()).isNull();
    }

    @Test
    void theAppealPeriodCountsFromTheDayTheJusteringWasAnnounced() {
        String number = matterRegisteredDaysAgo(10);
        throughToTheBoard(number);
        LocalDate announced = LocalDate.now(WorkingDayCalendar.STOCKHOLM).minusDays(2);
        process.recordBoardOutcome(id(number), BoardOutcome.DECIDED, null, false, announced.minusDays(2), null);

        process.recordMinutesApproved(id(number), announced);

        assertThat(progress(number).getNoticePublishedOn()).isEqualTo(announced);
        assertThat(progress(number).getAppealPeriodEnds()).isAfterOrEqualTo(announced.plusWeeks(3))
                .isBefore(announced.plusWeeks(3).plusDays(5));
    }

    @Test
    void aNoticeDayInTheFutureIsRefusedAndChangesNothing() {
        String number = matter(NO_DEADLINE, "handlaggare");
        throughToTheBoard(number);
        process.recordBoardOutcome(id(number), BoardOutcome.DECIDED, null, false);

        assertThatThrownBy(() -> process.recordMinutesApproved(id(number), LocalDate.now().plusDays(3)))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("matter.noticeDay.future");

        assertThat(waitingIn(number)).containsExactly("AwaitMinutesApproval");
        assertThat(progress(number).getNoticePublishedOn()).isNull();
    }

    @Test
    void immediateApprovalPublishesTheNoticeWithoutWaitingForJustering() {
        String number = matter(NO_DEADLINE, "handlaggare");
        throughToTheBoard(number);

        process.recordBoardOutcome(id(number), BoardOutcome.DECIDED, null, true);

        assertThat(waitingIn(number)).containsExactlyInAnyOrder("AppealPeriodEnds", "DispatchExtract");
        assertThat(progress(number).getNoticePublishedOn()).isNotNull();
    }

    @Test
    void aWrittenOffMatterEndsWhereverItStands() {
        String number = matter(LocalDate.now().plusMonths(2), "handlaggare");
        complete(number, "PrepareStaffReport");

        process.writeOff(id(number), "Remissen har återkallats av kommunstyrelsen");

        assertThat(ended(number, "MatterWrittenOff")).isTrue();
        MatterProgress writtenOff = progress(number);
        assertThat(writtenOff.getWrittenOffAt()).isNotNull();
        assertThat(writtenOff.getWriteOffReason()).isEqualTo("Remissen har återkallats av kommunstyrelsen");
        assertThat(writtenOff.isOpen()).isFalse();
        assertThat(auditActions(writtenOff.getMatterId())).contains("WRITTEN_OFF");
    }

    @Test
    void aDecidedMatterCannotBeWrittenOffEvenDuringItsAppealPeriod() {
        String number = matter(NO_DEADLINE, "handlaggare");
        throughToTheBoard(number);
        process.recordBoardOutcome(id(number), BoardOutcome.DECIDED, null, false);

        assertThatThrownBy(() -> process.writeOff(id(number), "Behövs inte längre"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("matter.writeOff.decided");
        assertThat(waitingIn(number)).containsExactly("AwaitMinutesApproval");
        assertThat(progress(number).getWrittenOffAt()).isNull();
    }

    @Test
    void aMatterReferredBackCanStillBeWrittenOff() {
        String number = matter(NO_DEADLINE, "handlaggare");
        throughToTheBoard(number);
        process.recordBoardOutcome(id(number), BoardOutcome.REFER_BACK, "Utred vidare", false);

        process.writeOff(id(number), "Frågan har lösts på annat sätt");

        assertThat(ended(number, "MatterWrittenOff")).isTrue();
    }

    @Test
    void writingOffNeedsAReasonAndAnOpenMatter() {
        String number = matter(NO_DEADLINE, "handlaggare");
        assertThatThrownBy(() -> process.writeOff(id(number), ""))
                .isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("matter.writeOff.reasonRequired");
        assertThat(waitingIn(number)).containsExactly("PrepareStaffReport");

        process.writeOff(id(number), "Dubbelregistrerat");
        assertThatThrownBy(() -> process.writeOff(id(number), "igen"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("matter.notOpen");
    }

    @Test
    void theCaseOfficerIsRemindedBeforeTheAnswerDateAndTheMatterIsFlaggedOverdueTheDayAfter() {
        LocalDate answerDue = LocalDate.of(2027, 3, 31);
        String number = matter(answerDue, "handlaggare");
        MatterProgress started = progress(number);
        // A remiss is reminded ten working days ahead (application.yml): 2027-03-31 is a Wednesday, and
        // Easter 2027 (Good Friday 26 March, Easter Monday 29 March) falls inside the ten days.
        assertThat(started.getReminderDue()).isEqualTo(LocalDate.of(2027, 3, 15));

        Job reminder = timer(number, "AnswerDueReminder");
        assertThat(ZonedDateTime.ofInstant(reminder.getDuedate().toInstant(), WorkingDayCalendar.STOCKHOLM))
                .isEqualTo(ZonedDateTime.of(2027, 3, 15, 8, 0, 0, 0, WorkingDayCalendar.STOCKHOLM));
        management.executeJob(reminder.getId());
        assertThat(progress(number).getRemindedAt()).isNotNull();
        assertThat(progress(number).isOverdue()).isFalse();

        Job overdue = timer(number, "AnswerOverdue");
        assertThat(ZonedDateTime.ofInstant(overdue.getDuedate().toInstant(), WorkingDayCalendar.STOCKHOLM))
                .isEqualTo(ZonedDateTime.of(2027, 4, 1, 0, 0, 0, 0, WorkingDayCalendar.STOCKHOLM));
        management.executeJob(overdue.getId());
        assertThat(progress(number).isOverdue()).isTrue();
        assertThat(waitingIn(number)).containsExactly("PrepareStaffReport");
        assertThat(auditActions(started.getMatterId())).contains("ANSWER_DUE_REMINDER", "OVERDUE");
    }

    @Test
    void aMatterWithoutAnAnswerDateHasNoDeadlineTimers() {
        String number = matter(MatterKind.REPORT, null, "handlaggare");

        assertThat(timers(number)).isEmpty();
        assertThat(progress(number).getReminderDue()).isNull();
    }

    @Test
    void closingTheMatterEndsTheWatchOnItsAnswerDate() {
        String number = matter(LocalDate.now().plusYears(1), "handlaggare");
        throughToTheBoard(number);
        process.recordBoardOutcome(id(number), BoardOutcome.DECIDED, null, true);
        complete(number, "DispatchExtract");
        Job appealTimer = timer(number, "AppealPeriodEnds");

        management.executeJob(appealTimer.getId());

        assertThat(ended(number, "MatterClosed")).isTrue();
        assertThat(management.createJobQuery().activityId("AnswerDueReminder").count()
                + management.createJobQuery().activityId("AnswerOverdue").count())
                .as("no deadline timers of any matter left behind by closed ones")
                .isEqualTo(openMattersWithDeadlines());
    }

    private long openMattersWithDeadlines() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(BoardMatterProcess.PROCESS)
                .variableValueEquals("hasAnswerDue", true).list().stream()
                .filter(instance -> !runtime.getActiveActivityIds(instance.getId()).stream()
                        .filter(id -> id.equals("AnswerDueReminder") || id.equals("AnswerOverdue")).toList().isEmpty())
                .count();
    }

    private List<String> auditActions(Long matterId) {
        return jdbc.queryForList("select action from audit_event where entity_type = 'Matter' and entity_id = ?",
                String.class, matterId.toString());
    }
}
