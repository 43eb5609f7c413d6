package se.namndflode.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.IntegrationTest;

/** bpmn/housekeeping.bpmn: the engine's timer, not a per-node scheduler, purges expired sessions. */
@IntegrationTest
class HousekeepingProcessTest {

    static final String PROCESS = "housekeeping";

    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    se.namndflode.MovableClock clock;

    private Job timer() {
        return management.createJobQuery().processDefinitionKey(PROCESS).timers().singleResult();
    }

    @Test
    void theTimerPurgesExpiredSessionsAndSchedulesItselfAgain() {
        // Sessions expire by the system's time; an earlier test may have left the (shared) movable clock, and with it
        // the engine's, fixed at another moment, so this test runs on the system's time as the application does.
        clock.reset();
        long now = System.currentTimeMillis();
        insertSession("expired-session-0000000000000000000", now - 60_000);
        insertSession("living-session-00000000000000000000", now + 3_600_000);
        Job timer = timer();
        assertThat(timer).as("the timer start event's job").isNotNull();
        long runsBefore = history.createHistoricActivityInstanceQuery().activityId("PurgeExpiredSessions").count();

        management.executeJob(timer.getId());

        assertThat(sessionExists("expired-session-0000000000000000000")).isFalse();
        assertThat(sessionExists("living-session-00000000000000000000")).isTrue();
        assertThat(history.createHistoricActivityInstanceQuery().activityId("PurgeExpiredSessions").finished()
                .count()).isEqualTo(runsBefore + 1);
        assertThat(history.createHistoricActivityInstanceQuery().activityId("HousekeepingDone").count())
                .isGreaterThanOrEqualTo(1);
        Job next = timer();
        assertThat(next).as("the next cycle is scheduled").isNotNull();
        assertThat(next.getId()).isNotEqualTo(timer.getId());
        // The cycle is anchored where it started: a run before its due time (as here, where the test runs the job)
        // schedules the next run at the next point of the cycle after now, at most one cycle (15 minutes) ahead.
        assertThat(next.getDuedate()).isAfter(new java.util.Date(now))
                .isBeforeOrEqualTo(new java.util.Date(System.currentTimeMillis() + 15 * 60_000));
        jdbc.update("delete from spring_session where primary_id = ?", "living-session-00000000000000000000");
    }

    private void insertSession(String id, long expiry) {
        jdbc.update("""
                insert into spring_session (primary_id, session_id, creation_time, last_access_time,
                    max_inactive_interval, expiry_time, principal_name) values (?, ?, ?, ?, ?, ?, ?)""",
                id, id, expiry - 1000, expiry - 1000, 60, expiry, "test");
    }

    private boolean sessionExists(String id) {
        return jdbc.queryForObject("select count(*) from spring_session where primary_id = ?", Long.class, id) > 0;
    }
}
