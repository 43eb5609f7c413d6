package se.namndflode.registry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;
import se.namndflode.shared.db.CodedMigration;

/**
 * Flyway migration V77: trigram indexes for the registry's free-text search on PostgreSQL, where the {@code pg_trgm}
 * extension can be had. The search's LIKE patterns on lower-case titles, public titles, senders, references and
 * document titles ({@link MatterListQuery}, one indexed arm each) are then answered from GIN indexes instead of
 * reading every matter. The extension is used when it is installed already, or created when the migrating role may
 * (pg_trgm is a trusted extension: from PostgreSQL 13 the database's owner may create it, no superuser needed);
 * otherwise, and on H2, nothing is done and the same query reads the tables (docs/operations.md says how to add the
 * indexes later). Written in Java because what it does depends on the database; Spring Boot hands every
 * {@link JavaMigration} bean to Flyway (as {@code goal.RatingProposalKeysMigration}). Since migration V92
 * ({@link SearchTextMigration}) the search reads one search text per matter instead, indexed alike, and these five
 * indexes are dropped there; this migration stays as it was applied (Flyway checks its checksum).
 */
@Component
class TrigramSearchMigration extends CodedMigration {

    static final String[] INDEXES = {
        "create index if not exists ix_matter_title_trgm on matter using gin (lower(title) gin_trgm_ops)",
        "create index if not exists ix_matter_public_title_trgm on matter using gin (lower(public_title) gin_trgm_ops)",
        "create index if not exists ix_matter_sender_trgm on matter using gin (lower(sender) gin_trgm_ops)",
        "create index if not exists ix_matter_sender_ref_trgm on matter "
                + "using gin (lower(sender_reference) gin_trgm_ops)",
        "create index if not exists ix_document_title_trgm on document using gin (lower(title) gin_trgm_ops)",
    };

    TrigramSearchMigration() {
        super("77", "matter search trigram indexes", 77_001);
    }

    @Override
    public void migrate(Context context) throws SQLException {
        withTrigrams(context.getConnection(), INDEXES);
    }

    /** Runs the statements (about trigram indexes) on PostgreSQL where {@code pg_trgm} can be had; else nothing. */
    static void withTrigrams(Connection connection, String... statements) throws SQLException {
        if (!postgreSql(connection) || !trigrams(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Whether pg_trgm is installed, or could be created now (a refusal leaves the transaction usable). */
    static boolean trigrams(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet installed = statement.executeQuery(
                        "select count(*) from pg_extension where extname = 'pg_trgm'")) {
            installed.next();
            if (installed.getLong(1) > 0) {
                return true;
            }
        }
        Savepoint before = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_trgm");
            connection.releaseSavepoint(before);
            return true;
        } catch (SQLException notAllowed) {
            connection.rollback(before);
            return false;
        }
    }
}
