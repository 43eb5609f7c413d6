package se.namndflode.shared.security;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import se.namndflode.shared.db.DatabaseKind;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The HTTP sessions' writes (kept in PostgreSQL so that every node sees them) commit without waiting for the
 * write-ahead log to reach the disk: {@code synchronous_commit = off} for those transactions only. Every request
 * writes its session's last access time, and the wait for the disk was the largest single cost of a list page's
 * database work (1.5–4.5 ms of about 8, docs/performance.md, issue 13). What a crash of PostgreSQL itself (not of a
 * node) can lose is the last fraction of a second of such writes: a session's access time, or a sign-in that must be
 * repeated; never a matter, a decision or an audit entry, which keep the default. Visibility to the other nodes is
 * unchanged: a commit is seen at once. H2 has no such setting and is left as it is.
 */
@Configuration(proxyBeanMethods = false)
class SessionCommits {

    /**
     * The application's own transaction template, as Spring Boot would make it: Boot's backs off when any
     * {@link TransactionOperations} bean exists, such as the sessions' below.
     */
    @Bean
    @Primary
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }

    /** Spring Session's transactions ({@code JdbcHttpSessionConfiguration} takes the bean of this name). */
    @Bean("springSessionTransactionOperations")
    TransactionOperations sessionTransactions(DataSource dataSource, PlatformTransactionManager transactions,
            DatabaseKind database) {
        // As Spring Session's own: a transaction of its own, whatever the request has open.
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        return new TransactionOperations() {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                return template.execute(status -> {
                    if (database.postgres()) {
                        jdbc.execute("set local synchronous_commit = off");
                    }
                    return action.doInTransaction(status);
                });
            }
        };
    }
}
