package se.namndflode.tasks;

import se.namndflode.registry.MatterKind;
import se.namndflode.shared.security.Role;

/**
 * Filters and order of a task list; every part may be null (all, by due date). {@code role} narrows Gruppens
 * uppgifter to the free tasks of one of the user's roles (ignored for Mina uppgifter).
 */
public record TaskFilter(Long boardId, MatterKind kind, Due due, Sort sort, Role role) {

    public static final TaskFilter NONE = new TaskFilter(null, null, null, null, null);

    /** Without a role: all the user's roles. */
    public TaskFilter(Long boardId, MatterKind kind, Due due, Sort sort) {
        this(boardId, kind, due, sort, null);
    }

    /** Which answer dates: all, past (overdue), or from today to seven days ahead. */
    public enum Due { ALL, OVERDUE, WITHIN_7_DAYS }

    /** The order: answer date (empty last), diarienummer, or when the task was created. */
    public enum Sort { DUE, NUMBER, CREATED }

    Due dueOrAll() {
        return due == null ? Due.ALL : due;
    }

    Sort sortOrDefault() {
        return sort == null ? Sort.DUE : sort;
    }
}
