/**
 * Task lists ("Mina uppgifter", "Gruppens uppgifter") and the forms of the board-matter process's user tasks. The
 * lists read the task read model ({@code task_item}: one row per open user task of any process, written by the
 * engine's task listeners in the engine's transaction, see {@code TaskModel}), filtered, ordered and paged in SQL.
 * Public API: {@link se.namndflode.tasks.TaskList}, {@link se.namndflode.tasks.TaskRow},
 * {@link se.namndflode.tasks.TaskFilter}; for other capabilities' tasks {@link se.namndflode.tasks.TaskSubjects},
 * {@link se.namndflode.tasks.TaskSubject} and {@link se.namndflode.tasks.TaskSubjectChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks")
package se.namndflode.tasks;
