package se.namndflode.tasks;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.matter.MatterProgress;
import se.namndflode.matter.MatterProgressChanged;
import se.namndflode.meeting.MeetingProcess;
import se.namndflode.meeting.MeetingRemindersChanged;
import se.namndflode.meeting.Meetings;
import se.namndflode.registry.CaseOfficerChanged;
import se.namndflode.registry.Registry;
import se.namndflode.registry.RegistryNumber;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * Keeps the task read model ({@link TaskItems}) equal to the engine's open user tasks: the engine's task listeners
 * ({@link TaskModelPlugin}) call it on create, assignment, update, complete and delete, inside the engine's command
 * and so in its transaction (a rolled-back command leaves no row behind); the subjects' modules tell it when what the
 * lists show of a subject changes ({@link CaseOfficerChanged}, {@link MatterProgressChanged},
 * {@link MeetingRemindersChanged}, {@link TaskSubjectChanged}), in the transaction of that change. A task is
 * listed under its subject: a matter ({@code matterId} variable), a meeting ({@code meetingId}) or another
 * capability's ({@link TaskSubjects}); a task of none of these is not listed. {@link #rebuild()} recreates the
 * model from the engine.
 */
@Component
@Transactional
class TaskModel {

    private static final Logger LOG = LoggerFactory.getLogger(TaskModel.class);
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    static final String MATTER_ID = "matterId";

    private final TaskItems items;
    private final Registry registry;
    private final BoardMatterProcess process;
    private final Meetings meetings;
    private final List<TaskSubjects> others;
    private final MessageSource messages;
    private final TaskService engineTasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;

    TaskModel(TaskItems items, Registry registry, BoardMatterProcess process, Meetings meetings,
            List<TaskSubjects> others, MessageSource messages, TaskService engineTasks, RuntimeService runtime,
            RepositoryService repository) {
        this.items = items;
        this.registry = registry;
        this.process = process;
        this.meetings = meetings;
        this.others = List.copyOf(others);
        this.messages = messages;
        this.engineTasks = engineTasks;
        this.runtime = runtime;
        this.repository = repository;
    }

    // --- The engine's task events -------------------------------------------------------------------------

    /** A task was created: its row, when it belongs to a subject the lists know. */
    void created(DelegateTask task) {
        item(task.getId(), task.getProcessDefinitionId(), task.getProcessInstanceId(), task.getTaskDefinitionKey(),
                task.getName(), task.getTenantId(), task.getAssignee(), groups(task.getCandidates()),
                task.getCreateTime(), task.getDueDate(), task::getVariable).ifPresent(items::insert);
    }

    /** The task's assignee, candidate roles, name or due day changed (claim, unclaim, reassignment, update). */
    void changed(DelegateTask task) {
        LocalDate taskDue = day(task.getDueDate());
        TaskItem engine = new TaskItem(task.getId(), task.getProcessInstanceId(), task.getTaskDefinitionKey(),
                task.getName(), task.getTenantId(), task.getAssignee(), groups(task.getCandidates()), null, taskDue,
                null);
        if (!items.updateEngine(engine)) {
            // The assignment event of a task created with its assignee may come before its create event.
            created(task);
        } else if (task.getVariable(MeetingProcess.MEETING_ID) instanceof Number meetingId) {
            // A meeting task's due day is the day the list shows for it.
            refreshMeeting(meetingId.longValue());
        }
    }

    /** The task was completed or deleted (cancelled by a boundary event, a write-off, the end of its process). */
    void ended(String taskId) {
        items.delete(taskId);
    }

    // --- The subjects' changes -----------------------------------------------------------------------------

    @EventListener
    void on(CaseOfficerChanged changed) {
        refreshMatter(changed.matterId());
    }

    @EventListener
    void on(MatterProgressChanged changed) {
        refreshMatter(changed.matterId());
    }

    @EventListener
    void on(MeetingRemindersChanged changed) {
        refreshMeeting(changed.meetingId());
    }

    @EventListener
    void on(TaskSubjectChanged changed) {
        TaskSubject subject = changed.subject();
        if (subject.entityId() == null) {
            return;
        }
        for (TaskItems.OfSubject task : items.ofSubject(subject.entityType(), subject.entityId())) {
            String prefix = task.kindKey().substring(0, task.kindKey().length() - "task.subject".length());
            items.updateSubject(task.taskId(), other(subject, prefix, task.taskKey()));
        }
    }

    private void refreshMatter(Long matterId) {
        for (TaskItems.OfSubject task : items.ofSubject(Registry.MATTER, matterId)) {
            matter(matterId, task.taskKey()).ifPresent(subject -> items.updateSubject(task.taskId(), subject));
        }
    }

    private void refreshMeeting(Long meetingId) {
        for (TaskItems.OfSubject task : items.ofSubject(Meetings.ENTITY, meetingId)) {
            meeting(meetingId, task.taskKey(), task.taskDue())
                    .ifPresent(subject -> items.updateSubject(task.taskId(), subject));
        }
    }

    // --- Rebuild --------------------------------------------------------------------------------------------

    /**
     * Recreates the read model from the engine: every row deleted, one row per open task of the engine written as
     * the listeners write it, a page of 500 tasks at a time, in one transaction (the lists see the old model or the
     * new one). Returns the number of rows written.
     */
    int rebuild() {
        items.deleteAll();
        int written = 0;
        int page = 500;
        for (int first = 0; ; first += page) {
            List<Task> tasks = engineTasks.createTaskQuery().orderByTaskId().asc().listPage(first, page);
            for (Task task : tasks) {
                if (task.getProcessInstanceId() == null) {
                    continue;
                }
                Set<String> roles = groups(engineTasks.getIdentityLinksForTask(task.getId()));
                Optional<TaskItem> item = item(task.getId(), task.getProcessDefinitionId(),
                        task.getProcessInstanceId(), task.getTaskDefinitionKey(), task.getName(), task.getTenantId(),
                        task.getAssignee(), roles, task.getCreateTime(), task.getDueDate(),
                        name -> runtime.getVariable(task.getExecutionId(), name));
                if (item.isPresent()) {
                    items.insert(item.get());
                    written++;
                }
            }
            if (tasks.size() < page) {
                break;
            }
        }
        LOG.info("Task read model rebuilt from the engine: {} rows", written);
        return written;
    }

    // --- Rows -----------------------------------------------------------------------------------------------

    private Optional<TaskItem> item(String taskId, String definitionId, String instanceId, String taskKey,
            String name, String tenant, String assignee, Set<String> roles, Date created, Date due,
            Function<String, Object> variable) {
        LocalDate taskDue = day(due);
        Optional<TaskItem.Subject> subject = subject(definitionId, instanceId, taskKey, taskDue, variable);
        if (subject.isEmpty() || tenant == null) {
            // Every process instance of the lists' processes carries its municipality as its tenant.
            LOG.debug("Task {} ({}) belongs to no listed subject", taskId, taskKey);
            return Optional.empty();
        }
        return Optional.of(new TaskItem(taskId, instanceId, taskKey, name, tenant, assignee, roles,
                created == null ? null : created.toInstant().atZone(WorkingDayCalendar.STOCKHOLM).toOffsetDateTime(),
                taskDue, subject.get()));
    }

    private Optional<TaskItem.Subject> subject(String definitionId, String instanceId, String taskKey,
            LocalDate taskDue, Function<String, Object> variable) {
        if (variable.apply(MeetingProcess.MEETING_ID) instanceof Number meetingId) {
            return meeting(meetingId.longValue(), taskKey, taskDue);
        }
        if (variable.apply(MATTER_ID) instanceof Number matterId) {
            return matter(matterId.longValue(), taskKey);
        }
        String processKey = definitionId == null ? null : repository.getProcessDefinition(definitionId).getKey();
        for (TaskSubjects other : others) {
            if (!other.processKeys().contains(processKey)) {
                continue;
            }
            Optional<TaskSubject> found = Optional.empty();
            if (other.subjectIdVariable() != null && variable.apply(other.subjectIdVariable()) instanceof Number id) {
                found = other.subject(id.longValue());
            }
            if (found.isEmpty()) {
                found = Optional.ofNullable(other.subjects(List.of(instanceId)).get(instanceId));
            }
            if (found.isPresent()) {
                return Optional.of(other(found.get(), other.messagePrefix(), taskKey));
            }
        }
        return Optional.empty();
    }

    private Optional<TaskItem.Subject> matter(Long matterId, String taskKey) {
        return registry.wholeEntry(matterId).map(matter -> {
            MatterProgress progress = process.progress(matterId).orElse(null);
            RegistryNumber number = matter.registryNumber();
            LocalDate due = progress != null ? progress.getAnswerDue() : matter.answerDue();
            return new TaskItem.Subject(Registry.MATTER, matterId, "task." + taskKey, matter.kind().messageKey(),
                    number.toString(), number.prefix(), number.year(), number.serial(), number.toUrl(),
                    matter.title(), matter.publicTitle(), "/arenden/" + number.toUrl(), matter.board().getId(),
                    matter.board().getName(), matter.kind().name(), matter.confidential(), matter.caseOfficerId(), due,
                    progress != null && progress.isOverdue(), progress == null,
                    progress != null && progress.getRemindedAt() != null, progress != null && progress.isLateMeeting());
        });
    }

    private Optional<TaskItem.Subject> meeting(Long meetingId, String taskKey, LocalDate taskDue) {
        return meetings.meetings(Set.of(meetingId)).stream().findFirst().map(meeting -> {
            LocalDate due = taskDue == null ? meeting.getDay() : taskDue;
            String title = messages.getMessage("task.meetingTitle", new Object[] {meeting.getDay().toString(),
                    meeting.getStartsAt().toString()}, SWEDISH);
            boolean reminded = "SendKallelse".equals(taskKey) && meeting.getKallelseRemindedAt() != null
                    || "PostNotice".equals(taskKey) && meeting.getNoticeRemindedAt() != null;
            return new TaskItem.Subject(Meetings.ENTITY, meetingId, "task." + taskKey, "meeting.meeting", null, null,
                    null, null, null, title, null, "/sammantraden/" + meetingId, meeting.getBoard().getId(),
                    meeting.getBoard().getName(), null, false, null, due, false, true, reminded, false);
        });
    }

    private static TaskItem.Subject other(TaskSubject subject, String prefix, String taskKey) {
        return new TaskItem.Subject(subject.entityType(), subject.entityId(), prefix + "task." + taskKey,
                prefix + "task.subject", subject.reference(), null, null, null, null, subject.title(), null,
                subject.link(), subject.boardId(), subject.board(), null, false, null, subject.due(),
                subject.overdue(), false, subject.reminded(), false);
    }

    /** The candidate groups (roles) among a task's identity links. */
    static Set<String> groups(Collection<IdentityLink> links) {
        Set<String> groups = new HashSet<>();
        for (IdentityLink link : links) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        return groups;
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atZone(WorkingDayCalendar.STOCKHOLM).toLocalDate();
    }

}
