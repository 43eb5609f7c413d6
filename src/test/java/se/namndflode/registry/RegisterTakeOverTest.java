package se.namndflode.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import se.namndflode.IntegrationTest;
import se.namndflode.organisation.Board;
import se.namndflode.shared.web.DomainException;

/**
 * Matters and documents taken over from an earlier register keep their own numbers — with or without the series
 * prefix, with gaps in the document numbers — are audited, refused when the municipality already has the number,
 * and never collide with the numbers the series hands out afterwards.
 */
@IntegrationTest
@WithUserDetails("registrator")
class RegisterTakeOverTest {

    private static final OffsetDateTime JUNE_2023 = OffsetDateTime.of(2023, 6, 1, 9, 0, 0, 0, ZoneOffset.ofHours(2));

    @Autowired
    Registry registry;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    Board board;

    @BeforeEach
    void newSeries() {
        board = fixtures.newBoard();
    }

    private String prefix() {
        return registry.registerMatter(RegistryFixtures.report(board.getId(), "Första nya")).getRegistryNumber()
                .prefix();
    }

    private static DocumentForm document(String title) {
        DocumentForm form = new DocumentForm();
        form.setType(DocumentType.OTHER);
        form.setDirection(DocumentDirection.IN);
        form.setTitle(title);
        form.setDate(LocalDate.of(2023, 6, 1));
        return form;
    }

    private Document takeOver(Matter matter, String suffix, String title) {
        return registry.takeOverDocument(matter.getId(), suffix, document(title), new FileContent("p.pdf",
                "application/pdf", RegistryFixtures.PDF));
    }

    @Test
    void aMatterKeepsItsNumberAndTheSeriesNumbersOnAfterIt() {
        String prefix = prefix();
        Matter taken = registry.takeOverMatter(RegistryFixtures.report(board.getId(), "Övertaget ärende"),
                prefix + " 2023/409", JUNE_2023);

        assertThat(taken.getRegistryNumber()).isEqualTo(new RegistryNumber(prefix, 2023, 409));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Matter' and entity_id = ?"
                + " and summary like 'Ärende övertaget från tidigare diarium: %'", Integer.class,
                taken.getId().toString())).isEqualTo(1);
        // A registration of 2023 after the take-over: the next number, not one the earlier register gave.
        Matter next = registry.importMatter(RegistryFixtures.report(board.getId(), "Nytt 2023"), JUNE_2023);
        assertThat(next.getRegistryNumber()).isEqualTo(new RegistryNumber(prefix, 2023, 410));
    }

    @Test
    void aNumberWithoutPrefixAndDocumentsWithGapsAreKept() {
        Matter taken = registry.takeOverMatter(RegistryFixtures.report(board.getId(), "Avtal utan serie"),
                "2021/12345", JUNE_2023.minusYears(2));
        takeOver(taken, "4", "Tjänsteutlåtande - Avtal");
        takeOver(taken, "4.1", "Bilaga - Avtal");
        takeOver(taken, "1.1", "Bilaga utan sin handling");

        assertThat(registry.matter(RegistryNumber.parse("2021/12345")).getId()).isEqualTo(taken.getId());
        assertThat(registry.documents(taken.getId())).extracting(found -> found.getNumber().toString())
                .containsExactly("2021/12345-1.1", "2021/12345-4", "2021/12345-4.1");
        // A new document numbers on after the highest.
        DocumentForm letter = document("Brev");
        assertThat(registry.registerDocument(taken.getId(), letter, new FileContent("b.pdf", "application/pdf",
                RegistryFixtures.PDF)).getNumber().toString()).isEqualTo("2021/12345-5");
    }

    @Test
    void aTakenNumberAWrongYearOrAnUnreadableNumberIsRefusedAndSavesNothing() {
        String prefix = prefix();
        Matter taken = registry.takeOverMatter(RegistryFixtures.report(board.getId(), "Först"), prefix + " 2023/18",
                JUNE_2023);
        takeOver(taken, "50", "Protokoll");
        long matters = jdbc.queryForObject("select count(*) from matter", Long.class);
        long documents = jdbc.queryForObject("select count(*) from document", Long.class);

        assertThatThrownBy(() -> registry.takeOverMatter(RegistryFixtures.report(board.getId(), "Igen"),
                prefix + " 2023/18", JUNE_2023)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("matter.takeOver.duplicate");
        assertThatThrownBy(() -> registry.takeOverMatter(RegistryFixtures.report(board.getId(), "Fel år"),
                prefix + " 2021/7", JUNE_2023)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("matter.takeOver.year");
        assertThatThrownBy(() -> registry.takeOverMatter(RegistryFixtures.report(board.getId(), "Oläsligt"),
                "SOF2023-7", JUNE_2023)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("matter.takeOver.number");
        assertThatThrownBy(() -> takeOver(taken, "50", "Dubblett")).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("document.takeOver.duplicate");
        assertThatThrownBy(() -> takeOver(taken, "5x", "Oläsligt")).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("document.takeOver.number");

        assertThat(jdbc.queryForObject("select count(*) from matter", Long.class)).isEqualTo(matters);
        assertThat(jdbc.queryForObject("select count(*) from document", Long.class)).isEqualTo(documents);
    }

    @Test
    @WithUserDetails("handlaggare")
    void onlyRegistrarsTakeOver() {
        assertThatThrownBy(() -> registry.takeOverMatter(RegistryFixtures.report(board.getId(), "Obehörig"),
                "2022/1", JUNE_2023.minusYears(1)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
