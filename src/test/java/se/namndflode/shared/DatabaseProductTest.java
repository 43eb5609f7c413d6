package se.namndflode.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import se.namndflode.IntegrationTest;

/**
 * The integration suite runs on the database it claims to: H2 by default, PostgreSQL with the "postgres"
 * profile ({@code mvn verify -Ppostgres}), so that run cannot pass on a silent fallback to H2.
 */
@IntegrationTest
class DatabaseProductTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @Test
    void theSuiteRunsOnTheDatabaseOfItsProfile() throws Exception {
        boolean postgres = environment.acceptsProfiles(Profiles.of("postgres"));
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData database = connection.getMetaData();
            if (postgres) {
                assertThat(database.getDatabaseProductName()).isEqualTo("PostgreSQL");
                assertThat(database.getURL()).startsWith("jdbc:postgresql:")
                        .isEqualTo(System.getProperty("namndflode.test.database-url"));
            } else {
                assertThat(database.getDatabaseProductName()).isEqualTo("H2");
                assertThat(database.getURL()).startsWith("jdbc:h2:");
            }
        }
    }
}
