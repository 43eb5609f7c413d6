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
    public static final List<String> TASKS = List.of("SendKallelse", "HoldMeeting", "DraftMinutes");
    /** Reminders go out at the start of the working day. */
    static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);

    private final RuntimeService runtime;
    private final TaskService tasks;

    MeetingProcess(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
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

    void minutesDrafted(Meeting meeting) {
        complete(meeting, "DraftMinutes");
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
        if (meeting.getProcessInstanceId() == null) {
            return;
        }
        Task task = tasks.createTaskQuery().processInstanceId(meeting.getProcessInstanceId())
                .taskDefinitionKey(activity).singleResult();
        if (task == null) {
            throw new IllegalStateException("The process of meeting " + meeting.getId() + " is not at " + activity);
        }
        try {
            tasks.complete(task.getId());
        } catch (OptimisticLockingException meanwhile) {
            throw new OptimisticLockingFailureException("Meeting " + meeting.getId() + " changed meanwhile",
                    meanwhile);
        }
    }

    private static Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(WorkingDayCalendar.STOCKHOLM).toInstant());
    }
}
