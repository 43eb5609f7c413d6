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
import se.namndflode.assignment.AssignmentImport;
import se.namndflode.organisation.Organisation;
import se.namndflode.shared.audit.AuditLog;

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
    private static final Logger log = LoggerFactory.getLogger(DemoAssignmentData.class);

    private final AssignmentImport imports;
    private final Organisation organisation;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    DemoAssignmentData(AssignmentImport imports, Organisation organisation, AuditLog audit,
            TransactionTemplate transaction) {
        this.imports = imports;
        this.organisation = organisation;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (audit.count("DemoData", LOADED) > 0) {
            return;
        }
        String text = new ClassPathResource(FILE).getContentAsString(StandardCharsets.UTF_8);
        DemoData.actingAs(UsernamePasswordAuthenticationToken.authenticated(DemoData.ACTOR, null, List.of()), () -> {
            if (organisation.municipalityByCode("stockholm").isEmpty()) {
                log.info("Demo assignments skipped: no municipality stockholm");
                return;
            }
            // One transaction: the import joins it, so the audit of the load stands or falls with the data.
            AssignmentImport.Result result = transaction.execute(status -> {
                AssignmentImport.Result imported = imports.importFile(imports.read(text), false);
                audit.record(LOADED, "DemoData", null, "stockholm", "Demouppdrag inlästa: verksamhetsplan 2026, "
                        + imported.accepted() + " uppdrag, " + imported.newOrganisations().size()
                        + " nya organisationer", null);
                return imported;
            });
            log.info("Demo assignments loaded: {} assignments", result.accepted());
        });
    }
}
