package se.namndflode.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The matter list names the step a matter waits in as the process model does ("Väntar på: Skriv tjänsteutlåtande"),
 * the same words as the matter page and the task lists, and offers every user task of the board-matter process as a
 * choice of its step filter.
 */
class MatterListStepNamesTest {

    @Test
    void eachStepOfTheListIsAUserTaskOfTheProcessNamedAsTheModelNamesIt() throws IOException {
        BpmnModelInstance model;
        try (InputStream in = new ClassPathResource("bpmn/board-matter.bpmn").getInputStream()) {
            model = Bpmn.readModelFromStream(in);
        }
        Properties swedish = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource("messages_sv.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            swedish.load(reader);
        }
        assertThat(model.getModelElementsByType(UserTask.class)).extracting(UserTask::getId)
                .containsExactlyInAnyOrderElementsOf(MatterPages.STEPS);
        for (String step : MatterPages.STEPS) {
            UserTask task = model.getModelElementById(step);
            assertThat(swedish.getProperty("task." + step)).as(step).isEqualTo(task.getName());
        }
    }
}
