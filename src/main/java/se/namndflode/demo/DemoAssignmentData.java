package se.namndflode.demo;

import java.io.IOException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.namndflode.assignment.AssignmentImport;

/**
 * Imports the 63 activities of Socialnämnden's verksamhetsplan 2026 as its assignments on first start, after the
 * demo goals (the activities link to the plan's goals): through the assignment import with its rules, from the
 * project's own copy in the import's format ({@value #FILE}, made from shared/fixtures/verksamhetsplan-2026.json).
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "namndflode.demo-data.enabled", havingValue = "true")
class DemoAssignmentData implements ApplicationRunner {

    static final String LOADED = "DEMO_ASSIGNMENTS_LOADED";
    static final String FILE = "demo/assignments-stockholm-2026.json";

    private final AssignmentImport imports;
    private final DemoImport demoImport;

    DemoAssignmentData(AssignmentImport imports, DemoImport demoImport) {
        this.imports = imports;
        this.demoImport = demoImport;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        demoImport.once(LOADED, FILE, "assignments", text -> imports.importFile(imports.read(text), false),
                result -> "Demouppdrag inlästa: verksamhetsplan 2026, "
                        + result.accepted() + " uppdrag, " + result.newOrganisations().size() + " nya organisationer");
    }
}
