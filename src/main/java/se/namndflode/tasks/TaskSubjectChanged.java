package se.namndflode.tasks;

/**
 * Published by a capability whose subjects have tasks ({@link TaskSubjects}) when what the task lists show of a
 * subject changes (its title, board, due day, overdue or reminded flag), in the transaction of that change: the
 * task read model rewrites the rows of the subject's open tasks ({@code subject.entityType()} and
 * {@code subject.entityId()}) at once. Nothing happens when the subject has no open task.
 *
 * @param subject the subject as it now is
 */
public record TaskSubjectChanged(TaskSubject subject) {
}
