package se.namndflode.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.IntegrationTest;
import se.namndflode.MovableClock;
import se.namndflode.registry.Document;
import se.namndflode.registry.FileContent;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.Registry;

@IntegrationTest
class DemoRegistryDataTest {

    @Autowired
    Registry registry;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    ObjectMapper json;

    /** The demo register's matter (not the one of the same title taken over for the meeting of 2023-12-12). */
    private Matter demoMatter(String title) {
        Long id = jdbc.queryForObject("""
                select m.id from matter m join board b on b.id = m.board_id
                where b.name = 'Socialnämnden' and m.title = ? and m.registry_year > 2023""", Long.class, title);
        return registry.matter(id);
    }

    @Test
    void socialnamndenHasTheRemissOfKommunstyrelsenFromTheMinutes() {
        Matter matter = demoMatter("Motion om kommunöverskridande samarbete för skyddade boenden");
        assertThat(matter.getKind()).isEqualTo(MatterKind.REFERRAL);
        assertThat(matter.getSender()).isEqualTo("Kommunstyrelsen");
        assertThat(matter.getSenderReference()).isEqualTo("KS 2023/769");
        assertThat(matter.getRegistryNumber().prefix()).isEqualTo("SOF");
        assertThat(matter.getAnswerDue()).isAfter(matter.getRegisteredAt().toLocalDate());
        assertThat(registry.documents(matter.getId())).extracting(document -> document.getNumber().suffix())
                .containsExactly("1", "1.1", "2");
    }

    @Test
    void everyDemoDocumentIsARealPdf() throws Exception {
        Matter matter = demoMatter("Motion om kommunöverskridande samarbete för skyddade boenden");
        for (Document document : registry.documents(matter.getId())) {
            FileContent file = registry.file(matter.getId(), document.getNumber().suffix());
            assertThat(file.contentType()).isEqualTo("application/pdf");
            assertThat(file.fileName()).endsWith(".pdf").matches("[a-z0-9-]+\\.pdf");
            // A real parser reads it: the generated demo PDFs and the rendered tjänsteutlåtande alike.
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(file.content())) {
                assertThat(pdf.getNumberOfPages()).isPositive();
            }
        }
    }

    @Test
    void oneDemoMatterIsConfidential() throws Exception {
        // Of the demo's own matters: other tests (MeetingPagesTest) register confidential matters of Socialnämnden in
        // the same database.
        List<String> titles = DemoData.read(json, "demo/registry.json", DemoRegistryFile.class).matters().stream()
                .map(DemoRegistryFile.DemoMatter::title).toList();
        List<String> grounds = jdbc.queryForList("""
                select m.confidentiality_ground, m.title from matter m join board b on b.id = m.board_id
                where b.name = 'Socialnämnden' and m.confidential = true""").stream()
                .filter(row -> titles.contains((String) row.get("TITLE")))
                .map(row -> (String) row.get("CONFIDENTIALITY_GROUND")).toList();
        assertThat(grounds).containsExactly("OSL 26 kap. 1 §");
    }

    @Test
    void theDemoMattersAreRegisteredOnceAndAudited() {
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = ?", Long.class,
                DemoRegistryData.LOADED)).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'REGISTERED' and entity_type = 'Matter'
                  and actor = 'registrator' and summary like 'Ärende registrerat: SOF %'""", Long.class))
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void documentNamesAreShortAndPlain() {
        assertThat(DemoRegistryData.fileName("Remiss - Förbättrade möjligheter för barn (SOU 2023:40)"))
                .isEqualTo("remiss-forbattrade-mojligheter-for-barn-sou-2023-40.pdf");
        assertThat(DemoRegistryData.fileName("Tjänsteutlåtande - Remiss av Motion om kommunöverskridande samarbete"))
                .hasSizeLessThanOrEqualTo(64);
    }

    @Test
    void theDemoFileCanBeReadByNumber() {
        Matter matter = demoMatter("Skrivelse om avhopparprogram");
        // Within the matter: without a signed-in user a bare diarienummer may name matters of several municipalities.
        FileContent file = registry.file(matter.getId(), "1");
        assertThat(new String(file.content(), 0, 8, StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4");
        assertThat(matter.getRegisteredAt().toLocalDate()).isBeforeOrEqualTo(LocalDate.now(clock));
    }
}
