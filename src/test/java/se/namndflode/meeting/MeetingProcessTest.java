package se.namndflode.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.namndflode.IntegrationTest;
import se.namndflode.MovableClock;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.matter.BoardOutcome;
import se.namndflode.matter.MatterProgress;
import se.namndflode.organisation.BoardForm;
import se.namndflode.organisation.Organisation;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.registry.Matter;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * Every path of {@code bpmn/meeting.bpmn} with the clock moved (the kallelse reminder, sent in time, opened without
 * a kallelse, held and closed, minutes drafted), driven through {@link Meetings}; and each outcome of a paragraph
 * reaching its matter's board-matter process: decided, återremiss back to the case officer with the board's
 * reason, bordläggning back to the agenda step {@code PlaceOnAgenda} and on to the next meeting.
 */
@IntegrationTest
class MeetingProcessTest {

    @Autowired
    Meetings meetings;
    @Autowired
    MeetingFixtures fixtures;
    @Autowired
    BoardMatterProcess matterProcess;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    Organisation organisation;
    @Autowired
    OrganisationAdmin admin;
    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingDayCalendar.STOCKHOLM);
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(WorkingDayCalendar.STOCKHOLM).toInstant();
    }

    private String instance(Meeting meeting) {
        return meetings.meeting(meeting.getId()).getProcessInstanceId();
    }

    private List<String> waitingIn(Meeting meeting) {
        return meetings.waitingIn(meeting.getId());
    }

    private Task task(Meeting meeting, String activity) {
        return tasks.createTaskQuery().processInstanceId(instance(meeting)).taskDefinitionKey(activity).singleResult();
    }

    private Job reminderTimer(Meeting meeting) {
        return management.createJobQuery().processInstanceId(instance(meeting)).activityId("KallelseReminder")
                .timers().singleResult();
    }

    /** Runs the meeting's jobs that are due by the engine's clock (timers and continuations), as the executor would. */
    private void runDueJobs(Meeting meeting) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(instance(meeting)).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("jobs still due");
    }

    private boolean endedIn(Meeting meeting, String endEvent) {
        String id = instance(meeting);
        return runtime.createProcessInstanceQuery().processInstanceId(id).count() == 0
                && history.createHistoricActivityInstanceQuery().processInstanceId(id).activityId(endEvent)
                        .count() == 1;
    }

    private static LocalDate dayOf(java.util.Date date) {
        return ZonedDateTime.ofInstant(date.toInstant(), WorkingDayCalendar.STOCKHOLM).toLocalDate();
    }

    // --- The meeting's own path ---------------------------------------------------------------------------------

    @Test
    void aPlannedMeetingWaitsForItsAgendaInItsMunicipalitysTenantWithTheKallelseReminderSet() {
        Meeting meeting = meetings.plan(fixtures.newBoard(), today().plusDays(20), LocalTime.of(18, 0), "Rummet");

        ProcessInstance started = runtime.createProcessInstanceQuery().processInstanceId(instance(meeting))
                .singleResult();
        assertThat(started.getTenantId()).isEqualTo("stockholm");
        assertThat(started.getProcessDefinitionId()).startsWith(MeetingProcess.PROCESS + ":");
        assertThat(runtime.getVariable(started.getId(), MeetingProcess.MEETING_ID)).isEqualTo(meeting.getId());
        assertThat(waitingIn(meeting)).containsExactly("AwaitAgenda");
        Job timer = reminderTimer(meeting);
        assertThat(timer.getDuedate().toInstant()).isEqualTo(at(meeting.getDay().minusDays(7), LocalTime.of(8, 0)));
    }

    @Test
    void theSecretaryIsRemindedWhenTheKallelseIsNotSentNDaysBeforeTheMeeting() {
        Meeting meeting = meetings.plan(fixtures.newBoard(), today().plusDays(20), LocalTime.of(18, 0), "Rummet");
        meetings.setAgenda(meeting.getId());
        assertThat(waitingIn(meeting)).containsExactly("SendKallelse");
        assertThat(dayOf(task(meeting, "SendKallelse").getDueDate())).isEqualTo(meeting.getDay().minusDays(7));

        clock.setInstant(at(meeting.getDay().minusDays(8), LocalTime.of(12, 0)));
        runDueJobs(meeting);
        assertThat(meetings.meeting(meeting.getId()).getKallelseRemindedAt()).as("not yet due").isNull();

        clock.setInstant(at(meeting.getDay().minusDays(7), LocalTime.of(8, 1)));
        runDueJobs(meeting);

        assertThat(meetings.meeting(meeting.getId()).getKallelseRemindedAt()).isNotNull();
        assertThat(fixtures.audits(meeting.getId(), "KALLELSE_REMINDER")).isEqualTo(1);
        assertThat(waitingIn(meeting)).as("the reminder does not cancel the task")
                .containsExactly("SendKallelse");
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance(meeting))
                .activityId("ReminderSent").count()).isEqualTo(1);
    }

    @Test
    void theReminderAlsoComesWhenTheAgendaIsNotEvenSetAndFollowsTheBoardsSetting() {
        Long board = fixtures.newBoard();
        BoardForm form = BoardForm.of(organisation.board(board));
        form.setKallelseReminderDays(3);
        admin.saveBoard(form);
        Meeting meeting = meetings.plan(board, today().plusDays(20), LocalTime.of(9, 30), "Rummet");
        assertThat(reminderTimer(meeting).getDuedate().toInstant())
                .isEqualTo(at(meeting.getDay().minusDays(3), LocalTime.of(8, 0)));

        clock.setInstant(at(meeting.getDay().minusDays(3), LocalTime.of(9, 0)));
        runDueJobs(meeting);

        assertThat(meetings.meeting(meeting.getId()).getKallelseRemindedAt()).isNotNull();
        assertThat(waitingIn(meeting)).containsExactly("AwaitAgenda");
    }

    @Test
    void aKallelseSentInTimeEndsTheReminderAndTheMeetingIsHeldThenItsMinutesDrafted() {
        Meeting meeting = meetings.plan(fixtures.newBoard(), today().plusDays(20), LocalTime.of(18, 0), "Rummet");
        meetings.setAgenda(meeting.getId());
        meetings.sendKallelse(meeting.getId());

        assertThat(reminderTimer(meeting)).isNull();
        assertThat(waitingIn(meeting)).containsExactly("HoldMeeting");
        assertThat(task(meeting, "HoldMeeting").getDueDate().toInstant())
                .isEqualTo(at(meeting.getDay(), LocalTime.of(18, 0)));

        clock.setInstant(at(meeting.getDay(), LocalTime.of(18, 0)));
        runDueJobs(meeting);
        assertThat(meetings.meeting(meeting.getId()).getKallelseRemindedAt()).isNull();
        meetings.open(meeting.getId());
        assertThat(waitingIn(meeting)).containsExactly("HoldMeeting");
        fixtures.recordStandardItems(meetings, meeting.getId());
        meetings.close(meeting.getId());
        assertThat(waitingIn(meeting)).as("the closing stands behind a transaction boundary")
                .containsExactly("HoldMeeting");
        runDueJobs(meeting);
        assertThat(waitingIn(meeting)).containsExactly("DraftMinutes");
        assertThat(meetings.meeting(meeting.getId()).getStatus()).isEqualTo(MeetingStatus.CLOSED);

        meetings.minutesDrafted(meeting.getId());

        assertThat(waitingIn(meeting)).containsExactly("AwaitJustering");
        assertThat(meetings.meeting(meeting.getId()).getStatus()).isEqualTo(MeetingStatus.MINUTES_DRAFTED);
        assertThat(timer(meeting, "JusteringReminder").getDuedate().toInstant())
                .isEqualTo(at(meeting.getDay().plusDays(12), LocalTime.of(8, 0)));
    }

    // --- Justering and the notice -------------------------------------------------------------------------------

    private Job timer(Meeting meeting, String activity) {
        return management.createJobQuery().processInstanceId(instance(meeting)).activityId(activity).timers()
                .singleResult();
    }

    /** A meeting held today whose minutes are drafted (its process waits for the justering). */
    private Meeting drafted() {
        Meeting meeting = meetings.plan(fixtures.newBoard(), today(), LocalTime.of(7, 0), "Rummet");
        meetings.setAgenda(meeting.getId());
        meetings.open(meeting.getId());
        fixtures.recordStandardItems(meetings, meeting.getId());
        meetings.close(meeting.getId());
        runDueJobs(meeting);
        meetings.minutesDrafted(meeting.getId());
        return meeting;
    }

    @Test
    void minutesNotJusteredTwoDaysBeforeDay14RemindTheSecretaryAndTheJusterareAndStillWaitForTheJustering() {
        Meeting meeting = drafted();
        assertThat(meetings.meeting(meeting.getId()).getJusteringRemindedAt()).isNull();

        clock.setInstant(at(meeting.getDay().plusDays(12), LocalTime.of(7, 59)));
        runDueJobs(meeting);
        assertThat(meetings.meeting(meeting.getId()).getJusteringRemindedAt()).isNull();

        clock.setInstant(at(meeting.getDay().plusDays(12), LocalTime.of(8, 0)));
        runDueJobs(meeting);
        assertThat(meetings.meeting(meeting.getId()).getJusteringRemindedAt()).isNotNull();
        assertThat(fixtures.audits(meeting.getId(), "JUSTERING_REMINDER")).isEqualTo(1);
        assertThat(waitingIn(meeting)).containsExactly("AwaitJustering");
    }

    @Test
    void justeredMinutesWaitForTheNoticeDueOnTheSecondDayAndPostingItEndsTheProcessWithoutReminders() {
        Meeting meeting = drafted();
        meetings.minutesJustered(meeting.getId(), today().plusDays(3));

        assertThat(meetings.meeting(meeting.getId()).getStatus()).isEqualTo(MeetingStatus.JUSTERED);
        assertThat(waitingIn(meeting)).containsExactly("PostNotice");
        Task post = task(meeting, "PostNotice");
        assertThat(post.getTenantId()).isEqualTo("stockholm");
        assertThat(dayOf(post.getDueDate())).isEqualTo(today().plusDays(5));
        assertThat(timer(meeting, "NoticeReminder").getDuedate().toInstant())
                .isEqualTo(at(today().plusDays(5), LocalTime.of(8, 0)));
        assertThat(timer(meeting, "NoticeOverdue").getDuedate().toInstant())
                .isEqualTo(at(today().plusDays(6), LocalTime.of(8, 0)));

        meetings.noticePosted(meeting.getId());

        assertThat(endedIn(meeting, "MinutesPosted")).isTrue();
        assertThat(management.createJobQuery().processInstanceId(instance(meeting)).count()).isZero();
        assertThat(meetings.meeting(meeting.getId()).getNoticeRemindedAt()).isNull();
    }

    @Test
    void aNoticeNotPostedRemindsTheSecretaryOnTheSecondDayThenGivesTheManagerATaskAndPostingEndsBoth() {
        Meeting meeting = drafted();
        meetings.minutesJustered(meeting.getId(), today());

        clock.setInstant(at(today().plusDays(2), LocalTime.of(8, 0)));
        runDueJobs(meeting);
        assertThat(meetings.meeting(meeting.getId()).getNoticeRemindedAt()).isNotNull();
        assertThat(fixtures.audits(meeting.getId(), "NOTICE_REMINDER")).isEqualTo(1);
        assertThat(task(meeting, "NoticeEscalated")).isNull();

        clock.setInstant(at(today().plusDays(3), LocalTime.of(8, 0)));
        runDueJobs(meeting);
        Task escalated = task(meeting, "NoticeEscalated");
        assertThat(escalated).isNotNull();
        assertThat(tasks.getIdentityLinksForTask(escalated.getId())).extracting(link -> link.getGroupId())
                .containsExactly("MANAGER");
        assertThat(task(meeting, "PostNotice")).isNotNull();

        meetings.noticePosted(meeting.getId());
        assertThat(endedIn(meeting, "MinutesPosted")).isTrue();
        assertThat(tasks.createTaskQuery().processInstanceId(instance(meeting)).count()).isZero();
    }

    @Test
    void justeringIsRefusedBeforeTheDraftAndTheNoticeBeforeTheJustering() {
        Meeting meeting = meetings.plan(fixtures.newBoard(), today(), LocalTime.of(7, 0), "Rummet");
        meetings.setAgenda(meeting.getId());
        meetings.open(meeting.getId());
        fixtures.recordStandardItems(meetings, meeting.getId());
        meetings.close(meeting.getId());
        runDueJobs(meeting);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> meetings.minutesJustered(meeting.getId(), today()))
                .hasMessageContaining("minutes-notDrafted");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> meetings.noticePosted(meeting.getId()))
                .hasMessageContaining("notice-notJustered");
        assertThat(waitingIn(meeting)).containsExactly("DraftMinutes");
        assertThat(meetings.meeting(meeting.getId()).getStatus()).isEqualTo(MeetingStatus.CLOSED);
    }

    @Test
    void aMeetingOpenedWithoutAKallelseThroughTheSystemLeavesItsPreparation() {
        Meeting meeting = meetings.plan(fixtures.newBoard(), today(), LocalTime.of(18, 0), "Rummet");
        meetings.setAgenda(meeting.getId());
        assertThat(task(meeting, "SendKallelse")).isNotNull();

        meetings.open(meeting.getId());

        assertThat(waitingIn(meeting)).containsExactly("HoldMeeting");
        assertThat(task(meeting, "SendKallelse")).isNull();
        assertThat(reminderTimer(meeting)).isNull();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance(meeting))
                .activityId("OpenedWithoutKallelse").count()).isEqualTo(1);
    }

    // --- Each outcome reaches the matter's process ------------------------------------------------------------

    /** A meeting today with the matter placed on it (agenda set, kallelse sent, opened). */
    private Meeting openMeetingWith(Long board, Matter... matters) {
        Meeting meeting = meetings.plan(board, today(), LocalTime.of(13, 0), "Rummet");
        for (Matter matter : matters) {
            fixtures.place(meetings, meeting.getId(), matter);
        }
        meetings.setAgenda(meeting.getId());
        meetings.sendKallelse(meeting.getId());
        meetings.open(meeting.getId());
        return meeting;
    }

    private Long paragraphOf(Meeting meeting, Matter matter) {
        return meetings.paragraphs(meeting.getId()).stream()
                .filter(item -> matter.getId().equals(item.getMatterId())).findFirst().orElseThrow().getId();
    }

    @Test
    void aDecidedParagraphSendsItsMatterOnToJustering() {
        Long board = fixtures.newBoard();
        Matter matter = fixtures.awaitingAgenda(board, "Riktlinjer för hemtjänst");
        Meeting meeting = openMeetingWith(board, matter);

        meetings.decide(meeting.getId(), paragraphOf(meeting, matter), ParagraphOutcome.DECIDED,
                "Socialnämnden antar riktlinjerna.", null, false);

        assertThat(fixtures.waitingIn(matter)).containsExactly("AwaitMinutesApproval");
        MatterProgress progress = matterProcess.progress(matter.getId()).orElseThrow();
        assertThat(progress.getBoardOutcome()).isEqualTo(BoardOutcome.DECIDED);
        assertThat(progress.getDecidedOn()).isEqualTo(meeting.getDay());
    }

    @Test
    void aReferredBackParagraphSendsItsMatterBackToTheCaseOfficerWithTheReason() {
        Long board = fixtures.newBoard();
        Matter matter = fixtures.awaitingAgenda(board, "Plan för boende");
        Meeting meeting = openMeetingWith(board, matter);

        meetings.decide(meeting.getId(), paragraphOf(meeting, matter), ParagraphOutcome.REFERRED_BACK, null,
                "Förvaltningen ska redovisa kostnaderna.", false);

        assertThat(fixtures.waitingIn(matter)).containsExactly("PrepareStaffReport");
        assertThat(fixtures.task(matter, "PrepareStaffReport").getAssignee()).isEqualTo("handlaggare");
        MatterProgress progress = matterProcess.progress(matter.getId()).orElseThrow();
        assertThat(progress.getBoardOutcome()).isEqualTo(BoardOutcome.REFER_BACK);
        assertThat(progress.getReferBackReason()).isEqualTo("Förvaltningen ska redovisa kostnaderna.");
    }

    @Test
    void aTabledParagraphSendsItsMatterBackToTheAgendaStepForTheNextMeeting() {
        Long board = fixtures.newBoard();
        Matter matter = fixtures.awaitingAgenda(board, "Avtal om skyddat boende");
        Meeting meeting = openMeetingWith(board, matter);
        Meeting next = meetings.plan(board, today().plusWeeks(4), LocalTime.of(13, 0), "Rummet");

        meetings.decide(meeting.getId(), paragraphOf(meeting, matter), ParagraphOutcome.TABLED, null, null, false);

        assertThat(fixtures.waitingIn(matter)).containsExactly("PlaceOnAgenda");
        assertThat(matterProcess.progress(matter.getId()).orElseThrow().getBoardOutcome())
                .isEqualTo(BoardOutcome.POSTPONE);
        fixtures.recordStandardItems(meetings, meeting.getId());
        meetings.close(meeting.getId());

        fixtures.place(meetings, next.getId(), matter);
        assertThat(fixtures.waitingIn(matter)).containsExactly("AwaitBoardDecision");
        assertThat(matterProcess.progress(matter.getId()).orElseThrow().getMeetingDate()).isEqualTo(next.getDay());
    }
}
