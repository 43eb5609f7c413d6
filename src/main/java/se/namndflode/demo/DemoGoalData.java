package se.namndflode.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.namndflode.goal.GoalModelImport;
import se.namndflode.organisation.Organisation;
import se.namndflode.shared.audit.AuditLog;

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
    private static final Logger log = LoggerFactory.getLogger(DemoGoalData.class);

    private final GoalModelImport imports;
    private final Organisation organisation;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    DemoGoalData(GoalModelImport imports, Organisation organisation, AuditLog audit,
            TransactionTemplate transaction) {
        this.transaction = transaction;
        this.imports = imports;
        this.organisation = organisation;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (audit.count("DemoData", LOADED) > 0) {
            return;
        }
        String text = new ClassPathResource(FILE).getContentAsString(StandardCharsets.UTF_8);
        DemoData.actingAs(UsernamePasswordAuthenticationToken.authenticated(DemoData.ACTOR, null, List.of()), () -> {
            if (organisation.municipalityByCode("stockholm").isEmpty()) {
                log.info("Demo goals skipped: no municipality stockholm");
                return;
            }
            // One transaction: the import joins it, so the audit of the load stands or falls with the data.
            GoalModelImport.Result result = transaction.execute(status -> {
                GoalModelImport.Result imported = imports.importFile(imports.read(text), false);
                audit.record(LOADED, "DemoData", null, "stockholm", "Demomål inlästa: verksamhetsplan 2026, "
                        + imported.created() + ", " + imported.proposals() + " förslag", null);
                return imported;
            });
            log.info("Demo goals loaded: {}, {} proposals", result.created(), result.proposals());
        });
    }
}
