package se.namndflode.registry;

import java.util.Collection;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** For the task-list benchmark (another package): the matter list's statements, to EXPLAIN them. */
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

    /** The bean type, for looking it up in the application context. */
    public static Class<?> beanType() {
        return MatterListQuery.class;
    }
}
