package se.namndflode.tasks;

import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Fills the task read model of an existing database at start-up: when the model is empty but the engine has open
 * tasks (the first start after the model was introduced, or after an operator emptied {@code task_item} to have it
 * rebuilt; docs/operations.md), {@link TaskModel#rebuild()} recreates it from the engine before the application
 * serves the lists. Costs one count query otherwise.
 */
@Component
class TaskModelStartup implements ApplicationRunner {

    private final TaskItems items;
    private final TaskModel model;
    private final TaskService engineTasks;

    TaskModelStartup(TaskItems items, TaskModel model, TaskService engineTasks) {
        this.items = items;
        this.model = model;
        this.engineTasks = engineTasks;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (items.count() == 0 && engineTasks.createTaskQuery().count() > 0) {
            model.rebuild();
        }
    }
}
