package se.namndflode.shared.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Whether the application's database is PostgreSQL (production) or H2 (the embedded default), for the few statements
 * that differ: a lock clause, a planner or commit setting. Read once from a connection's metadata; it does not change
 * while the application runs.
 */
@Component
public class DatabaseKind {

    private final DataSource dataSource;
    private volatile Boolean postgres;

    DatabaseKind(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @return true on PostgreSQL, false on H2
     * @throws IllegalStateException when the database cannot be asked
     */
    public boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = postgres(connection);
            } catch (SQLException failure) {
                throw new IllegalStateException("The database did not say what it is", failure);
            }
            postgres = known;
        }
        return known;
    }

    /** Whether this connection's database is PostgreSQL (also for Flyway's migrations, before any bean exists). */
    static boolean postgres(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }
}
