package se.namndflode.demo;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.namndflode.shared.audit.AuditLog;

/**
 * Marks the end of the first start's demo load, and tells the sign-in page while it is still running. The web
 * server answers before the demo loaders (application runners, {@code @Order} 10–40) have finished: for the first
 * half-minute of a fresh start the demo accounts may not exist yet, and a sign-in then reads as a wrong password.
 * The mark {@value #READY} (audit log, entity type {@value #ENTITY}) is in the database, so every node of a cluster
 * agrees on it; the sign-in page asks for it with one indexed lookup (entity type, entity id).
 */
@Component
@Order(100)
@ControllerAdvice(basePackages = "se.namndflode.home")
@ConditionalOnProperty(name = "namndflode.demo-data.enabled", havingValue = "true")
class DemoReady implements ApplicationRunner {

    static final String ENTITY = "DemoData";
    static final String READY = "DEMO_READY";
    private static final Logger log = LoggerFactory.getLogger(DemoReady.class);

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    DemoReady(JdbcTemplate jdbc, AuditLog audit, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!ready()) {
            transaction.executeWithoutResult(status -> audit.record(READY, ENTITY, READY, null,
                    "Demodata färdiginläst: alla demoinloggningar fungerar", null));
        }
        log.info("Demo data ready: the demo logins work (password as namndflode.demo-data.password)");
    }

    /** On the sign-in page: true while the first start's demo load has not finished (the page says so). */
    @ModelAttribute("demoLoading")
    boolean demoLoading(HttpServletRequest request) {
        return (request.getContextPath() + "/login").equals(request.getRequestURI()) && !ready();
    }

    private boolean ready() {
        Integer found = jdbc.queryForObject("select count(*) from audit_event where entity_type = ? and entity_id = ?",
                Integer.class, ENTITY, READY);
        return found != null && found > 0;
    }
}
