package se.namndflode.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.namndflode.organisation.Organisation;
import se.namndflode.shared.audit.AuditLog;

/**
 * Loads one of the demo's import files (goals, assignments) through its capability's own import, once: as the
 * demo actor, for Stockholm, in one transaction with the audit entry that marks it loaded, so the mark stands or
 * falls with the data and a failed load is tried again at the next start.
 */
@Component
@ConditionalOnProperty(name = "namndflode.demo-data.enabled", havingValue = "true")
class DemoImport {

    static final String MUNICIPALITY = "stockholm";
    private static final Logger log = LoggerFactory.getLogger(DemoImport.class);

    private final Organisation organisation;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    DemoImport(Organisation organisation, AuditLog audit, TransactionTemplate transaction) {
        this.organisation = organisation;
        this.audit = audit;
        this.transaction = transaction;
    }

    /**
     * Imports {@code file} (a classpath resource, UTF-8) unless the audit log already has {@code loaded}.
     *
     * @param what    what is loaded, for the log ("goals", "assignments")
     * @param load    the import: the file's text to its result (joins this transaction)
     * @param summary the audit text of the load (Swedish), from the result
     */
    <R> void once(String loaded, String file, String what, Function<String, R> load, Function<R, String> summary)
            throws IOException {
        if (audit.count("DemoData", loaded) > 0) {
            return;
        }
        String text = new ClassPathResource(file).getContentAsString(StandardCharsets.UTF_8);
        DemoData.actingAs(UsernamePasswordAuthenticationToken.authenticated(DemoData.ACTOR, null, List.of()), () -> {
            if (organisation.municipalityByCode(MUNICIPALITY).isEmpty()) {
                log.info("Demo {} skipped: no municipality {}", what, MUNICIPALITY);
                return;
            }
            String done = transaction.execute(status -> {
                String description = summary.apply(load.apply(text));
                audit.record(loaded, "DemoData", null, MUNICIPALITY, description, null);
                return description;
            });
            log.info("Demo {} loaded: {}", what, done);
        });
    }
}
