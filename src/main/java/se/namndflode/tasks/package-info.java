/**
 * Task lists ("Mina uppgifter", "Gruppens uppgifter") and the forms of the board-matter process's user tasks:
 * the engine's tasks joined in memory with the registry's matters and the process's read model. Public API:
 * {@link se.namndflode.tasks.TaskList}, {@link se.namndflode.tasks.TaskRow}, {@link se.namndflode.tasks.TaskFilter}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks")
package se.namndflode.tasks;
