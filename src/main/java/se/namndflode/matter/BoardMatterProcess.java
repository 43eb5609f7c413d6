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
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.time.WorkingDayCalendar;
import se.namndflode.shared.web.DomainException;
import se.namndflode.shared.web.TextLimits;

/**
 * The board-matter process seen from the rest of the application: start it for a registered matter, tell it
 * what the board did, that the minutes were approved, or that a manager wrote the matter off. The engine is
 * reached only through here (and the steps it calls back), in the caller's transaction.
 */
@Service
@Transactional
public class BoardMatterProcess {

    public static final String PROCESS = "board-matter";
    /**
     * Where the answer-date watch waits beside the main flow (its event-based gateways; the timers' own ids
     * for instances started on the model's first version). Pages show the watch as the reminder and overdue
     * facts, not as steps.
     */
    public static final List<String> ANSWER_DATE_WATCH = List.of("AnswerBeforeReminder", "AnswerBeforeOverdue",
            "AnswerDueReminder", "AnswerOverdue");
    /** The short process of a matter only reported to the board (delegationsbeslut, anmälan). */
    public static final String REPORT_ITEM = "report-item";
    /** Every process a matter may run; task lists show the tasks of all of them. */
    public static final List<String> PROCESSES = List.of(PROCESS, REPORT_ITEM);
    /** The board's outcome as the audit log says it (Swedish, as in the minutes). */
    private static final Map<BoardOutcome, String> OUTCOME_TEXT = Map.of(BoardOutcome.DECIDED, "beslutat",
            BoardOutcome.REFER_BACK, "återremiss", BoardOutcome.POSTPONE, "bordläggning");
    /** Reminders go out at the start of the working day. */
    static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);
    /** More rounds than the longest chain of asynchronous steps in the model (join, then closing). */
    private static final int MAX_PENDING_ROUNDS = 10;

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final MatterProgressRepository progress;
    private final Deadlines deadlines;
    private final StaffReports staffReports;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    BoardMatterProcess(RuntimeService runtime, TaskService tasks, ManagementService management,
            MatterProgressRepository progress, Deadlines deadlines, StaffReports staffReports, AuditLog audit,
            Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.progress = progress;
        this.deadlines = deadlines;
        this.staffReports = staffReports;
        this.audit = audit;
        this.clock = clock;
    }

    public MatterProgress start(MatterStart matter) {
        LocalDate reminderDay = matter.answerDue() == null ? null
                : deadlines.reminderDay(matter.kind(), matter.answerDue());
        MatterProgress started = progress.save(new MatterProgress(matter.matterId(), matter.registryNumber(),
                matter.municipalityCode(), matter.kind(), matter.registeredOn(), matter.answerDue(), reminderDay));
        Map<String, Object> variables = new HashMap<>();
        variables.put("matterId", matter.matterId());
        variables.put("caseOfficer", matter.caseOfficer());
        variables.put("hasAnswerDue", matter.answerDue() != null);
        if (matter.answerDue() != null) {
            variables.put("reminderAt", at(reminderDay, REMINDER_TIME));
            variables.put("overdueAt", at(Deadlines.overdueDay(matter.answerDue()), LocalTime.MIDNIGHT));
        }
        // The municipality's own deployment (its Camunda tenant); the business key is unique only within it.
        ProcessInstance instance = runtime.createProcessInstanceByKey(processOf(matter.kind()))
                .processDefinitionTenantId(matter.municipalityCode()).businessKey(matter.registryNumber())
                .setVariables(variables).execute();
        started.startedAs(instance.getId());
        audit.record("PROCESS_STARTED", BoardMatterSteps.ENTITY, matter.matterId(), matter.municipalityCode(),
                "Handläggning startad för " + matter.registryNumber() + (reminderDay == null ? ""
                        : "; påminnelse " + reminderDay + ", svarsdatum " + matter.answerDue()), null);
        return started;
    }

    /**
     * "Anmäl till sammanträde": records the meeting the matter is put forward to, checked against the matter's
     * timeline ({@link MatterTimeline#placeOnAgenda}): not passed, at most a year ahead, after the board's last
     * handling; a meeting after the answer date needs {@code lateReason} and is flagged
     * ({@link MatterProgress#isLateMeeting()}). The caller completes the {@code PlaceOnAgenda} task in the same
     * transaction; a refusal ({@link DomainException} on {@code meetingDate} or {@code lateMeetingReason})
     * changes nothing.
     *
     * @return the meeting day
     */
    public LocalDate placeOnAgenda(Long matterId, LocalDate meetingDate, String lateReason) {
        MatterProgress matter = open(matterId);
        String reason = timeline(matter).placeOnAgenda(meetingDate, lateReason);
        matter.placedOnAgenda(meetingDate, reason);
        events.publishEvent(new MatterProgressChanged(matterId));
        audit.record("PLACED_ON_AGENDA", BoardMatterSteps.ENTITY, matter.getMatterId(), matter.getMunicipalityCode(),
                "Anmält till sammanträdet " + meetingDate + (reason == null ? ""
                        : "; efter svarsdatumet " + matter.getAnswerDue()),
                reason == null ? null : "skäl: " + reason);
        return meetingDate;
    }

    /**
     * The board's handling at a meeting. {@code reason} is required for återremiss; {@code immediateApproval}
     * (the paragraph was justered at the meeting) counts only for a decision. Återremiss opens a new draft of
     * the staff report (the approved version is kept) with the board's reason for the case officer. Recorded on
     * the day of the meeting the matter is on (or today), a paragraph justered at once announced today.
     */
    public void recordBoardOutcome(Long matterId, BoardOutcome outcome, String reason,
            boolean immediateApproval) {
        recordBoardOutcome(matterId, outcome, reason, immediateApproval, null, null);
    }

    /**
     * The board's handling at a meeting. {@code reason} is required for återremiss. {@code decidedOn} is the day
     * of the handling (null: the meeting the matter was put forward to once it has come, else today); it is not
     * before that meeting, the registration or the previous handling, and not after today. A paragraph justered
     * at once ({@code immediateApproval}, decisions only) is announced on {@code noticeDay} (null: today), not
     * before the decision and not after today; the appeal period counts from that day (KL 13 kap. 5 §), so a
     * secretary recording it afterwards gives no longer period than the law's. A notice day is refused
     * unless the paragraph was justered at once. Every refusal is a {@link DomainException} naming the date it
     * conflicts with, and changes nothing.
     */
    public void recordBoardOutcome(Long matterId, BoardOutcome outcome, String reason, boolean immediateApproval,
            LocalDate decidedOn, LocalDate noticeDay) {
        MatterProgress matter = open(matterId);
        TextLimits.requireAtMost(reason, TextLimits.REASON, "reason");
        if (outcome == BoardOutcome.REFER_BACK && (reason == null || reason.isBlank())) {
            throw DomainException.invalid("reason", "matter.referBack.reasonRequired");
        }
        boolean immediate = immediateApproval && outcome == BoardOutcome.DECIDED;
        if (noticeDay != null && !immediate) {
            throw DomainException.invalid("noticeDay", "matter.noticeDay.onlyImmediate");
        }
        MatterTimeline timeline = timeline(matter);
        LocalDate handledOn = timeline.boardHandledOn(decidedOn);
        LocalDate announcedOn = immediate ? timeline.noticeDay(noticeDay, handledOn) : null;
        String trimmedReason = outcome == BoardOutcome.REFER_BACK ? reason.trim() : null;
        matter.boardOutcome(outcome, trimmedReason, handledOn);
        Map<String, Object> variables = new HashMap<>();
        variables.put("boardOutcome", outcome.name());
        variables.put("immediateApproval", immediate);
        // The day itself, not "today" at whatever time the engine gets to publishing the notice.
        variables.put("noticeDay", announcedOn == null ? null : announcedOn.toString());
        correlate(matter, BoardMatterMessages.BOARD_OUTCOME, variables, "matter.notAwaitingBoard");
        if (outcome == BoardOutcome.REFER_BACK) {
            staffReports.reopenAfterReferral(matterId, trimmedReason, matter.getMunicipalityCode());
        }
        audit.record("BOARD_OUTCOME", BoardMatterSteps.ENTITY, matter.getMatterId(), matter.getMunicipalityCode(),
                "Nämndens behandling " + handledOn + ": " + OUTCOME_TEXT.get(outcome)
                        + (immediate ? " (omedelbart justerad)" : ""),
                trimmedReason == null ? null : "skäl: " + trimmedReason);
    }

    public void recordMinutesApproved(Long matterId) {
        recordMinutesApproved(matterId, null);
    }

    /**
     * The minutes were approved and the approval announced on the notice board on {@code noticeDay} (null:
     * today): not after today and not before the board's decision ({@link MatterTimeline#noticeDay}). The appeal
     * period counts from that day, so a justering recorded after the fact is not given a longer appeal period
     * than the law's.
     */
    public void recordMinutesApproved(Long matterId, LocalDate noticeDay) {
        MatterProgress matter = open(matterId);
        LocalDate announcedOn = timeline(matter).noticeDay(noticeDay);
        Map<String, Object> variables = new HashMap<>();
        variables.put("noticeDay", announcedOn.toString());
        correlate(matter, BoardMatterMessages.MINUTES_APPROVED, variables, "matter.notAwaitingApproval");
        audit.record("MINUTES_APPROVED", BoardMatterSteps.ENTITY, matter.getMatterId(), matter.getMunicipalityCode(),
                "Protokollet med beslutet är justerat; anslaget " + announcedOn, null);
    }

    /**
     * The last day to appeal a decision whose justering was announced on the anslagstavla on {@code noticeDay}:
     * three weeks from it (KL 13 kap. 5 §), moved to the next working day when it ends on a Saturday, Sunday or
     * holiday (lagen (1930:173) om beräkning av lagstadgad tid). The same rule the matter's appeal period runs by.
     */
    @Transactional(readOnly = true)
    public LocalDate appealPeriodEnds(LocalDate noticeDay) {
        return deadlines.appealPeriodEnds(noticeDay);
    }

    /** Whether the matter's process waits for the justering of the minutes with its decision (or report). */
    @Transactional(readOnly = true)
    public boolean awaitsMinutesApproval(Long matterId) {
        return waitingIn(matterId).contains("AwaitMinutesApproval");
    }

    /**
     * Avskrivning: ends a matter the board has not decided, wherever it stands, with a reason. Refused once the
     * board has decided it: the decision stands (and may be appealed) and the matter is closed after its appeal
     * period and dispatch; a decided matter cannot be written off.
     */
    public void writeOff(Long matterId, String reason) {
        TextLimits.requireAtMost(reason, TextLimits.REASON, "reason");
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "matter.writeOff.reasonRequired");
        }
        MatterProgress matter = open(matterId);
        if (matter.getBoardOutcome() == BoardOutcome.DECIDED) {
            throw DomainException.invalid(null, "matter.writeOff.decided");
        }
        matter.writtenOff(OffsetDateTime.now(clock), reason.trim());
        correlate(matter, BoardMatterMessages.WRITE_OFF, Map.of(), "matter.notOpen");
    }

    /**
     * A report item (delegationsbeslut, anmälan) was reported to the board at a meeting. A standing matter of
     * the year ({@code reportAgain}) goes back to the agenda step for the next meeting; otherwise it waits for the
     * justering of these minutes and is then closed.
     */
    public void recordReported(Long matterId, boolean reportAgain) {
        MatterProgress matter = open(matterId);
        if (!isReportItem(matter)) {
            throw DomainException.invalid(null, "matter.notReportItem");
        }
        // The day of the meeting it was reported at: the justering's notice is not before it.
        matter.handledOn(timeline(matter).reportedOn());
        correlate(matter, BoardMatterMessages.ITEM_REPORTED, Map.of("reportAgain", reportAgain),
                "matter.notAwaitingReport");
        audit.record("REPORTED", BoardMatterSteps.ENTITY, matterId, matter.getMunicipalityCode(),
                "Anmält för nämnden" + (reportAgain ? "; anmäls igen vid nästa sammanträde" : ""), null);
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

    /**
     * Runs now, in the caller's transaction, the steps behind a transaction boundary that the engine's job
     * executor would run right after (e.g. {@code PublishNotice} after the justering); timers are left to their
     * time. For work done outside a person's task list, like {@link #completeStep}: the demo data moves its
     * matters on in one go. A failing step fails the caller.
     */
    public void runPendingSteps(Long matterId) {
        MatterProgress matter = progress.findById(matterId)
                .orElseThrow(() -> DomainException.notFound("notFound.matter"));
        for (int round = 0; round < MAX_PENDING_ROUNDS; round++) {
            String instance = instanceId(matter);
            List<String> jobs = instance == null ? List.of() : management.createJobQuery()
                    .processInstanceId(instance).messages().executable().list().stream().map(Job::getId).toList();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(management::executeJob);
        }
        throw new IllegalStateException("Steps of matter " + matterId + " still pending after "
                + MAX_PENDING_ROUNDS + " rounds");
    }

    /**
     * The matter's case officer changed (a manager chose another in the registry): the open preparation task
     * follows the matter's case officer, and the process remembers the new one for any later return. Removing
     * the case officer while the staff report is being prepared is refused: the task would have no holder.
     *
     * @param caseOfficer the new case officer's user name, or null when the matter has none
     */
    public void caseOfficerChanged(Long matterId, String caseOfficer) {
        MatterProgress matter = progress.findById(matterId).orElse(null);
        if (matter == null || !matter.isOpen()) {
            return;
        }
        String instance = instanceId(matter);
        if (instance == null) {
            return;
        }
        org.camunda.bpm.engine.task.Task preparation = tasks.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey("PrepareStaffReport").singleResult();
        if (preparation != null && caseOfficer == null) {
            throw DomainException.invalid("caseOfficerId", "matter.caseOfficer.neededForTask");
        }
        runtime.setVariable(instance, "caseOfficer", caseOfficer);
        if (preparation != null && !caseOfficer.equals(preparation.getAssignee())) {
            String before = preparation.getAssignee();
            tasks.setAssignee(preparation.getId(), caseOfficer);
            audit.record("TASK_REASSIGNED", BoardMatterSteps.ENTITY, matterId, matter.getMunicipalityCode(),
                    "Uppgiften Skriv tjänsteutlåtande flyttad till den nya handläggaren (" + matter.getRegistryNumber()
                            + ")", "från " + before + " till " + caseOfficer);
        }
    }

    /**
     * Marks the dispatch as done when the secretary completes the dispatch task: the matter is answered, so
     * its answer-date watch ends (message {@link BoardMatterMessages#ANSWERED}; nothing to end when the matter
     * has no answer date or was already flagged overdue). Dispatched after the answer date, the matter is
     * recorded as overdue from the day after it even if the overdue timer had not run yet.
     */
    public void recordDispatched(Long matterId) {
        progress.findById(matterId).ifPresent(matter -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (matter.getAnswerDue() != null && matter.getOverdueSince() == null
                    && now.toLocalDate().isAfter(matter.getAnswerDue())) {
                matter.overdueSince(Deadlines.overdueDay(matter.getAnswerDue()));
                events.publishEvent(new MatterProgressChanged(matterId));
                audit.record("OVERDUE", BoardMatterSteps.ENTITY, matterId, matter.getMunicipalityCode(),
                        "Försenat: expedierat efter svarsdatum " + matter.getAnswerDue(), null);
            }
            matter.dispatched(now);
            String instance = instanceId(matter);
            if (instance != null) {
                runtime.createMessageCorrelation(BoardMatterMessages.ANSWERED).processInstanceId(instance)
                        .correlateAllWithResult();
            }
        });
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
        return instanceId == null ? List.of()
                : runtime.getActiveActivityIds(instanceId).stream().sorted().toList();
    }

    /** A person's step the matter waits in: the activity, who holds it (user name) or else the roles that may take it. */
    public record OpenStep(String activityId, String assignee, List<String> candidateGroups) {
    }

    /** The person's steps (user tasks) the matter waits in now, none when its process has ended. */
    @Transactional(readOnly = true)
    public List<OpenStep> openSteps(Long matterId) {
        String instanceId = progress.findById(matterId).map(this::instanceId).orElse(null);
        if (instanceId == null) {
            return List.of();
        }
        return tasks.createTaskQuery().processInstanceId(instanceId).list().stream()
                .map(task -> new OpenStep(task.getTaskDefinitionKey(), task.getAssignee(),
                        task.getAssignee() != null ? List.of() : tasks.getIdentityLinksForTask(task.getId()).stream()
                                .filter(link -> link.getGroupId() != null)
                                .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId).sorted().toList()))
                .toList();
    }

    /** The matter's dates as of today, for the rules and the status texts. */
    MatterTimeline timeline(MatterProgress matter) {
        return MatterTimeline.of(matter, LocalDate.now(clock));
    }

    private MatterProgress open(Long matterId) {
        MatterProgress matter = progress.findById(matterId)
                .orElseThrow(() -> DomainException.notFound("notFound.matter"));
        if (!matter.isOpen()) {
            throw DomainException.invalid(null, "matter.notOpen");
        }
        return matter;
    }

    /**
     * The matter's running process instance, or null when it has ended: by the id recorded at its start, or (for
     * an instance started before the id was recorded) by its business key within the municipality's tenant.
     */
    private String instanceId(MatterProgress matter) {
        ProcessInstance instance = matter.getProcessInstanceId() != null
                ? runtime.createProcessInstanceQuery().processInstanceId(matter.getProcessInstanceId()).singleResult()
                : runtime.createProcessInstanceQuery().processDefinitionKey(processOf(matter))
                        .processInstanceBusinessKey(matter.getRegistryNumber()).tenantIdIn(matter.getMunicipalityCode())
                        .singleResult();
        return instance == null ? null : instance.getId();
    }

    /** Whether the matter is only reported to the board (and so runs the report-item process). */
    public static boolean isReportItem(MatterProgress matter) {
        return se.namndflode.registry.MatterKind.valueOf(matter.getKind()).isReportedOnly();
    }

    private static String processOf(MatterProgress matter) {
        return processOf(matter.getKind());
    }

    private static String processOf(String kind) {
        return se.namndflode.registry.MatterKind.valueOf(kind).isReportedOnly() ? REPORT_ITEM : PROCESS;
    }

    /**
     * The board-matter message as the matter's process names it: a report item is justered and written off
     * by messages of its own, and has no board outcome (nothing is decided).
     */
    private static String messageOf(MatterProgress matter, String message) {
        if (!isReportItem(matter)) {
            return message;
        }
        return switch (message) {
            case BoardMatterMessages.MINUTES_APPROVED -> BoardMatterMessages.ITEM_MINUTES_APPROVED;
            case BoardMatterMessages.WRITE_OFF -> BoardMatterMessages.ITEM_WRITE_OFF;
            case BoardMatterMessages.BOARD_OUTCOME -> throw DomainException.invalid(null, "matter.reportItem.noDecision");
            default -> message;
        };
    }

    private void correlate(MatterProgress matter, String message, Map<String, Object> variables,
            String refusalKey) {
        try {
            // Business key and tenant together: the same diarienummer may exist in another municipality.
            runtime.createMessageCorrelation(messageOf(matter, message))
                    .processInstanceBusinessKey(matter.getRegistryNumber()).tenantId(matter.getMunicipalityCode())
                    .setVariables(variables).correlate();
        } catch (MismatchingMessageCorrelationException notWaiting) {
            throw DomainException.invalid(null, refusalKey);
        }
    }

    private static Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(WorkingDayCalendar.STOCKHOLM).toInstant());
    }
}
