package se.namndflode.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import se.namndflode.IntegrationTest;
import se.namndflode.organisation.Board;

/**
 * The matters' search texts as the registry writes them at each registration and each document's, and as migration
 * V92 writes them for matters that have none: what they hold (a confidential matter's secret parts apart) and that
 * both ways give the same texts.
 */
@IntegrationTest
class MatterSearchIndexTest {

    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    Registry registry;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void eachRegistrationWritesTheTextsTheMigrationWrites() throws Exception {
        Board board = fixtures.newBoard();
        String unique = RegistryFixtures.uniquePrefix().toLowerCase();
        MatterForm open = RegistryFixtures.referral(board.getId(), "Remiss om  HEMTJÄNST\u00a0i Skärholmen " + unique,
                LocalDate.now().plusDays(30));
        Matter openMatter = fixtures.register(open);
        document(openMatter, "Remissmissiv från KS");
        document(openMatter, "Yttrande\töver  remissen");
        MatterForm secret = RegistryFixtures.report(board.getId(), "Lex Sarah om Bagarmossen " + unique);
        secret.setSender("Anmälaren");
        secret.setConfidential(true);
        secret.setConfidentialityGround("OSL 26 kap. 1 §");
        secret.setPublicTitle("Rapport enligt lex Sarah");
        Matter secretMatter = fixtures.register(secret);
        document(secretMatter, "Anmälan om missförhållande");
        MatterForm masked = RegistryFixtures.report(board.getId(), "Skyddat boende " + unique);
        masked.setConfidential(true);
        masked.setConfidentialityGround("OSL 26 kap. 1 §");
        Matter maskedMatter = fixtures.register(masked);
        List<Long> ids = List.of(openMatter.getId(), secretMatter.getId(), maskedMatter.getId());

        Map<Long, List<String>> written = texts(ids);
        // Parts on lines of their own, each normalised as a search's pattern is; documents in their order.
        assertThat(written.get(openMatter.getId())).containsExactly(
                "remiss om hemtjänst i skärholmen " + unique + "\nkommunstyrelsen\nks 2023/769\nremissmissiv från ks"
                        + "\nyttrande över remissen", null);
        // Anyone finds a confidential matter by its public title only; the rest is for the entitled.
        assertThat(written.get(secretMatter.getId())).containsExactly("rapport enligt lex sarah",
                "lex sarah om bagarmossen " + unique + "\nanmälaren\nanmälan om missförhållande");
        assertThat(written.get(maskedMatter.getId())).containsExactly(null, "skyddat boende " + unique);

        jdbc.update("update matter set search_text = null, search_text_confidential = null where id in (:ids)",
                Map.of("ids", ids));
        assertThat(MatterListExplain.fillSearchTexts(dataSource)).isGreaterThanOrEqualTo(3);
        assertThat(texts(ids)).isEqualTo(written);
    }

    private void document(Matter matter, String title) {
        fixtures.as("registrator", () -> registry.registerDocument(matter.getId(), RegistryFixtures.document(
                DocumentType.OTHER, title, LocalDate.now(), null), RegistryFixtures.pdf("handling.pdf")));
    }

    private Map<Long, List<String>> texts(List<Long> ids) {
        Map<Long, List<String>> texts = new LinkedHashMap<>();
        jdbc.query("select id, search_text, search_text_confidential from matter where id in (:ids)",
                Map.of("ids", ids), (java.sql.ResultSet rs) -> {
                    texts.put(rs.getLong(1), java.util.Arrays.asList(rs.getString(2), rs.getString(3)));
                });
        return texts;
    }
}
