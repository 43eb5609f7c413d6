package se.namndflode.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.MovableClock;
import se.namndflode.organisation.Board;

/** The registry's pages: registering, the matter with its documents and history, roles and refusals. */
@IntegrationTest
class MatterPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    Registry registry;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;

    Board board;

    @BeforeEach
    void newSeries() {
        board = fixtures.newBoard();
    }

    private RequestPostProcessor as(String username) {
        return user(fixtures.user(username));
    }

    /** The matter's version now, as its page shows it in the case officer form. */
    private String version(Matter matter) {
        return String.valueOf(jdbc.queryForObject("select version from matter where id = ?", Long.class,
                matter.getId()));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"registrator", "handlaggare", "chef", "sekreterare"})
    void staffWhoRegisterGetTheFormAndRegisterThroughIt(String username) throws Exception {
        mvc.perform(get("/arenden/ny").with(as(username)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"answerDue\">Svar senast</label>")));
        String title = RegistryFixtures.uniqueTitle("Motion om kommunöverskridande samarbete");
        String prefix = board.getAdministration().getRegistryPrefix();
        mvc.perform(post("/arenden").with(as(username)).with(csrf())
                        .param("boardId", board.getId().toString()).param("kind", "REFERRAL")
                        .param("title", title).param("sender", "Kommunstyrelsen")
                        .param("senderReference", "KS 2023/769")
                        .param("answerDue", LocalDate.now(clock).plusDays(20).toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/arenden/" + prefix + "-" + LocalDate.now(clock).getYear() + "-1"))
                .andExpect(flash().attribute("saved", prefix + " " + LocalDate.now(clock).getYear() + "/1 " + title));
    }

    @Test
    void refusalsAreShownNextToTheirFieldsAndNothingIsSaved() throws Exception {
        long matters = count("matter");
        mvc.perform(post("/arenden").with(as("registrator")).with(csrf())
                        .param("boardId", board.getId().toString()).param("kind", "REFERRAL").param("title", "")
                        .param("answerDue", "igår"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Formuläret innehåller fel.")))
                .andExpect(content().string(containsString(
                        "<p class=\"field-error\" id=\"title-error\">Fyll i det här fältet.</p>")))
                .andExpect(content().string(containsString(
                        "<p class=\"field-error\" id=\"answerDue-error\">Ange ett datum som ÅÅÅÅ-MM-DD, t.ex. 2026-01-31.</p>")));

        mvc.perform(post("/arenden").with(as("registrator")).with(csrf())
                        .param("boardId", board.getId().toString()).param("kind", "REFERRAL")
                        .param("title", "Remiss med passerat datum")
                        .param("answerDue", LocalDate.now(clock).minusDays(3).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-invalid=\"true\" aria-describedby=\"answerDue-hint answerDue-error\"")))
                .andExpect(content().string(containsString("Svarsdatumet har redan passerat.")))
                .andExpect(content().string(containsString("value=\"Remiss med passerat datum\"")));

        mvc.perform(post("/arenden").with(as("registrator")).with(csrf())
                        .param("boardId", board.getId().toString()).param("kind", "REPORT")
                        .param("title", "Sekretess utan grund").param("confidential", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"confidentialityGround-error\">Ange sekretessgrunden")));
        assertThat(count("matter")).isEqualTo(matters);
    }

    @Test
    void theMatterPageShowsFactsDocumentsAndTheWholeHistory() throws Exception {
        String title = RegistryFixtures.uniqueTitle("Remiss av Betänkandet Ökat informationsflöde");
        Matter matter = fixtures.register(RegistryFixtures.referral(board.getId(), title,
                LocalDate.now(clock).plusDays(14)));
        fixtures.as("registrator", () -> registry.registerDocument(matter.getId(), RegistryFixtures.document(
                DocumentType.REFERRAL, "Remiss - Betänkandet (SOU 2023:69)", LocalDate.now(clock), null),
                RegistryFixtures.pdf("remiss.pdf")));
        fixtures.as("handlaggare", () -> registry.registerDocument(matter.getId(), RegistryFixtures.document(
                DocumentType.ATTACHMENT, "Betänkandet i sin helhet", LocalDate.now(clock), 1),
                RegistryFixtures.pdf("sou-2023-69.pdf")));
        fixtures.as("handlaggare", () -> registry.registerDocument(matter.getId(), RegistryFixtures.document(
                DocumentType.STAFF_REPORT, "Tjänsteutlåtande", LocalDate.now(clock), null),
                RegistryFixtures.pdf("tjansteutlatande.pdf")));
        String number = matter.getRegistryNumber().toString();

        mvc.perform(get("/arenden/{number}", matter.getRegistryNumber().toUrl()).with(as("sekreterare")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("KS 2023/769")))
                .andExpect(content().string(containsString("<td>" + number + "-1</td>")))
                .andExpect(content().string(containsString("<td>" + number + "-1.1</td>")))
                .andExpect(content().string(containsString("<td>" + number + "-2</td>")))
                .andExpect(content().string(containsString("href=\"/arenden/" + matter.getRegistryNumber().toUrl()
                        + "/handlingar/1.1\"")))
                // The history told as sentences, with people's names and the kind in words.
                .andExpect(content().string(containsString("Lena Ahl registrerade ärendet (Remiss, "
                        + board.getName() + ").")))
                .andExpect(content().string(containsString("Lena Ahl registrerade handlingen " + number
                        + "-1 Remiss - Betänkandet (SOU 2023:69).")))
                .andExpect(content().string(containsString("Sofia Lind registrerade bilagan " + number
                        + "-1.1 Betänkandet i sin helhet.")))
                .andExpect(content().string(containsString("Sofia Lind registrerade handlingen " + number
                        + "-2 Tjänsteutlåtande.")));
        assertThat(fixtures.as("registrator", () -> registry.history(matter.getId())))
                .extracting(event -> event.getAction() + " " + event.getActor())
                // Registration also starts the board-matter process, which writes to the same history.
                .containsExactly("REGISTERED registrator", "PROCESS_STARTED registrator",
                        "DOCUMENT_REGISTERED registrator",
                        "DOCUMENT_REGISTERED handlaggare", "DOCUMENT_REGISTERED handlaggare");
    }

    @Test
    void aDocumentIsRegisteredAndDownloadedFromTheMatterPage() throws Exception {
        Matter matter = fixtures.register(RegistryFixtures.report(board.getId(), "Månadsrapport november"));
        String url = matter.getRegistryNumber().toUrl();
        mvc.perform(multipart("/arenden/{number}/handlingar", url)
                        .file(new MockMultipartFile("file", "C:\\Mina dokument\\rapport.pdf", "application/pdf",
                                RegistryFixtures.PDF))
                        .param("type", "STAFF_REPORT").param("title", "Tjänsteutlåtande - Månadsrapport november")
                        .param("date", LocalDate.now(clock).toString()).param("direction", "INTERNAL")
                        .with(as("handlaggare")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/arenden/" + url + "#handlingar"));

        mvc.perform(get("/arenden/{number}/handlingar/1", url).with(as("sekreterare")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"rapport.pdf\""))
                .andExpect(content().bytes(RegistryFixtures.PDF));
    }

    @Test
    void aRefusedFileIsShownNextToTheFileFieldAndNothingIsSaved() throws Exception {
        Matter matter = fixtures.register(RegistryFixtures.report(board.getId(), "Rapport med fel fil"));
        long documents = count("document");
        mvc.perform(multipart("/arenden/{number}/handlingar", matter.getRegistryNumber().toUrl())
                        .file(new MockMultipartFile("file", "bild.pdf", "application/pdf",
                                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}))
                        .param("type", "OTHER").param("title", "En bild").param("date", LocalDate.now(clock).toString())
                        .param("direction", "IN").param("attachTo", "")
                        .with(as("registrator")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"file-error\">Filen måste vara en PDF")))
                .andExpect(content().string(containsString("value=\"En bild\"")));
        assertThat(count("document")).isEqualTo(documents);
    }

    @Test
    void listsAndSearchesMatters() throws Exception {
        String title = RegistryFixtures.uniqueTitle("Skrivelse om avhopparprogram");
        Matter matter = fixtures.register(RegistryFixtures.report(board.getId(), title));
        mvc.perform(get("/arenden").param("q", matter.getRegistryNumber().toString()).with(as("chef")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/arenden/" + matter.getRegistryNumber().toUrl()
                        + "\"")))
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/arenden").param("boardId", board.getId().toString()).param("kind", "REFERRAL")
                        .with(as("chef")))
                .andExpect(content().string(containsString("Antal ärenden: 0")));
    }

    @Test
    void aPoliticianCannotRegisterNorReadTheRegistry() throws Exception {
        long matters = count("matter");
        mvc.perform(get("/arenden/ny").with(as("ledamot"))).andExpect(status().isForbidden());
        mvc.perform(post("/arenden").with(as("ledamot")).with(csrf()).param("boardId", board.getId().toString())
                        .param("kind", "REPORT").param("title", "Från en ledamot"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/arenden").with(as("ledamot"))).andExpect(status().isForbidden());
        assertThat(count("matter")).isEqualTo(matters);
    }

    @Test
    void aDirectorReadsButDoesNotRegister() throws Exception {
        mvc.perform(get("/arenden").with(as("forvaltningschef"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/arenden/ny\""))));
        mvc.perform(get("/arenden/ny").with(as("forvaltningschef"))).andExpect(status().isForbidden());
    }

    @Test
    void theMenuLinksToMattersForStaffOnly() throws Exception {
        mvc.perform(get("/start/registrator").with(as("registrator")))
                .andExpect(content().string(containsString("<a href=\"/arenden\">Ärenden</a>")));
        mvc.perform(get("/start/ledamot").with(as("ledamot")))
                .andExpect(content().string(not(containsString("href=\"/arenden\""))));
    }

    @Test
    void registrarsAssignTheCaseOfficer() throws Exception {
        Matter matter = fixtures.register(RegistryFixtures.report(board.getId(), "Rapport utan handläggare"));
        Long officer = fixtures.user("handlaggare").getAccountId();
        mvc.perform(post("/arenden/{number}/handlaggare", matter.getRegistryNumber().toUrl())
                        .param("caseOfficerId", officer.toString()).param("version", version(matter))
                        .with(as("registrator")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/arenden/{number}", matter.getRegistryNumber().toUrl()).with(as("sekreterare")))
                .andExpect(content().string(containsString("<dd>Sofia Lind</dd>")))
                .andExpect(content().string(containsString("Lena Ahl gav ärendet till handläggaren Sofia Lind.")));
        mvc.perform(post("/arenden/{number}/handlaggare", matter.getRegistryNumber().toUrl())
                        .param("caseOfficerId", officer.toString()).param("version", version(matter))
                        .with(as("sekreterare")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownNumberIsNotFound() throws Exception {
        mvc.perform(get("/arenden/{number}", "SOF-1999-99999").with(as("registrator")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Ärendet finns inte, eller så har du inte tillgång till det.")));
        mvc.perform(get("/arenden/{number}/handlingar/{document}", "SOF-1999-1", "x").with(as("registrator")))
                .andExpect(status().isNotFound());
    }
}
