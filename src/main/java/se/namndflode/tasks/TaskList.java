package se.namndflode.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.meeting.Meeting;
import se.namndflode.meeting.Meetings;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterEntry;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.Registry;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;
import se.namndflode.shared.web.DomainException;

/**
 * The signed-in user's tasks of the matters' processes, the meetings' process and the other capabilities' processes
 * ({@link TaskSubjects}: the assignments'): "Mina uppgifter" (assigned to their user name) and "Gruppens uppgifter"
 * (unassigned, for one of their roles), of their municipalities (the engine's tenants) only. The lists read the task
 * read model ({@link TaskModel}, kept equal to the engine's tasks by its task listeners) with every filter, the
 * order and the page in SQL; a task of a confidential matter the user is not entitled to is listed as the register
 * shows the matter (number, public or masked title; {@link TaskRow#restricted()}), decided in the same query. Its
 * steps whose work needs only the register entry ({@link #ENTRY_STEPS}: putting it forward to a meeting, where the
 * agenda names it by its public title) are taken and done like any other; opening or taking one that needs the
 * content is refused (403) as opening the matter is, and the lists do not offer to take it. Taking, leaving and the
 * rule that only the holder completes a task are here too, on the engine's task.
 */
@Service
@Transactional
public class TaskList {

    public static final int PAGE_SIZE = 20;
    /**
     * The most tasks a list (and the start page) counts exactly: above it the total is given as
     * {@code COUNT_CAP + 1}, shown as "more than 2 000" (counting all of a city's free tasks on every page would cost
     * more than the page; as the matter list's {@code MatterListing.COUNT_CAP}).
     */
    public static final int COUNT_CAP = 2000;
    static final String CLAIMED = "TASK_CLAIMED";
    static final String UNCLAIMED = "TASK_UNCLAIMED";
    static final String COMPLETED = "TASK_COMPLETED";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    /**
     * The steps of the board-matter process whose work needs only the matter's register entry (number, public title,
     * board), not its content: "Anmäl till sammanträde" (the secretary chooses the meeting; the agenda, the kallelse
     * and the public minutes name a confidential matter by its public title). A candidate who is not entitled to a
     * confidential matter may take and do these; every other step needs the content (the staff report, the
     * decision's extract and its recipients) and is left to the entitled.
     */
    static final Set<String> ENTRY_STEPS = Set.of("PlaceOnAgenda");

    private final TaskService engineTasks;
    private final TaskItems items;
    private final Registry registry;
    private final Meetings meetings;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    TaskList(TaskService engineTasks, TaskItems items, Registry registry, Meetings meetings, AuditLog audit,
            MessageSource messages, Clock clock) {
        this.engineTasks = engineTasks;
        this.items = items;
        this.registry = registry;
        this.meetings = meetings;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * A task with what it belongs to (a matter, a meeting, or another capability's subject), for the task's own page
     * and the actions on it.
     */
    record OpenTask(Task task, Matter matter, MatterEntry restricted, Meeting meeting, TaskSubject subject,
            TaskRow row, Set<String> candidateGroups) {

        /**
         * A task of a matter the user is entitled to ({@code matter}), or of a confidential matter they are not,
         * given as its register entry ({@code restricted}) for a step of {@link #ENTRY_STEPS}.
         */
        static OpenTask ofMatter(Task task, Matter matter, MatterEntry restricted, TaskRow row, Set<String> groups) {
            return new OpenTask(task, matter, restricted, null, null, row, groups);
        }

        String municipalityCode() {
            return matter != null ? matter.getMunicipality().getCode()
                    : restricted != null ? restricted.municipality().getCode()
                    : meeting != null ? meeting.getMunicipalityCode() : subject.municipalityCode();
        }

        /** The audit log's entity type and id of what the task belongs to. */
        String entityType() {
            return matter != null || restricted != null ? Registry.MATTER
                    : meeting != null ? Meetings.ENTITY : subject.entityType();
        }

        Long entityId() {
            return matter != null ? matter.getId() : restricted != null ? restricted.id()
                    : meeting != null ? meeting.getId() : subject.entityId();
        }

        /** The matter's id, whether the user is entitled to it or not; null for a meeting's or subject's task. */
        Long matterId() {
            return matter != null ? matter.getId() : restricted != null ? restricted.id() : null;
        }

        /** The matter's board; null for a meeting's or subject's task. */
        Long boardId() {
            return matter != null ? matter.getBoard().getId() : restricted != null ? restricted.board().getId() : null;
        }

        /** What the audit log names the task by: the matter's number, the meeting's day or the subject's reference. */
        String auditName() {
            return meeting != null ? row.title() : row.registryNumber();
        }
    }

    // --- Lists ----------------------------------------------------------------------------------------

    /** Mina uppgifter: a page of {@link #PAGE_SIZE} of the user's own tasks, filtered and ordered as asked. */
    @Transactional(readOnly = true)
    public Page<TaskRow> mine(TaskFilter filter, int page) {
        return page(TaskItems.Scope.MINE, filter, page);
    }

    /** Gruppens uppgifter: a page of the free tasks of the user's roles (or of {@link TaskFilter#role()}). */
    @Transactional(readOnly = true)
    public Page<TaskRow> group(TaskFilter filter, int page) {
        return page(TaskItems.Scope.GROUP, filter, page);
    }

    /** The number of tasks in Mina uppgifter (the same query as the list's, unfiltered; at most {@code COUNT_CAP + 1}). */
    @Transactional(readOnly = true)
    public int countMine() {
        return count(TaskItems.Scope.MINE);
    }

    /**
     * The number of tasks in Gruppens uppgifter (the same query as the list's, unfiltered; at most
     * {@code COUNT_CAP + 1}).
     */
    @Transactional(readOnly = true)
    public int countGroup() {
        return count(TaskItems.Scope.GROUP);
    }

    private int count(TaskItems.Scope scope) {
        return viewer().map(viewer -> (int) items.count(viewer, scope, LocalDate.now(clock))).orElse(0);
    }

    private Page<TaskRow> page(TaskItems.Scope scope, TaskFilter filter, int page) {
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        Optional<TaskItems.Viewer> viewer = viewer();
        if (viewer.isEmpty()) {
            return new PageImpl<>(List.of(), request, 0);
        }
        TaskItems.ListPage found = items.list(viewer.get(), scope, filter, LocalDate.now(clock),
                request.getPageNumber(), PAGE_SIZE);
        SignedInUser user = CurrentUser.require();
        return new PageImpl<>(found.rows().stream().map(row -> row(row, user)).toList(), request, found.total());
    }

    /** The signed-in user as the read model's queries need them; empty without municipalities. */
    private static Optional<TaskItems.Viewer> viewer() {
        return CurrentUser.get().filter(user -> !user.getMunicipalityCodes().isEmpty()).map(user ->
                new TaskItems.Viewer(user.getMunicipalityCodes(), user.getUsername(),
                        user.getAccountId() == null ? -1 : user.getAccountId(), roleNames(user),
                        Registry.seesConfidential(user)));
    }

    private static String[] tenants(SignedInUser user) {
        return user.getMunicipalityCodes().toArray(String[]::new);
    }

    /**
     * A listed row as the user sees it: the step named in their language, a matter's address qualified by its
     * municipality for a user of several.
     */
    private TaskRow row(TaskItems.Listed item, SignedInUser user) {
        boolean matter = Registry.MATTER.equals(item.subjectType());
        boolean meeting = Meetings.ENTITY.equals(item.subjectType());
        String url = !matter ? null : user.getMunicipalityCodes().size() > 1
                ? item.municipalityCode() + ":" + item.urlNumber() : item.urlNumber();
        return new TaskRow(item.taskId(), item.taskKey(),
                messages.getMessage(item.nameKey(), null, item.taskName(), SWEDISH), item.assignee(),
                matter ? item.subjectId() : null, meeting ? null : item.reference(), url, item.title(),
                item.boardId(), item.boardName(), item.matterKind() == null ? null : MatterKind.valueOf(item.matterKind()),
                item.due(), item.overdue(), item.reminded(), item.created(), item.lateMeeting(), item.restricted(),
                meeting ? item.subjectId() : null, matter ? "/arenden/" + url : item.link(), item.nameKey(),
                item.kindKey());
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
        Optional<TaskItems.Viewer> viewer = viewer();
        TaskItems.Listed item = taskId == null || viewer.isEmpty() ? null
                : items.find(viewer.get(), taskId, LocalDate.now(clock)).orElse(null);
        Task task = item == null ? null
                : engineTasks.createTaskQuery().taskId(taskId).tenantIdIn(tenants(user)).singleResult();
        if (task == null) {
            throw DomainException.notFound("task.notFound");
        }
        Set<String> groups = TaskModel.groups(engineTasks.getIdentityLinksForTask(task.getId()));
        TaskRow row = row(item, user);
        if (Meetings.ENTITY.equals(item.subjectType())) {
            Meeting meeting;
            try {
                meeting = meetings.meeting(item.subjectId());
            } catch (DomainException notVisible) {
                throw DomainException.notFound("task.notFound");
            }
            return new OpenTask(task, null, null, meeting, null, row, groups);
        }
        if (!Registry.MATTER.equals(item.subjectType())) {
            return new OpenTask(task, null, null, null, new TaskSubject(item.subjectType(), item.subjectId(),
                    item.municipalityCode(), item.reference(), item.title(), item.link(), item.boardId(),
                    item.boardName(), item.due(), item.overdue(), item.reminded()), row, groups);
        }
        // The entry first (no refusal thrown through the registry's transaction, which would spoil this one).
        MatterEntry entry = registry.entries(List.of(item.subjectId())).stream().findFirst()
                .orElseThrow(() -> DomainException.notFound("task.notFound"));
        if (entry.restricted() && ENTRY_STEPS.contains(item.taskKey())) {
            // Work that needs only the register entry: done without access to the content.
            return OpenTask.ofMatter(task, null, entry, row, groups);
        }
        Matter matter;
        try {
            matter = registry.matter(item.subjectId());
        } catch (DomainException notVisible) {
            // A confidential matter of the user's municipality is refused as the registry refuses it (403, with
            // its number and public or masked title, and whom to ask for access): a task of it whose work needs
            // the content cannot be seen, taken or done without access.
            if (notVisible.status() == HttpStatus.FORBIDDEN) {
                throw notVisible;
            }
            throw DomainException.notFound("task.notFound");
        }
        return OpenTask.ofMatter(task, matter, null, row, groups);
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
