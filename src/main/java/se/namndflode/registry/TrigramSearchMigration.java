package se.namndflode.registry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration V77: trigram indexes for the registry's free-text search on PostgreSQL, where the {@code pg_trgm}
 * extension can be had. The search's LIKE patterns on lower-case titles, public titles, senders, references and
 * document titles ({@link MatterListQuery}, one indexed arm each) are then answered from GIN indexes instead of
 * reading every matter. The extension is used when it is installed already, or created when the migrating role may
 * (pg_trgm is a trusted extension: from PostgreSQL 13 the database's owner may create it, no superuser needed);
 * otherwise, and on H2, nothing is done and the same query reads the tables (docs/operations.md says how to add the
 * indexes later). Written in Java because what it does depends on the database; Spring Boot hands every
 * {@link JavaMigration} bean to Flyway (as {@code goal.RatingProposalKeysMigration}).
 */
@Component
class TrigramSearchMigration implements JavaMigration {

    static final String[] INDEXES = {
        "create index if not exists ix_matter_title_trgm on matter using gin (lower(title) gin_trgm_ops)",
        "create index if not exists ix_matter_public_title_trgm on matter using gin (lower(public_title) gin_trgm_ops)",
        "create index if not exists ix_matter_sender_trgm on matter using gin (lower(sender) gin_trgm_ops)",
        "create index if not exists ix_matter_sender_ref_trgm on matter "
                + "using gin (lower(sender_reference) gin_trgm_ops)",
        "create index if not exists ix_document_title_trgm on document using gin (lower(title) gin_trgm_ops)",
    };

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("77");
    }

    @Override
    public String getDescription() {
        return "matter search trigram indexes";
    }

    @Override
    public Integer getChecksum() {
        return 77_001; // changes only if the statements change (which they must not once applied)
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()) || !trigrams(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String index : INDEXES) {
                statement.execute(index);
            }
        }
    }

    /** Whether pg_trgm is installed, or could be created now (a refusal leaves the transaction usable). */
    private static boolean trigrams(Connection connection) throws SQLException {
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
