package se.namndflode.tasks;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Another capability's tasks in the task lists (Mina uppgifter, Gruppens uppgifter): its processes, and what their
 * instances belong to. The capability implements it as a bean; the task lists ask the engine for the tasks of these
 * processes in the user's municipalities, and list them with a link to the subject's own page, where the work is
 * done (the task's page leads there). Taking and leaving a group task work as for a matter's.
 */
public interface TaskSubjects {

    /** The process definition keys whose tasks are this capability's, e.g. {@code assignment}. */
    List<String> processKeys();

    /**
     * The prefix of this capability's texts in the task lists: {@code <prefix>task.<activityId>} names a task,
     * {@code <prefix>task.subject} the kind of subject ("Uppdrag"), {@code <prefix>task.elsewhere} refuses completing
     * a task in the task list; e.g. {@code assignment.}.
     */
    String messagePrefix();

    /**
     * What the tasks of these process instances belong to, for the instances of this capability's processes that
     * the signed-in user may see; others are left out (and their tasks with them).
     */
    Map<String, TaskSubject> subjects(Collection<String> processInstanceIds);

    /**
     * The process variable that holds the subject's id ({@code assignmentId}), read by the task read model when a
     * task is created, before the capability may have recorded the process instance on its subject. Null (the
     * default): the subject is found by its process instance through {@link #subjects(Collection)}.
     */
    default String subjectIdVariable() {
        return null;
    }

    /**
     * The subject with this id as the task read model keeps it, whoever is signed in (the lists apply the
     * municipality in SQL); empty when there is none. Used with {@link #subjectIdVariable()}; when a subject's
     * data changes, the capability publishes {@link TaskSubjectChanged}.
     */
    default Optional<TaskSubject> subject(Long id) {
        return Optional.empty();
    }
}
