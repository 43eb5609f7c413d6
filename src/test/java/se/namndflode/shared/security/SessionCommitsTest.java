package se.namndflode.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import se.namndflode.IntegrationTest;

/**
 * The sessions' writes commit without waiting for the disk on PostgreSQL, and only they: the application's own
 * transactions keep PostgreSQL's default.
 */
@IntegrationTest
class SessionCommitsTest {

    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Autowired
    @Qualifier("springSessionTransactionOperations")
    TransactionOperations sessionTransactions;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @Test
    void theSessionRepositoryWritesInTheSessionTransactions() {
        assertThat(ReflectionTestUtils.getField(sessions, "transactionOperations")).isSameAs(sessionTransactions);
    }

    @Test
    void onPostgresqlOnlyTheSessionsTransactionsCommitWithoutWaitingForTheDisk() {
        String inSession = sessionTransactions.execute(status -> setting());
        String elsewhere = transactions.execute(status -> setting());
        if (environment.acceptsProfiles(Profiles.of("postgres"))) {
            assertThat(inSession).isEqualTo("off");
            assertThat(elsewhere).isEqualTo("on");
            assertThat(setting()).isEqualTo("on");
        } else {
            assertThat(inSession).isNull();
            assertThat(elsewhere).isNull();
        }
    }

    private String setting() {
        return environment.acceptsProfiles(Profiles.of("postgres"))
                ? jdbc.queryForObject("select current_setting('synchronous_commit')", String.class) : null;
    }
}
