package se.namndflode.shared.security;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired HTTP sessions. Called by the engine's timer in {@code bpmn/housekeeping.bpmn}, so that one
 * node does it, rather than a scheduler in every JVM.
 */
@Component("purgeExpiredSessions")
class PurgeExpiredSessions implements JavaDelegate {

    private final JdbcIndexedSessionRepository sessions;

    PurgeExpiredSessions(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sessions.cleanUpExpiredSessions();
    }
}
