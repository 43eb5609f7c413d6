package se.namndflode.goal;

import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;
import se.namndflode.shared.db.CodedMigration;

/**
 * Flyway migration V30: rating proposals take their keys from the sequence {@value #SEQUENCE} (step
 * {@value #STEP}) instead of an identity column, so that Hibernate can send a proposal run's inserts to the
 * database in JDBC batches (an identity key is known only after each row's insert, which rules batching out);
 * and an index for the query of a period's current proposals.
 *
 * <p>Written in Java, not SQL like the other migrations, because the sequence must start above the keys already
 * stored, and neither statement that sets a sequence from a query runs on both databases ({@code setval} is
 * PostgreSQL's, {@code ALTER SEQUENCE ... RESTART WITH (query)} H2's). The statements below run unchanged on
 * both. Spring Boot hands every {@link JavaMigration} bean to Flyway, which runs it in version order with the
 * SQL files of {@code db/migration}.
 */
@Component
class RatingProposalKeysMigration extends CodedMigration {

    /** The sequence; its step is the entity's {@code allocationSize} (Hibernate checks the two agree). */
    static final String SEQUENCE = "rating_proposal_seq";
    static final int STEP = 50;

    RatingProposalKeysMigration() {
        super("30", "rating proposal sequence", 30_001);
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            // First, so that (on PostgreSQL) the table stays locked until the sequence exists: no row can be
            // added in between with a key the sequence would give again.
            statement.execute("alter table rating_proposal alter column id drop identity");
            long highest;
            try (ResultSet rows = statement.executeQuery("select coalesce(max(id), 0) from rating_proposal")) {
                rows.next();
                highest = rows.getLong(1);
            }
            // Hibernate's pooled optimizer takes each value of the sequence as the top of a block of STEP keys
            // (value - STEP + 1 .. value), so the first value must lie STEP above the highest key in use.
            statement.execute("create sequence " + SEQUENCE + " start with " + (highest + STEP) + " increment by "
                    + STEP);
            statement.execute("create index ix_rating_proposal_period on rating_proposal (municipality_code, "
                    + "period_id)");
        }
    }
}
