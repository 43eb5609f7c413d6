package se.namndflode.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * The meeting process ({@code bpmn/meeting.bpmn}) seen from {@link Meetings}: started when a meeting is planned,
 * in its municipality's tenant, and moved on as the domain moves the meeting (agenda set, kallelse sent, opened,
 * closed, minutes drafted), in the caller's transaction. The engine holds only the meeting's id and the dates of
 * its timer and tasks; everything else is read from the meeting's tables. A meeting planned before the process
 * existed has no instance, and its steps are then only the domain's.
 */
@Component
public class MeetingProcess {

    /** The process key of {@code bpmn/meeting.bpmn}. */
    public static final String PROCESS = "meeting";
    /** The process variable holding the meeting's id (task lists find the meeting by it). */
    public static final String MEETING_ID = "meetingId";
    /** The meeting's user tasks, in the order they come. */
    public static final List<String> TASKS = List.of("SendKallelse", "HoldMeeting", "DraftMinutes", "PostNotice",
            "NoticeEscalated");
    /** The justerare are reminded this many days before the last day of justering (day 14 after the meeting). */
    static final int JUSTERING_REMINDER_DAYS_BEFORE = 2;
    /** The notice is posted no later than this many days after justering (primer 3.7). */
    static final int NOTICE_WITHIN_DAYS = 2;
    /** Reminders go out at the start of the working day. */
    static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final org.camunda.bpm.engine.ManagementService management;

    MeetingProcess(RuntimeService runtime, TaskService tasks, org.camunda.bpm.engine.ManagementService management) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
    }

    /**
     * Runs now, in the caller's transaction, the steps behind a transaction boundary that the job executor would
     * run right after (e.g. after {@code HoldMeeting}); timers are left to their time. For a meeting recorded by an
     * import ({@link MeetingImport}), which goes on at once.
     */
    void runPendingSteps(Meeting meeting) {
        if (meeting.getProcessInstanceId() == null) {
            return;
        }
        for (int round = 0; round < 5; round++) {
            List<String> jobs = management.createJobQuery().processInstanceId(meeting.getProcessInstanceId())
                    .messages().executable().list().stream().map(org.camunda.bpm.engine.runtime.Job::getId).toList();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(management::executeJob);
        }
    }

    /**
     * Starts the meeting's process in its municipality's tenant; the kallelse reminder is set for
     * {@code reminderDays} days before the meeting at 08:00 (at once, when that has passed).
     *
     * @return the process instance's id
     */
    String start(Meeting meeting, int reminderDays) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(MEETING_ID, meeting.getId());
        variables.put("kallelseReminderAt", reminderAt(meeting.getDay(), reminderDays));
        variables.put("meetingStartsAt", at(meeting.getDay(), meeting.getStartsAt()));
        ProcessInstance instance = runtime.createProcessInstanceByKey(PROCESS)
                .processDefinitionTenantId(meeting.getMunicipalityCode())
                .businessKey(meeting.getBoard().getName() + " " + meeting.getDay() + " " + meeting.getStartsAt())
                .setVariables(variables).execute();
        return instance.getId();
    }

    /** The day and time of the kallelse reminder: {@code days} before the meeting, at 08:00 in Stockholm. */
    static Date reminderAt(LocalDate meetingDay, int days) {
        return at(meetingDay.minusDays(days), REMINDER_TIME);
    }

    void agendaSet(Meeting meeting) {
        correlate(meeting, MeetingMessages.AGENDA_SET);
    }

    void kallelseSent(Meeting meeting) {
        complete(meeting, "SendKallelse");
    }

    /** Opened: a meeting whose kallelse did not go through the system leaves its preparation now. */
    void opened(Meeting meeting, boolean withoutKallelse) {
        if (withoutKallelse) {
            correlate(meeting, MeetingMessages.OPENED);
        }
    }

    void closed(Meeting meeting) {
        complete(meeting, "HoldMeeting");
    }

    /** The minutes are drafted: the justering reminder is set before the last day of justering, at 08:00. */
    void minutesDrafted(Meeting meeting) {
        complete(meeting, "DraftMinutes", Map.of("justeringReminderAt", justeringReminderAt(meeting.getDay())));
    }

    /**
     * The minutes are justered on {@code justeredOn}: the notice is due on the second day after it; the secretary
     * is reminded that morning at 08:00 and the manager gets a task the morning after.
     */
    void justered(Meeting meeting, LocalDate justeredOn) {
        if (meeting.getProcessInstanceId() == null) {
            return;
        }
        LocalDate due = justeredOn.plusDays(NOTICE_WITHIN_DAYS);
        Map<String, Object> variables = new HashMap<>();
        variables.put("noticeDueAt", at(due, LocalTime.of(16, 0)));
        variables.put("noticeReminderAt", at(due, REMINDER_TIME));
        variables.put("noticeEscalationAt", at(due.plusDays(1), REMINDER_TIME));
        try {
            runtime.createMessageCorrelation(MeetingMessages.JUSTERED).processInstanceId(meeting.getProcessInstanceId())
                    .setVariables(variables).correlate();
        } catch (MismatchingMessageCorrelationException notWaiting) {
            // An instance of the model's first version ended with the draft minutes: nothing waits for the notice.
            if (!waitingIn(meeting).isEmpty()) {
                throw new IllegalStateException("The process of meeting " + meeting.getId()
                        + " does not wait for the justering", notWaiting);
            }
        } catch (OptimisticLockingException meanwhile) {
            throw new OptimisticLockingFailureException("Meeting " + meeting.getId() + " changed meanwhile",
                    meanwhile);
        }
    }

    /** The notice is posted: the process ends (the reminder and the manager's task with it). */
    void noticePosted(Meeting meeting) {
        if (meeting.getProcessInstanceId() == null || !waitingIn(meeting).contains("PostNotice")) {
            return;
        }
        complete(meeting, "PostNotice");
    }

    /** The justering reminder: {@value #JUSTERING_REMINDER_DAYS_BEFORE} days before day 14 after the meeting. */
    static Date justeringReminderAt(LocalDate meetingDay) {
        return at(meetingDay.plus(Meetings.JUSTERING_AT_MOST_AFTER).minusDays(JUSTERING_REMINDER_DAYS_BEFORE),
                REMINDER_TIME);
    }

    /** The activities the meeting's process waits in (none when it has ended or has no instance). */
    List<String> waitingIn(Meeting meeting) {
        String instance = meeting.getProcessInstanceId();
        if (instance == null || runtime.createProcessInstanceQuery().processInstanceId(instance).count() == 0) {
            return List.of();
        }
        return runtime.getActiveActivityIds(instance).stream().sorted().toList();
    }

    private void correlate(Meeting meeting, String message) {
        if (meeting.getProcessInstanceId() == null) {
            return;
        }
        try {
            runtime.createMessageCorrelation(message).processInstanceId(meeting.getProcessInstanceId()).correlate();
        } catch (MismatchingMessageCorrelationException notWaiting) {
            throw new IllegalStateException("The process of meeting " + meeting.getId() + " does not wait for "
                    + message, notWaiting);
        } catch (OptimisticLockingException meanwhile) {
            throw new OptimisticLockingFailureException("Meeting " + meeting.getId() + " changed meanwhile",
                    meanwhile);
        }
    }

    private void complete(Meeting meeting, String activity) {
        complete(meeting, activity, Map.of());
    }

    private void complete(Meeting meeting, String activity, Map<String, Object> variables) {
        if (meeting.getProcessInstanceId() == null) {
            return;
        }
        Task task = tasks.createTaskQuery().processInstanceId(meeting.getProcessInstanceId())
                .taskDefinitionKey(activity).singleResult();
        if (task == null) {
            throw new IllegalStateException("The process of meeting " + meeting.getId() + " is not at " + activity);
        }
        try {
            tasks.complete(task.getId(), variables);
        } catch (OptimisticLockingException meanwhile) {
            throw new OptimisticLockingFailureException("Meeting " + meeting.getId() + " changed meanwhile",
                    meanwhile);
        }
    }

    private static Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(WorkingDayCalendar.STOCKHOLM).toInstant());
    }
}
