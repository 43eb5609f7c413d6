package se.namndflode.demo;

import java.io.IOException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.namndflode.goal.GoalModelImport;

/**
 * Imports Socialnämnden's goal model, the goals, expected results and indicators of its 2026 verksamhetsplan and
 * the outcomes of tertial 1 (those of the 2024 tertialrapport, moved to 2026) on first start, after the demo
 * organisation: through the goal import with its rules, so the period's proposals are made by the deployed DMN
 * tables. One indicator (I31) is left without an outcome for the demo's indicator owner to enter.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "namndflode.demo-data.enabled", havingValue = "true")
class DemoGoalData implements ApplicationRunner {

    static final String LOADED = "DEMO_GOALS_LOADED";
    static final String FILE = "demo/goals-stockholm-2026.json";

    private final GoalModelImport imports;
    private final DemoImport demoImport;

    DemoGoalData(GoalModelImport imports, DemoImport demoImport) {
        this.imports = imports;
        this.demoImport = demoImport;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        demoImport.once(LOADED, FILE, "goals", text -> imports.importFile(imports.read(text), false),
                result -> "Demomål inlästa: verksamhetsplan 2026, " + result.created() + ", " + result.proposals()
                        + " förslag");
    }
}
