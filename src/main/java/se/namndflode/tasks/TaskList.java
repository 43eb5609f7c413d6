package se.namndflode.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.matter.MatterProgress;
import se.namndflode.meeting.Meeting;
import se.namndflode.meeting.MeetingProcess;
import se.namndflode.meeting.Meetings;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterEntry;
import se.namndflode.registry.Registry;
import se.namndflode.registry.RegistryNumber;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;
import se.namndflode.shared.time.WorkingDayCalendar;
import se.namndflode.shared.web.DomainException;

/**
 * The signed-in user's tasks of the matters' processes, the meetings' process and the other capabilities' processes
 * ({@link TaskSubjects}: the assignments'): "Mina uppgifter" (assigned to their user name) and "Gruppens uppgifter"
 * (unassigned, for one of their roles), of their municipalities (the engine's tenants) only. The engine's tasks are
 * joined in memory with the registry's entries of their matters and the process's read model, with the meetings, or
 * with the other capabilities' subjects, each read in one batched query. A task of a confidential matter the
 * user is not entitled to is listed as the register shows the matter (number, public or masked title;
 * {@link TaskRow#restricted()}), and opening or taking it is refused (403) as opening the matter is. Taking, leaving
 * and the rule that only the holder completes a task are here too.
 */
@Service
@Transactional
public class TaskList {

    public static final int PAGE_SIZE = 20;
    static final String CLAIMED = "TASK_CLAIMED";
    static final String UNCLAIMED = "TASK_UNCLAIMED";
    static final String COMPLETED = "TASK_COMPLETED";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final TaskService engineTasks;
    private final RuntimeService runtime;
    private final Registry registry;
    private final BoardMatterProcess process;
    private final Meetings meetings;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;
    private final List<TaskSubjects> others;
    /** The processes whose tasks are listed: every process a matter may run, the meeting's, the other capabilities'. */
    private final String[] processes;

    TaskList(TaskService engineTasks, RuntimeService runtime, Registry registry, BoardMatterProcess process,
            Meetings meetings, AuditLog audit, MessageSource messages, Clock clock, List<TaskSubjects> others) {
        this.others = List.copyOf(others);
        this.processes = java.util.stream.Stream.of(BoardMatterProcess.PROCESSES.stream(),
                        java.util.stream.Stream.of(MeetingProcess.PROCESS),
                        others.stream().flatMap(other -> other.processKeys().stream()))
                .flatMap(Function.identity()).distinct().toArray(String[]::new);
        this.engineTasks = engineTasks;
        this.runtime = runtime;
        this.registry = registry;
        this.process = process;
        this.meetings = meetings;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * A task with what it belongs to (a matter, a meeting, or another capability's subject), for the task's own page
     * and the actions on it.
     */
    record OpenTask(Task task, Matter matter, Meeting meeting, TaskSubject subject, TaskRow row,
            Set<String> candidateGroups) {

        String municipalityCode() {
            return matter != null ? matter.getMunicipality().getCode()
                    : meeting != null ? meeting.getMunicipalityCode() : subject.municipalityCode();
        }

        /** The audit log's entity type and id of what the task belongs to. */
        String entityType() {
            return matter != null ? Registry.MATTER : meeting != null ? Meetings.ENTITY : subject.entityType();
        }

        Long entityId() {
            return matter != null ? matter.getId() : meeting != null ? meeting.getId() : subject.entityId();
        }

        /** What the audit log names the task by: the matter's number, the meeting's day or the subject's reference. */
        String auditName() {
            return meeting != null ? row.title() : row.registryNumber();
        }
    }

    // --- Lists ----------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<TaskRow> mine(TaskFilter filter, int page) {
        return page(rows(myTasks()), filter, page);
    }

    @Transactional(readOnly = true)
    public Page<TaskRow> group(TaskFilter filter, int page) {
        return page(rows(groupTasks()), filter, page);
    }

    @Transactional(readOnly = true)
    public int countMine() {
        return rows(myTasks()).size();
    }

    @Transactional(readOnly = true)
    public int countGroup() {
        return rows(groupTasks()).size();
    }

    private List<Task> myTasks() {
        return CurrentUser.get().filter(user -> !user.getMunicipalityCodes().isEmpty())
                .map(user -> engineTasks.createTaskQuery().processDefinitionKeyIn(processes)
                        .tenantIdIn(tenants(user)).taskAssignee(user.getUsername()).list())
                .orElse(List.of());
    }

    /**
     * Unassigned tasks for one of the user's roles, of their municipalities only: the candidate groups are roles,
     * the tenant (the municipality) scopes them, in the engine's query.
     */
    private List<Task> groupTasks() {
        return CurrentUser.get().filter(user -> !user.getMunicipalityCodes().isEmpty() && !user.getRoles().isEmpty())
                .map(user -> engineTasks.createTaskQuery().processDefinitionKeyIn(processes)
                        .tenantIdIn(tenants(user)).taskCandidateGroupIn(roleNames(user)).taskUnassigned().list())
                .orElse(List.of());
    }

    private static String[] tenants(SignedInUser user) {
        return user.getMunicipalityCodes().toArray(String[]::new);
    }

    private Page<TaskRow> page(List<TaskRow> rows, TaskFilter filter, int page) {
        LocalDate today = LocalDate.now(clock);
        List<TaskRow> chosen = rows.stream()
                .filter(row -> filter.boardId() == null || filter.boardId().equals(row.boardId()))
                .filter(row -> filter.kind() == null || filter.kind() == row.kind())
                .filter(row -> switch (filter.dueOrAll()) {
                    case ALL -> true;
                    case OVERDUE -> row.overdue();
                    case WITHIN_7_DAYS -> row.answerDue() != null && !row.answerDue().isBefore(today)
                            && !row.answerDue().isAfter(today.plusDays(7));
                })
                .sorted(order(filter.sortOrDefault()))
                .toList();
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        int from = (int) Math.min(request.getOffset(), chosen.size());
        int to = Math.min(from + PAGE_SIZE, chosen.size());
        return new PageImpl<>(chosen.subList(from, to), request, chosen.size());
    }

    private static Comparator<TaskRow> order(TaskFilter.Sort sort) {
        // A meeting's task has no diarienummer, another capability's a reference: after the matters' tasks, by
        // reference.
        Comparator<TaskRow> byNumber = Comparator.comparing(
                (TaskRow row) -> row.matterId() == null ? null : RegistryNumber.parse(row.registryNumber()),
                Comparator.nullsLast(Comparator.comparing(RegistryNumber::prefix)
                        .thenComparingInt(RegistryNumber::year).thenComparingInt(RegistryNumber::serial)))
                .thenComparing(TaskRow::registryNumber, Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<TaskRow> byCreated = Comparator.comparing(TaskRow::created,
                Comparator.nullsLast(Comparator.naturalOrder()));
        return switch (sort) {
            case DUE -> Comparator.comparing(TaskRow::answerDue, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(byCreated).thenComparing(TaskRow::taskId);
            case NUMBER -> byNumber.thenComparing(TaskRow::taskId);
            case CREATED -> byCreated.thenComparing(TaskRow::taskId);
        };
    }

    /**
     * The join: the tasks' matters (one query for the ids, one for the matters, one for their progress) and the
     * meetings' tasks with their meetings (one query for the ids, one for the meetings).
     */
    private List<TaskRow> rows(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        List<String> instances = tasks.stream().map(Task::getProcessInstanceId).distinct().toList();
        Map<String, Long> matterIds = ids(instances, "matterId");
        Map<String, Long> meetingIds = ids(instances, MeetingProcess.MEETING_ID);
        Map<String, SubjectOf> subjects = subjects(instances.stream()
                .filter(id -> !matterIds.containsKey(id) && !meetingIds.containsKey(id)).toList());
        Map<Long, MatterEntry> matters = registry.entries(Set.copyOf(matterIds.values())).stream()
                .collect(Collectors.toMap(MatterEntry::id, Function.identity()));
        // The progress (answer date, reminders, overdue) only of matters the user is entitled to.
        Map<Long, MatterProgress> progress = process.progress(matters.values().stream()
                        .filter(matter -> !matter.restricted()).map(MatterEntry::id).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(MatterProgress::getMatterId, Function.identity()));
        Map<Long, Meeting> meetingsById = meetings.meetings(Set.copyOf(meetingIds.values())).stream()
                .collect(Collectors.toMap(Meeting::getId, Function.identity()));
        return tasks.stream().map(task -> {
            Meeting meeting = meetingsById.get(meetingIds.get(task.getProcessInstanceId()));
            if (meeting != null) {
                return row(task, meeting);
            }
            SubjectOf subject = subjects.get(task.getProcessInstanceId());
            if (subject != null) {
                return row(task, subject);
            }
            MatterEntry matter = matters.get(matterIds.get(task.getProcessInstanceId()));
            return matter == null ? null : row(task, matter, progress.get(matter.id()));
        }).filter(Objects::nonNull).toList();
    }

    private Map<String, Long> ids(List<String> processInstanceIds, String variableName) {
        Map<String, Long> ids = new HashMap<>();
        for (VariableInstance variable : runtime.createVariableInstanceQuery().variableName(variableName)
                .processInstanceIdIn(processInstanceIds.toArray(String[]::new)).list()) {
            if (variable.getValue() instanceof Number id) {
                ids.putIfAbsent(variable.getProcessInstanceId(), id.longValue());
            }
        }
        return ids;
    }

    /** Another capability's subject of a task, with the texts' prefix of that capability. */
    private record SubjectOf(TaskSubject subject, String prefix) {
    }

    /** What the other capabilities' process instances belong to (one query per capability). */
    private Map<String, SubjectOf> subjects(List<String> processInstanceIds) {
        Map<String, SubjectOf> found = new HashMap<>();
        if (processInstanceIds.isEmpty()) {
            return found;
        }
        for (TaskSubjects other : others) {
            other.subjects(processInstanceIds).forEach((instance, subject) ->
                    found.putIfAbsent(instance, new SubjectOf(subject, other.messagePrefix())));
        }
        return found;
    }

    /** A task of another capability's process: its subject's reference, title, board and due day, and its link. */
    private TaskRow row(Task task, SubjectOf of) {
        TaskSubject subject = of.subject();
        OffsetDateTime created = task.getCreateTime() == null ? null
                : task.getCreateTime().toInstant().atZone(WorkingDayCalendar.STOCKHOLM).toOffsetDateTime();
        String nameKey = of.prefix() + "task." + task.getTaskDefinitionKey();
        return new TaskRow(task.getId(), task.getTaskDefinitionKey(),
                messages.getMessage(nameKey, null, task.getName(), SWEDISH), task.getAssignee(), null,
                subject.reference(), null, subject.title(), subject.boardId(), subject.board(), null, subject.due(),
                subject.overdue(), subject.reminded(), created, false, false, null, subject.link(), nameKey,
                of.prefix() + "task.subject");
    }

    /**
     * A task of a matter as the user sees it: of a restricted matter (confidential, not entitled) only what the
     * register shows, with the public title or none (null), and nothing of its progress.
     */
    private TaskRow row(Task task, MatterEntry matter, MatterProgress progress) {
        LocalDate due = progress != null ? progress.getAnswerDue() : matter.answerDue();
        boolean overdue = progress != null ? progress.isOverdue()
                : due != null && due.isBefore(LocalDate.now(clock));
        OffsetDateTime created = task.getCreateTime() == null ? null
                : task.getCreateTime().toInstant().atZone(WorkingDayCalendar.STOCKHOLM).toOffsetDateTime();
        return new TaskRow(task.getId(), task.getTaskDefinitionKey(), name(task), task.getAssignee(),
                matter.id(), matter.registryNumber().toString(), matter.urlNumber(),
                matter.title(), matter.board().getId(), matter.board().getName(), matter.kind(), due,
                overdue, progress != null && progress.getRemindedAt() != null, created,
                progress != null && progress.isLateMeeting(), matter.restricted(), null,
                "/arenden/" + matter.urlNumber(), "task." + task.getTaskDefinitionKey(), matter.kind().messageKey());
    }

    /** A meeting's task: named by the meeting's day and time, due on the task's due day (kallelse, meeting day). */
    private TaskRow row(Task task, Meeting meeting) {
        OffsetDateTime created = task.getCreateTime() == null ? null
                : task.getCreateTime().toInstant().atZone(WorkingDayCalendar.STOCKHOLM).toOffsetDateTime();
        LocalDate due = task.getDueDate() == null ? meeting.getDay()
                : task.getDueDate().toInstant().atZone(WorkingDayCalendar.STOCKHOLM).toLocalDate();
        String title = messages.getMessage("task.meetingTitle", new Object[] {meeting.getDay().toString(),
                meeting.getStartsAt().toString()}, SWEDISH);
        boolean reminded = "SendKallelse".equals(task.getTaskDefinitionKey()) && meeting.getKallelseRemindedAt() != null
                || "PostNotice".equals(task.getTaskDefinitionKey()) && meeting.getNoticeRemindedAt() != null;
        return new TaskRow(task.getId(), task.getTaskDefinitionKey(), name(task), task.getAssignee(), null, null, null,
                title, meeting.getBoard().getId(), meeting.getBoard().getName(), null, due,
                due.isBefore(LocalDate.now(clock)), reminded, created, false, false, meeting.getId(),
                "/sammantraden/" + meeting.getId(), "task." + task.getTaskDefinitionKey(), "meeting.meeting");
    }

    private String name(Task task) {
        return messages.getMessage("task." + task.getTaskDefinitionKey(), null, task.getName(), SWEDISH);
    }

    // --- One task -------------------------------------------------------------------------------------

    /**
     * The task, if it is a task of a matter the user may see, of a meeting of their municipalities or of another
     * capability's subject they may see; otherwise "not found".
     */
    @Transactional(readOnly = true)
    public TaskRow task(String taskId) {
        return open(taskId).row();
    }

    /** Whether the signed-in user holds the task (is its assignee). */
    @Transactional(readOnly = true)
    public boolean holds(String taskId) {
        return isHolder(open(taskId));
    }

    /** Whether the signed-in user may take the task: it is free and one of their roles is a candidate group. */
    @Transactional(readOnly = true)
    public boolean mayClaim(String taskId) {
        OpenTask task = open(taskId);
        return task.task().getAssignee() == null && isCandidate(task);
    }

    OpenTask open(String taskId) {
        SignedInUser user = CurrentUser.require();
        Task task = taskId == null || user.getMunicipalityCodes().isEmpty() ? null : engineTasks.createTaskQuery()
                .taskId(taskId).processDefinitionKeyIn(processes).tenantIdIn(tenants(user)).singleResult();
        if (task == null) {
            throw DomainException.notFound("task.notFound");
        }
        Set<String> groups = engineTasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
        Object meetingId = runtime.getVariable(task.getProcessInstanceId(), MeetingProcess.MEETING_ID);
        if (meetingId instanceof Number id) {
            Meeting meeting;
            try {
                meeting = meetings.meeting(id.longValue());
            } catch (DomainException notVisible) {
                throw DomainException.notFound("task.notFound");
            }
            return new OpenTask(task, null, meeting, null, row(task, meeting), groups);
        }
        Object matterId = runtime.getVariable(task.getProcessInstanceId(), "matterId");
        if (matterId == null) {
            SubjectOf subject = subjects(List.of(task.getProcessInstanceId())).get(task.getProcessInstanceId());
            if (subject == null || !user.belongsTo(subject.subject().municipalityCode())) {
                throw DomainException.notFound("task.notFound");
            }
            return new OpenTask(task, null, null, subject.subject(), row(task, subject), groups);
        }
        Matter matter;
        try {
            matter = registry.matter(matterId instanceof Number id ? id.longValue() : null);
        } catch (DomainException notVisible) {
            // A confidential matter of the user's municipality is refused as the registry refuses it (403, with
            // its number and public or masked title): a task of it cannot be seen, taken or done without access.
            if (notVisible.status() == HttpStatus.FORBIDDEN) {
                throw notVisible;
            }
            throw DomainException.notFound("task.notFound");
        }
        if (!user.belongsTo(matter.getMunicipality().getCode())) {
            throw DomainException.notFound("task.notFound");
        }
        return new OpenTask(task, matter, null, null, row(task, MatterEntry.of(matter),
                process.progress(matter.getId()).orElse(null)), groups);
    }

    /**
     * Takes a free task: only a candidate (one of their roles among the task's groups) may. A task already
     * taken by someone else, or taken at the same moment (the engine's optimistic lock), is refused with 409
     * {@code task-taken}.
     */
    public TaskRow claim(String taskId) {
        OpenTask task = open(taskId);
        SignedInUser user = CurrentUser.require();
        if (!isCandidate(task)) {
            throw new DomainException(HttpStatus.FORBIDDEN, "task-not-candidate", null, "task.notCandidate");
        }
        if (task.task().getAssignee() != null) {
            if (task.task().getAssignee().equals(user.getUsername())) {
                return task.row();
            }
            throw new DomainException(HttpStatus.CONFLICT, "task-taken", null, "task.taken");
        }
        try {
            engineTasks.claim(task.task().getId(), user.getUsername());
        } catch (TaskAlreadyClaimedException | OptimisticLockingException takenMeanwhile) {
            // Another claim was made between reading the task and claiming it: the same answer as above.
            throw new DomainException(HttpStatus.CONFLICT, "task-taken", null, "task.taken");
        }
        audit.record(CLAIMED, task.entityType(), task.entityId(), task.municipalityCode(),
                "Uppgift tagen: " + task.row().name() + " (" + task.auditName() + ")", null);
        return open(taskId).row();
    }

    /** Leaves a group task taken earlier, so that others of the group can take it. */
    public void unclaim(String taskId) {
        OpenTask task = requireHeld(taskId);
        if (task.candidateGroups().isEmpty()) {
            throw DomainException.invalid(null, "task.personal");
        }
        engineTasks.setAssignee(task.task().getId(), null);
        audit.record(UNCLAIMED, task.entityType(), task.entityId(), task.municipalityCode(),
                "Uppgift lämnad: " + task.row().name() + " (" + task.auditName() + ")", null);
    }

    /** The task, if the signed-in user holds it; otherwise the refusal "task.notHeld" and nothing changes. */
    OpenTask requireHeld(String taskId) {
        OpenTask task = open(taskId);
        if (!isHolder(task)) {
            throw new DomainException(HttpStatus.CONFLICT, "task-not-held", null, "task.notHeld");
        }
        return task;
    }

    /** Completes a held task with the process variables of its outcome, and records it for the matter. */
    void complete(OpenTask task, Map<String, Object> variables, String details) {
        engineTasks.complete(task.task().getId(), variables);
        audit.record(COMPLETED, task.entityType(), task.entityId(), task.municipalityCode(),
                "Uppgift slutförd: " + task.row().name() + " (" + task.auditName() + ")", details);
    }

    private static boolean isHolder(OpenTask task) {
        return CurrentUser.get().map(user -> user.getUsername().equals(task.task().getAssignee())).orElse(false);
    }

    private static boolean isCandidate(OpenTask task) {
        return CurrentUser.get().map(TaskList::roleNames).orElse(List.of()).stream()
                .anyMatch(task.candidateGroups()::contains);
    }

    private static List<String> roleNames(SignedInUser user) {
        return user.getRoles().stream().map(Role::name).toList();
    }
}
