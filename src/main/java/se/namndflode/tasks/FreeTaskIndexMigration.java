package se.namndflode.tasks;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;
import se.namndflode.shared.db.CodedMigration;

/**
 * Flyway migration V93: on PostgreSQL, an index of the free tasks ({@code assignee is null}) in the order of
 * Gruppens uppgifter by default (answer date, then created, then task id; {@link TaskItems}), so that a page of a
 * group list of thousands is read from the index and stops at the page's last row, instead of every free task of the
 * municipality being joined with its roles and sorted (docs/performance.md, issue 13). In Java because H2 has no
 * partial indexes: there, and on any other database, nothing is done and the lists read {@code ix_task_item_assignee}
 * as before. Spring Boot hands every {@link JavaMigration} bean to Flyway.
 */
@Component
class FreeTaskIndexMigration extends CodedMigration {

    static final String INDEX = "create index if not exists ix_task_item_free on task_item"
            + " (municipality_code, due_on, created_at, task_id) where assignee is null";

    FreeTaskIndexMigration() {
        super("93", "free task index", 93_001);
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!postgreSql(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(INDEX);
        }
    }
}
