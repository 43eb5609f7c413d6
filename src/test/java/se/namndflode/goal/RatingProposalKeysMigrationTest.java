package se.namndflode.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration V30 on a database that already holds proposals (an H2 database of its own, migrated to V20 first):
 * the sequence's first block of keys lies above every stored key, and the key no longer comes from the table.
 * (Checked by hand on PostgreSQL 15 on a database with 2 785 proposals; docs/performance.md.)
 */
class RatingProposalKeysMigrationTest {

    @Test
    void theSequenceStartsAboveTheStoredKeysAndTheTableNoLongerMakesKeys() {
        String url = "jdbc:h2:mem:v30-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("20").load()
                .migrate();
        jdbc.update("""
                insert into reporting_period (municipality_code, code, name, as_of_month, as_of_day, forecast,
                    periodicities) values ('k', 'T1', 'Tertial 1', 4, 30, false, 'TERTIAL')""");
        long period = jdbc.queryForObject("select id from reporting_period where code = 'T1'", Long.class);
        insertProposal(jdbc, null, period);
        insertProposal(jdbc, null, period);
        insertProposal(jdbc, 1234L, period);

        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .javaMigrations(new RatingProposalKeysMigration()).load().migrate();

        long first = jdbc.queryForObject("select next value for rating_proposal_seq", Long.class);
        long second = jdbc.queryForObject("select next value for rating_proposal_seq", Long.class);
        assertThat(second - first).isEqualTo(RatingProposalKeysMigration.STEP);
        // Hibernate's pooled optimizer uses first - STEP + 1 .. first as its first block of keys.
        assertThat(first - RatingProposalKeysMigration.STEP + 1).isEqualTo(1235);
        assertThatThrownBy(() -> insertProposal(jdbc, null, period))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("select count(*) from rating_proposal", Integer.class)).isEqualTo(3);
    }

    private static void insertProposal(JdbcTemplate jdbc, Long id, long period) {
        jdbc.update("insert into rating_proposal (" + (id == null ? "" : "id, ") + """
                municipality_code, subject_type, subject_id, period_id, decision_key, decision_version,
                    decision_definition_id, matched_rules, explanation, created_at)
                values (""" + (id == null ? "" : id + ", ") + """
                'k', 'GOAL', 1, ?, 'goal-rating', 1, 'goal-rating:1:x', '', '', current_timestamp)""", period);
    }
}
