package se.namndflode.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * For the task-list benchmark (another package): the matter list's statements, to EXPLAIN them, and the search texts
 * of the matters it writes to the table in SQL.
 */
public final class MatterListExplain {

    /** The count and page statements and their parameters of a matter list as the user would ask it. */
    public record Statements(String count, String page, MapSqlParameterSource params) {
    }

    private MatterListExplain() {
    }

    public static Statements of(Object listQuery, MatterSearch search, Collection<String> municipalities,
            boolean privileged, long accountId, int size) {
        MatterListQuery.ListSql sql = ((MatterListQuery) listQuery).sql(search, municipalities, privileged,
                accountId, 0, size);
        return new Statements(sql.count(), sql.page(), sql.params());
    }

    /**
     * Writes the search texts of the matters that have none (as migration V92 does), in a transaction of its own;
     * answers how many.
     */
    public static int fillSearchTexts(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            int filled = MatterSearchIndex.fillMissing(connection);
            connection.commit();
            return filled;
        }
    }

    /** The bean type, for looking it up in the application context. */
    public static Class<?> beanType() {
        return MatterListQuery.class;
    }
}
