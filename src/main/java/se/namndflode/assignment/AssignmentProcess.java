package se.namndflode.assignment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.shared.time.WorkingDayCalendar;
import se.namndflode.shared.web.DomainException;

/**
 * The assignment process ({@code bpmn/assignment.bpmn}) seen from the module: start it, find its open tasks, complete
 * them, send it messages, and keep its timers in step with the assignment's end date. Processes carry ids; the
 * engine is reached only through here, in the caller's transaction.
 */
@Service
@Transactional
class AssignmentProcess {

    static final String PROCESS = "assignment";
    /** The user tasks of the model, as the task lists and the assignment's page name them. */
    static final List<String> TASKS = List.of("AppointResponsible", "ReportStatus", "ExplainDeviation",
            "ActOnOverdue", "DecideEscalation");
    /** Reminders and reporting points fall at the start of the working day. */
    static final LocalTime MORNING = LocalTime.of(8, 0);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final WorkingDayCalendar workingDays;
    private final int reminderWorkingDays;

    AssignmentProcess(RuntimeService runtime, TaskService tasks, ManagementService management,
            WorkingDayCalendar workingDays,
            @Value("${namndflode.assignment.reminder-working-days:10}") int reminderWorkingDays) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.workingDays = workingDays;
        this.reminderWorkingDays = reminderWorkingDays;
    }

    /** Starts the assignment's process in its municipality's tenant; its business key is the reference. */
    void start(Assignment assignment) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("assignmentId", assignment.getId());
        variables.put("responsible", assignment.getResponsible());
        variables.putAll(timers(assignment.getEndDate()));
        ProcessInstance instance = runtime.createProcessInstanceByKey(PROCESS)
                .processDefinitionTenantId(assignment.getMunicipalityCode()).businessKey(assignment.getReference())
                .setVariables(variables).execute();
        assignment.started(instance.getId());
    }

    /** The day of the end-date reminder: {@code reminder-working-days} working days before the end date. */
    LocalDate reminderDay(LocalDate endDate) {
        return workingDays.minusWorkingDays(endDate, reminderWorkingDays);
    }

    /** The timers' variables for an end date: the reminder's morning, and midnight starting the day after it. */
    Map<String, Object> timers(LocalDate endDate) {
        return Map.of("reminderAt", at(reminderDay(endDate), MORNING),
                "overdueAt", at(endDate.plusDays(1), LocalTime.MIDNIGHT));
    }

    /**
     * The end date moved while the watch waits: its waiting timer is moved with it (and the variables, for a watch
     * that starts again after an extension).
     */
    void endDateChanged(Assignment assignment) {
        String instance = instanceId(assignment);
        if (instance == null) {
            return;
        }
        Map<String, Object> timers = timers(assignment.getEndDate());
        runtime.setVariables(instance, timers);
        for (String timer : List.of("EndDateReminder", "EndDatePassed")) {
            Job job = management.createJobQuery().processInstanceId(instance).activityId(timer).timers()
                    .singleResult();
            if (job != null) {
                management.setJobDuedate(job.getId(), (Date) timers.get(
                        "EndDateReminder".equals(timer) ? "reminderAt" : "overdueAt"));
            }
        }
    }

    /** The assignment's open task at this step, if there is one. */
    Optional<Task> openTask(Assignment assignment, String activityId) {
        String instance = instanceId(assignment);
        return instance == null ? Optional.empty() : Optional.ofNullable(tasks.createTaskQuery()
                .processInstanceId(instance).taskDefinitionKey(activityId).singleResult());
    }

    /** The steps of the assignment's open tasks (for its page). */
    List<String> openTasks(Assignment assignment) {
        String instance = instanceId(assignment);
        return instance == null ? List.of() : tasks.createTaskQuery().processInstanceId(instance).list().stream()
                .map(Task::getTaskDefinitionKey).sorted().toList();
    }

    void complete(Task task, Map<String, Object> variables) {
        tasks.complete(task.getId(), variables);
    }

    /**
     * The responsible person changed: the process remembers the new one, and their open tasks (the status report,
     * the explanation of a deviation, also one waiting without a holder) move to the new person.
     */
    void responsibleChanged(Assignment assignment, String before) {
        String instance = instanceId(assignment);
        if (instance == null) {
            return;
        }
        runtime.setVariable(instance, "responsible", assignment.getResponsible());
        for (Task task : tasks.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKeyIn("ReportStatus", "ExplainDeviation").list()) {
            if (task.getAssignee() == null || task.getAssignee().equals(before)) {
                tasks.setAssignee(task.getId(), assignment.getResponsible());
            }
        }
    }

    /** Sends the assignment's process a message; refused when it is not waiting for it. */
    void correlate(Assignment assignment, String message, Map<String, Object> variables, String refusalKey) {
        try {
            runtime.createMessageCorrelation(message).processInstanceId(assignment.getProcessInstanceId())
                    .setVariables(variables).correlate();
        } catch (MismatchingMessageCorrelationException notWaiting) {
            throw DomainException.invalid(null, refusalKey);
        }
    }

    /** Whether the assignment's process waits in this step. */
    boolean waitsIn(Assignment assignment, String activityId) {
        String instance = instanceId(assignment);
        return instance != null && runtime.getActiveActivityIds(instance).contains(activityId);
    }

    /** The assignment's running process instance, or null when it has ended. */
    private String instanceId(Assignment assignment) {
        if (assignment.getProcessInstanceId() == null) {
            return null;
        }
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(assignment.getProcessInstanceId()).singleResult();
        return instance == null ? null : instance.getId();
    }

    static Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(WorkingDayCalendar.STOCKHOLM).toInstant());
    }
}
