package se.namndflode.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migrations V91 and V92 on a database that already holds matters (an H2 database of its own, migrated to V90 first,
 * with matters and documents written in SQL): each gets its search texts, a confidential matter's secret parts apart
 * from what anyone may find it by.
 */
class SearchTextMigrationTest {

    @Test
    void theMattersRegisteredBeforeGetTheirSearchTexts() {
        String url = "jdbc:h2:mem:v92-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("90").load()
                .migrate();
        jdbc.update("insert into municipality (code, name) values ('k', 'Kommunen')");
        jdbc.update("insert into board (municipality_id, kind, name, member_count)"
                + " select id, 'BOARD', 'Nämnden', 9 from municipality");
        long open = matter(jdbc, 1, "Remiss om Hemtjänst", null, false);
        long secret = matter(jdbc, 2, "Lex Sarah om Bagarmossen", "Rapport enligt lex Sarah", true);
        jdbc.update("""
                insert into document (matter_id, document_number, document_type, title, document_date, direction,
                    file_name, content_type, file_size, registered_at, registered_by)
                values (?, 1, 'OTHER', 'Yttrande från KS', current_date, 'IN', 'a.pdf', 'application/pdf', 1,
                    current_timestamp, 'test'),
                  (?, 1, 'OTHER', 'Anmälan om missförhållande', current_date, 'IN', 'b.pdf', 'application/pdf', 1,
                    current_timestamp, 'test')""", open, secret);

        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .javaMigrations(new SearchTextMigration()).target("92").load().migrate();

        assertThat(jdbc.queryForMap("select search_text, search_text_confidential from matter where id = ?", open))
                .containsEntry("SEARCH_TEXT", "remiss om hemtjänst\nkommunstyrelsen\nyttrande från ks")
                .containsEntry("SEARCH_TEXT_CONFIDENTIAL", null);
        assertThat(jdbc.queryForMap("select search_text, search_text_confidential from matter where id = ?",
                secret)).containsEntry("SEARCH_TEXT", "rapport enligt lex sarah")
                .containsEntry("SEARCH_TEXT_CONFIDENTIAL",
                        "lex sarah om bagarmossen\nkommunstyrelsen\nanmälan om missförhållande");
    }

    private static long matter(JdbcTemplate jdbc, int serial, String title, String publicTitle,
            boolean confidential) {
        jdbc.update("""
                insert into matter (municipality_id, board_id, registry_prefix, registry_year, serial, kind, title,
                    public_title, sender, confidential, confidentiality_ground, status, registered_at, registered_by)
                select municipality_id, id, 'N', 2025, ?, 'REPORT', ?, ?, 'Kommunstyrelsen', ?, ?, 'OPEN',
                    current_timestamp, 'test' from board""", serial, title, publicTitle, confidential,
                confidential ? "OSL 26 kap. 1 §" : null);
        return jdbc.queryForObject("select id from matter where serial = ?", Long.class, serial);
    }
}
