package se.namndflode.followup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.shared.time.WorkingDayCalendar;
import se.namndflode.shared.web.DomainException;

/**
 * The follow-up process ({@code bpmn/follow-up.bpmn}) seen from the module: start it in the municipality's tenant,
 * find its open tasks (an owner's, a goal's, the manager's), complete them and send it the board's decision.
 * Processes carry ids; the engine is reached only through here, in the caller's transaction.
 */
@Service
@Transactional
class FollowUpProcess {

    static final String PROCESS = "follow-up";
    static final String ENTER_OUTCOMES = "EnterOutcomes";
    static final String HANDLE_MISSING = "HandleMissingOutcomes";
    static final String ASSESS_GOAL = "AssessGoal";
    static final String AWAIT_DECISION = "AwaitBoardDecision";
    /** The reminder goes out at the start of the working day. */
    static final LocalTime MORNING = LocalTime.of(8, 0);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final WorkingDayCalendar workingDays;
    private final int reminderWorkingDays;

    FollowUpProcess(RuntimeService runtime, TaskService tasks, WorkingDayCalendar workingDays,
            @Value("${namndflode.follow-up.reminder-working-days:3}") int reminderWorkingDays) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.workingDays = workingDays;
        this.reminderWorkingDays = reminderWorkingDays;
    }

    /** Starts the follow-up's process in its municipality's tenant. */
    void start(FollowUp followUp) {
        ProcessInstance instance = runtime.createProcessInstanceByKey(PROCESS)
                .processDefinitionTenantId(followUp.getMunicipalityCode()).businessKey(followUp.businessKey())
                .setVariables(Map.of("followUpId", followUp.getId(), "manager", followUp.getStartedBy(),
                        "reminderAt", at(reminderDay(followUp.getDeadline()), MORNING),
                        "deadlineAt", at(followUp.getDeadline().plusDays(1), LocalTime.MIDNIGHT)))
                .execute();
        followUp.started(instance.getId());
    }

    /**
     * The reminder's day: {@code reminder-working-days} working days before the deadline (the deadline itself is
     * the last day to enter outcomes; it passes at midnight after it).
     */
    LocalDate reminderDay(LocalDate deadline) {
        return workingDays.minusWorkingDays(deadline, reminderWorkingDays);
    }

    /** The open tasks of the follow-up. */
    List<Task> openTasks(FollowUp followUp) {
        return followUp.getProcessInstanceId() == null ? List.of()
                : tasks.createTaskQuery().processInstanceId(followUp.getProcessInstanceId()).list();
    }

    /** The open task of this step whose multi-instance element ({@code owner}, {@code goalId}) is this value. */
    Optional<Task> openTask(FollowUp followUp, String activityId, String element, Object value) {
        return openTasks(followUp).stream().filter(task -> activityId.equals(task.getTaskDefinitionKey()))
                .filter(task -> element == null
                        || Objects.equals(String.valueOf(runtime.getVariable(task.getExecutionId(), element)),
                                String.valueOf(value)))
                .findFirst();
    }

    /** The multi-instance element of a task ({@code owner}, {@code goalId}). */
    Object element(Task task, String element) {
        return runtime.getVariable(task.getExecutionId(), element);
    }

    void complete(Task task) {
        tasks.complete(task.getId());
    }

    /** Whether the follow-up's process waits in this step. */
    boolean waitsIn(FollowUp followUp, String activityId) {
        return followUp.getProcessInstanceId() != null && runtime.createProcessInstanceQuery()
                .processInstanceId(followUp.getProcessInstanceId()).count() == 1
                && runtime.getActiveActivityIds(followUp.getProcessInstanceId()).contains(activityId);
    }

    /** Tells the process the board matter ended (decided or written off). */
    void reportDecided(FollowUp followUp, boolean decided) {
        try {
            runtime.createMessageCorrelation(FollowUpMessages.REPORT_DECIDED)
                    .processInstanceId(followUp.getProcessInstanceId()).setVariable("reportDecided", decided)
                    .correlate();
        } catch (MismatchingMessageCorrelationException notWaiting) {
            throw DomainException.invalid(null, "followUp.notAwaitingDecision");
        }
    }

    static Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(WorkingDayCalendar.STOCKHOLM).toInstant());
    }
}
