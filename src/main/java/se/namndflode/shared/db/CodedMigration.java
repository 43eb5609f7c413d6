package se.namndflode.shared.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration written in Java, for what one SQL file cannot say for both H2 and PostgreSQL (what runs depends
 * on the database, or on what the database holds). A subclass is a Spring {@code @Component}: Spring Boot hands every
 * {@link JavaMigration} bean to Flyway, which runs it in version order with the SQL files of {@code db/migration}, in
 * a transaction of its own. Its checksum is a constant that changes only if what it does changes (which it must not
 * once applied), as Flyway cannot compute one from Java code.
 */
public abstract class CodedMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;
    private final int checksum;

    /** {@code version} as a migration file's ({@code "92"}), {@code description} as Flyway records it. */
    protected CodedMigration(String version, String description, int checksum) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
        this.checksum = checksum;
    }

    /** Whether the migration runs on PostgreSQL (otherwise on H2, the default database). */
    protected static boolean postgreSql(Connection connection) throws SQLException {
        return DatabaseKind.postgres(connection);
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return checksum;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
