package se.namndflode.tasks;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts the task read model's listener on every user task of every process the engine parses (all models, of every
 * municipality, also those deployed before this plugin), for create, assignment, update, complete and delete. It is
 * a built-in listener, so it also runs where custom listeners are skipped (a process instance deleted with
 * {@code skipCustomListeners}), and it runs inside the engine's command: the row changes with the engine's state in
 * one transaction.
 */
@Component
class TaskModelPlugin extends AbstractProcessEnginePlugin {

    private static final List<String> EVENTS = List.of(TaskListener.EVENTNAME_CREATE,
            TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE,
            TaskListener.EVENTNAME_DELETE);

    private final ObjectProvider<TaskModel> model;

    TaskModelPlugin(ObjectProvider<TaskModel> model) {
        this.model = model;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    TaskListener listener = this::notify;
                    EVENTS.forEach(event -> userTask.getTaskDefinition().addBuiltInTaskListener(event, listener));
                }
            }

            private void notify(org.camunda.bpm.engine.delegate.DelegateTask task) {
                switch (task.getEventName()) {
                    case TaskListener.EVENTNAME_CREATE -> model.getObject().created(task);
                    case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE ->
                            model.getObject().ended(task.getId());
                    default -> model.getObject().changed(task);
                }
            }
        });
        configuration.setCustomPreBPMNParseListeners(listeners);
    }
}
