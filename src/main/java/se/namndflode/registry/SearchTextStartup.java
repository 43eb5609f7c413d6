package se.namndflode.registry;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes at start-up the search texts of matters that have none: those written to the table by other means than the
 * registry (a bulk import in SQL; docs/operations.md), which the search would otherwise never find by their text.
 * Costs one read of the matters' ids otherwise (as migration V92, {@link MatterSearchIndex#fillMissing}; several
 * nodes starting at once write the same texts).
 */
@Component
class SearchTextStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchTextStartup.class);

    private final DataSource dataSource;
    private final TransactionTemplate transaction;

    SearchTextStartup(DataSource dataSource, TransactionTemplate transaction) {
        this.dataSource = dataSource;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer filled = transaction.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                return MatterSearchIndex.fillMissing(connection);
            } catch (SQLException failed) {
                throw new IllegalStateException("Could not write the matters' search texts", failed);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
        if (filled != null && filled > 0) {
            log.info("Search texts written for {} matters that had none", filled);
        }
    }
}
