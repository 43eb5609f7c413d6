package se.namndflode.matter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.time.WorkingDayCalendar;
import se.namndflode.shared.web.DomainException;

/**
 * The board-matter process seen from the rest of the application: start it for a registered matter, tell it
 * what the board did, that the minutes were approved, or that a manager wrote the matter off. The engine is
 * reached only through here (and the steps it calls back), in the caller's transaction.
 */
@Service
@Transactional
public class BoardMatterProcess {

    public static final String PROCESS = "board-matter";
    /** Reminders go out at the start of the working day. */
    static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final MatterProgressRepository progress;
    private final Deadlines deadlines;
    private final AuditLog audit;
    private final Clock clock;

    BoardMatterProcess(RuntimeService runtime, TaskService tasks, MatterProgressRepository progress,
            Deadlines deadlines, AuditLog audit, Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.progress = progress;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    public MatterProgress start(MatterStart matter) {
        LocalDate reminderDay = matter.answerDue() == null ? null
                : deadlines.reminderDay(matter.kind(), matter.answerDue());
        MatterProgress started = progress.save(new MatterProgress(matter.matterId(), matter.registryNumber(),
                matter.municipalityCode(), matter.kind(), matter.answerDue(), reminderDay));
        Map<String, Object> variables = new HashMap<>();
        variables.put("matterId", matter.matterId());
        variables.put("caseOfficer", matter.caseOfficer());
        variables.put("hasAnswerDue", matter.answerDue() != null);
        if (matter.answerDue() != null) {
            variables.put("reminderAt", at(reminderDay, REMINDER_TIME));
            variables.put("overdueAt", at(Deadlines.overdueDay(matter.answerDue()), LocalTime.MIDNIGHT));
        }
        // The municipality's own deployment (its Camunda tenant); the business key is unique only within it.
        ProcessInstance instance = runtime.createProcessInstanceByKey(PROCESS)
                .processDefinitionTenantId(matter.municipalityCode()).businessKey(matter.registryNumber())
                .setVariables(variables).execute();
        started.startedAs(instance.getId());
        audit.record("PROCESS_STARTED", BoardMatterSteps.ENTITY, matter.matterId(), matter.municipalityCode(),
                "Handläggning startad för " + matter.registryNumber() + (reminderDay == null ? ""
                        : "; påminnelse " + reminderDay + ", svarsdatum " + matter.answerDue()), null);
        return started;
    }

    /** The board's handling at a meeting. {@code reason} is required for återremiss. */
    public void recordBoardOutcome(Long matterId, BoardOutcome outcome, String reason,
            boolean immediateApproval) {
        MatterProgress matter = open(matterId);
        if (outcome == BoardOutcome.REFER_BACK && (reason == null || reason.isBlank())) {
            throw DomainException.invalid("reason", "matter.referBack.reasonRequired");
        }
        matter.boardOutcome(outcome, reason == null ? null : reason.trim());
        Map<String, Object> variables = new HashMap<>();
        variables.put("boardOutcome", outcome.name());
        variables.put("immediateApproval", immediateApproval && outcome == BoardOutcome.DECIDED);
        variables.put("noticeDay", null);
        correlate(matter, BoardMatterMessages.BOARD_OUTCOME, variables, "matter.notAwaitingBoard");
        audit.record("BOARD_OUTCOME", BoardMatterSteps.ENTITY, matter.getMatterId(), matter.getMunicipalityCode(),
                "Nämndens behandling: " + outcome + (immediateApproval ? " (omedelbart justerad)" : ""),
                reason == null ? null : "skäl: " + reason);
    }

    public void recordMinutesApproved(Long matterId) {
        recordMinutesApproved(matterId, null);
    }

    /**
     * The minutes were approved and the approval announced on the notice board on {@code noticeDay} (null:
     * today). The appeal period counts from that day, so a justering recorded after the fact is not given a
     * longer appeal period than the law's.
     */
    public void recordMinutesApproved(Long matterId, LocalDate noticeDay) {
        if (noticeDay != null && noticeDay.isAfter(LocalDate.now(clock))) {
            throw DomainException.invalid("noticeDay", "matter.noticeDay.future");
        }
        MatterProgress matter = open(matterId);
        Map<String, Object> variables = new HashMap<>();
        variables.put("noticeDay", noticeDay == null ? null : noticeDay.toString());
        correlate(matter, BoardMatterMessages.MINUTES_APPROVED, variables, "matter.notAwaitingApproval");
        audit.record("MINUTES_APPROVED", BoardMatterSteps.ENTITY, matter.getMatterId(), matter.getMunicipalityCode(),
                "Protokollet med beslutet är justerat", null);
    }

    /** Avskrivning: ends the matter wherever it stands, with a reason. */
    public void writeOff(Long matterId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "matter.writeOff.reasonRequired");
        }
        MatterProgress matter = open(matterId);
        matter.writtenOff(OffsetDateTime.now(clock), reason.trim());
        correlate(matter, BoardMatterMessages.WRITE_OFF, Map.of(), "matter.notOpen");
    }

    /**
     * Completes the matter's open task at {@code activityId} with the given outcome variables. For work done
     * outside a person's task list (the demo data's history, imports); people complete tasks through the task
     * list, which checks that they hold the task.
     */
    public void completeStep(Long matterId, String activityId, Map<String, Object> outcome) {
        MatterProgress matter = progress.findById(matterId)
                .orElseThrow(() -> DomainException.notFound("notFound.matter"));
        String instanceId = instanceId(matter);
        org.camunda.bpm.engine.task.Task task = instanceId == null ? null : tasks.createTaskQuery()
                .processInstanceId(instanceId).taskDefinitionKey(activityId).singleResult();
        if (task == null) {
            throw DomainException.invalid(null, "matter.notAt", activityId);
        }
        tasks.complete(task.getId(), outcome);
    }

    /** Marks the dispatch as done when the secretary completes the dispatch task. */
    public void recordDispatched(Long matterId) {
        progress.findById(matterId).ifPresent(matter -> matter.dispatched(OffsetDateTime.now(clock)));
    }

    @Transactional(readOnly = true)
    public Optional<MatterProgress> progress(Long matterId) {
        return progress.findById(matterId);
    }

    /** The progress of these matters, in one query (for lists that join with the engine's tasks). */
    @Transactional(readOnly = true)
    public List<MatterProgress> progress(java.util.Collection<Long> matterIds) {
        return matterIds.isEmpty() ? List.of() : progress.findAllById(matterIds);
    }

    /** The ids of the activities the matter is waiting in (e.g. {@code PrepareStaffReport}). */
    @Transactional(readOnly = true)
    public List<String> waitingIn(Long matterId) {
        Optional<MatterProgress> matter = progress.findById(matterId);
        if (matter.isEmpty()) {
            return List.of();
        }
        String instanceId = instanceId(matter.get());
        if (instanceId == null || runtime.createProcessInstanceQuery().processInstanceId(instanceId).count() == 0) {
            return List.of();
        }
        return runtime.getActiveActivityIds(instanceId).stream().sorted().toList();
    }

    /**
     * The matter's process instance: by the id recorded at start, or (for an instance started before the id was
     * recorded) by its business key within the municipality's tenant. Null when there is none.
     */
    private String instanceId(MatterProgress matter) {
        if (matter.getProcessInstanceId() != null) {
            return matter.getProcessInstanceId();
        }
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(matter.getRegistryNumber())
                .tenantIdIn(matter.getMunicipalityCode()).list().stream().map(ProcessInstance::getId).findFirst()
                .orElse(null);
    }

    private MatterProgress open(Long matterId) {
        MatterProgress matter = progress.findById(matterId)
                .orElseThrow(() -> DomainException.notFound("notFound.matter"));
        if (!matter.isOpen()) {
            throw DomainException.invalid(null, "matter.notOpen");
        }
        return matter;
    }

    private void correlate(MatterProgress matter, String message, Map<String, Object> variables,
            String refusalKey) {
        try {
            // Business key and tenant together: the same diarienummer may exist in another municipality.
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(matter.getRegistryNumber())
                    .tenantId(matter.getMunicipalityCode()).setVariables(variables).correlate();
        } catch (MismatchingMessageCorrelationException notWaiting) {
            throw DomainException.invalid(null, refusalKey);
        }
    }

    private static Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(WorkingDayCalendar.STOCKHOLM).toInstant());
    }
}
