package se.namndflode.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.MovableClock;
import se.namndflode.organisation.Board;

/** The registry's JSON API: registering, reading, searching, documents and files, and what it refuses. */
@IntegrationTest
class MatterApiTest {

    static final String PROBLEM = "https://namndflode.se/problem/";

    @Autowired
    MockMvc mvc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;

    Board board;
    String prefix;
    int year;

    @BeforeEach
    void newSeries() {
        board = fixtures.newBoard();
        prefix = board.getAdministration().getRegistryPrefix();
        year = LocalDate.now(clock).getYear();
    }

    private RequestPostProcessor as(String username) {
        return user(fixtures.user(username));
    }

    private ResultActions register(String json) throws Exception {
        return mvc.perform(post("/api/v1/matters").with(as("registrator")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String referral(String title, LocalDate answerDue) {
        return """
                {"boardId": %d, "kind": "REFERRAL", "title": "%s", "sender": "Kommunstyrelsen",
                 "senderReference": "KS 2023/769", "answerDue": "%s"}""".formatted(board.getId(), title, answerDue);
    }

    private Matter registered(String title) {
        return fixtures.register(RegistryFixtures.referral(board.getId(), title, LocalDate.now(clock).plusDays(30)));
    }

    private MockMultipartHttpServletRequestBuilder document(Matter matter, MockMultipartFile file) {
        return document(matter, file, "REFERRAL", "Remiss - Motion om skyddade boenden");
    }

    private MockMultipartHttpServletRequestBuilder document(Matter matter, MockMultipartFile file, String type,
            String title) {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/matters/{number}/documents",
                matter.getRegistryNumber().toUrl());
        request.file(file).param("type", type).param("title", title)
                .param("date", LocalDate.now(clock).toString()).param("direction", "IN");
        request.with(as("registrator")).with(csrf());
        return request;
    }

    private static MockMultipartFile pdf(String name) {
        return new MockMultipartFile("file", name, "application/pdf", RegistryFixtures.PDF);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void registersAMatterWithTheNextNumberAndItsLocation() throws Exception {
        LocalDate due = LocalDate.now(clock).plusDays(30);
        register(referral("Motion om kommunöverskridande samarbete för skyddade boenden", due))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/matters/" + prefix + "-" + year + "-1"))
                .andExpect(jsonPath("$.matter.registryNumber").value(prefix + " " + year + "/1"))
                .andExpect(jsonPath("$.matter.kind").value("REFERRAL"))
                .andExpect(jsonPath("$.matter.senderReference").value("KS 2023/769"))
                .andExpect(jsonPath("$.matter.answerDue").value(due.toString()))
                .andExpect(jsonPath("$.matter.status").value("OPEN"))
                .andExpect(jsonPath("$.registeredBy").value("registrator"));
    }

    @Test
    void readsAMatterByItsNumberWithDocumentsAndAttachmentsNested() throws Exception {
        Matter matter = registered("Remiss med handlingar");
        mvc.perform(document(matter, pdf("remiss.pdf"))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(matter.getRegistryNumber() + "-1"));
        mvc.perform(document(matter, pdf("motion.pdf")).param("attachTo", "1")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(matter.getRegistryNumber() + "-1.1"));
        mvc.perform(document(matter, pdf("bilaga.pdf")).param("attachTo", "1")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(matter.getRegistryNumber() + "-1.2"));
        mvc.perform(document(matter, pdf("tjansteutlatande.pdf"), "STAFF_REPORT", "Tjänsteutlåtande"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(matter.getRegistryNumber() + "-2"));

        mvc.perform(get("/api/v1/matters/{number}", matter.getRegistryNumber().toUrl()).with(as("handlaggare")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matter.title").value("Remiss med handlingar"))
                .andExpect(jsonPath("$.documents.length()").value(2))
                .andExpect(jsonPath("$.documents[0].number").value(matter.getRegistryNumber() + "-1"))
                .andExpect(jsonPath("$.documents[0].attachments[*].number").value(org.hamcrest.Matchers.contains(
                        matter.getRegistryNumber() + "-1.1", matter.getRegistryNumber() + "-1.2")))
                .andExpect(jsonPath("$.documents[1].type").value("STAFF_REPORT"));
    }

    @Test
    void anUnknownKindIsAProblemDetailThatNamesTheFieldAndTheChoices() throws Exception {
        long matters = count("matter");
        register("""
                {"boardId": %d, "kind": "REMISS", "title": "Fel typ"}""".formatted(board.getId()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEM + "invalid-value"))
                .andExpect(jsonPath("$.field").value("kind"))
                .andExpect(jsonPath("$.detail").value(containsString("REMISS är inte giltigt för kind")))
                .andExpect(jsonPath("$.detail").value(containsString("REFERRAL, INQUIRY, ASSIGNMENT_REPORT")));
        assertThat(count("matter")).isEqualTo(matters);
    }

    @Test
    void anAnswerDateInThePastIsRefusedAndSavesNothing() throws Exception {
        long matters = count("matter");
        long events = count("audit_event");
        register(referral("För sent", LocalDate.now(clock).minusDays(1)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value(PROBLEM + "matter-answerDue-past"))
                .andExpect(jsonPath("$.field").value("answerDue"))
                .andExpect(jsonPath("$.detail").value("Svarsdatumet har redan passerat. Ange "
                        + LocalDate.now(clock) + " eller senare."));
        assertThat(count("matter")).isEqualTo(matters);
        assertThat(count("audit_event")).isEqualTo(events);
    }

    @Test
    void aReferralNeedsAnAnswerDate() throws Exception {
        register("""
                {"boardId": %d, "kind": "REFERRAL", "title": "Remiss utan datum"}""".formatted(board.getId()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("answerDue"))
                .andExpect(jsonPath("$.detail").value("Ange när remissen senast ska besvaras."));
    }

    @Test
    void aConfidentialMatterNeedsItsLegalGround() throws Exception {
        long matters = count("matter");
        register("""
                {"boardId": %d, "kind": "REPORT", "title": "Lex Sarah", "confidential": true,
                 "confidentialityGround": "  "}""".formatted(board.getId()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("confidentialityGround"))
                .andExpect(jsonPath("$.detail").value(containsString("sekretessgrunden")));
        assertThat(count("matter")).isEqualTo(matters);
    }

    @Test
    void missingFieldsAreListedWithSwedishMessages() throws Exception {
        register("""
                {"boardId": %d, "kind": "REPORT"}""".formatted(board.getId()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEM + "validation"))
                .andExpect(jsonPath("$.fields.title").value("Fyll i det här fältet."));
    }

    @Test
    void aCaseOfficerMustBeAHandlaggareOfTheMunicipality() throws Exception {
        Long sjostadOfficer = jdbc.queryForObject("select id from user_account where username = 'handlaggare.sjostad'",
                Long.class);
        register("""
                {"boardId": %d, "kind": "REPORT", "title": "Rapport", "caseOfficerId": %d}"""
                .formatted(board.getId(), sjostadOfficer))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("caseOfficerId"));
    }

    @Test
    void anAttachmentToADocumentThatDoesNotExistIsRefused() throws Exception {
        Matter matter = registered("Remiss utan handling 7");
        long documents = count("document");
        mvc.perform(document(matter, pdf("bilaga.pdf")).param("attachTo", "7"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("attachTo"))
                .andExpect(jsonPath("$.detail").value("Det finns ingen handling " + matter.getRegistryNumber()
                        + "-7 att lägga en bilaga till."));
        assertThat(count("document")).isEqualTo(documents);
        assertThat(count("document_file")).isEqualTo(documents);
    }

    @Test
    void aFileOverTheLimitIsRefused() throws Exception {
        Matter matter = registered("Remiss med för stor fil");
        byte[] large = Arrays.copyOf(RegistryFixtures.PDF, 20 * 1024 * 1024 + 1);
        long documents = count("document");
        mvc.perform(document(matter, new MockMultipartFile("file", "stor.pdf", "application/pdf", large)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail").value("Filen är för stor. Största tillåtna storlek är 20 MB."));
        assertThat(count("document")).isEqualTo(documents);
    }

    @Test
    void aPngIsRefused() throws Exception {
        Matter matter = registered("Remiss med bild");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        mvc.perform(document(matter, new MockMultipartFile("file", "bild.png", "image/png", png)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.type").value(PROBLEM + "document-file-type"));
    }

    @Test
    void aProgramRenamedPdfIsRefused() throws Exception {
        Matter matter = registered("Remiss med program");
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};
        long documents = count("document");
        mvc.perform(document(matter, new MockMultipartFile("file", "remiss.pdf", "application/pdf", exe)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("file"));
        assertThat(count("document")).isEqualTo(documents);
    }

    @Test
    void aDocumentNeedsAFile() throws Exception {
        Matter matter = registered("Remiss utan fil");
        mvc.perform(multipart("/api/v1/matters/{number}/documents", matter.getRegistryNumber().toUrl())
                        .param("type", "LETTER").param("title", "Brev").param("date", "2026-01-01")
                        .param("direction", "OUT").with(as("registrator")).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail").value("Välj en fil."));
    }

    @Test
    void anUnknownDocumentTypeIsAValidationProblem() throws Exception {
        Matter matter = registered("Remiss med okänd handlingstyp");
        mvc.perform(document(matter, pdf("remiss.pdf"), "FAX", "Fax"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.type").value("Värdet har fel form."));
    }

    @Test
    void downloadsTheFileWithItsContentTypeAndName() throws Exception {
        Matter matter = registered("Remiss att ladda ner");
        mvc.perform(document(matter, pdf("Remiss – skyddade boenden.pdf"))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileUrl").value("/api/v1/matters/" + matter.getRegistryNumber().toUrl()
                        + "/documents/1/file"));

        mvc.perform(get("/api/v1/matters/{number}/documents/1/file", matter.getRegistryNumber().toUrl())
                        .with(as("chef")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"Remiss - skyddade boenden.pdf\"; "
                        + "filename*=UTF-8''Remiss%20%E2%80%93%20skyddade%20boenden.pdf"))
                .andExpect(content().bytes(RegistryFixtures.PDF));
    }

    @Test
    void searchFindsTitlesAndEachWayOfWritingTheNumber() throws Exception {
        String title = RegistryFixtures.uniqueTitle("Remiss om tillgänglighet");
        Matter matter = registered(title);
        RegistryNumber number = matter.getRegistryNumber();
        for (String q : new String[] {title.substring(9).toUpperCase(), number.toString(), number.toUrl(),
                number.year() + "/" + number.serial()}) {
            mvc.perform(get("/api/v1/matters").param("q", q).param("size", "200").with(as("sekreterare")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[*].registryNumber", hasItem(number.toString())));
        }
    }

    @Test
    void searchFindsDocumentTitles() throws Exception {
        Matter matter = registered("Remiss med särskild bilaga");
        String documentTitle = RegistryFixtures.uniqueTitle("Motion från Centerpartiet");
        mvc.perform(document(matter, pdf("motion.pdf"), "ATTACHMENT", documentTitle))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/matters").param("q", documentTitle.toLowerCase()).with(as("sekreterare")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].registryNumber").value(matter.getRegistryNumber().toString()));
    }

    @Test
    void listsNewestFirstAndFiltersByBoardAndKind() throws Exception {
        Matter older = registered("Äldre remiss");
        Matter newer = fixtures.register(RegistryFixtures.report(board.getId(), "Nyare rapport"));

        mvc.perform(get("/api/v1/matters").param("boardId", board.getId().toString()).with(as("registrator")))
                .andExpect(jsonPath("$.items[*].registryNumber").value(org.hamcrest.Matchers.contains(
                        newer.getRegistryNumber().toString(), older.getRegistryNumber().toString())));
        mvc.perform(get("/api/v1/matters").param("boardId", board.getId().toString()).param("kind", "REPORT")
                        .with(as("registrator")))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].title").value("Nyare rapport"));
    }

    @Test
    void anUnknownKindInTheQueryIsAProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/matters").param("kind", "FAX").with(as("registrator")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEM + "invalid-value"))
                .andExpect(jsonPath("$.field").value("kind"));
    }

    @Test
    void anUnknownNumberIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/matters/{number}", prefix + "-" + year + "-999").with(as("registrator")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEM + "not-found"))
                .andExpect(jsonPath("$.detail").value("Ärendet finns inte, eller så har du inte tillgång till det."));
        mvc.perform(get("/api/v1/matters/{number}", "inte-ett-nummer").with(as("registrator")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPoliticianMayNeitherRegisterNorRead() throws Exception {
        long matters = count("matter");
        mvc.perform(post("/api/v1/matters").with(as("ledamot")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(referral("Från en ledamot", LocalDate.now(clock).plusDays(5))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(PROBLEM + "forbidden"));
        mvc.perform(get("/api/v1/matters").with(as("ledamot"))).andExpect(status().isForbidden());
        assertThat(count("matter")).isEqualTo(matters);
    }

    @Test
    void aDirectorReadsButDoesNotRegister() throws Exception {
        mvc.perform(post("/api/v1/matters").with(as("forvaltningschef")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(referral("Från förvaltningschefen", LocalDate.now(clock).plusDays(5))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/matters").with(as("forvaltningschef"))).andExpect(status().isOk());
    }

    @Test
    void anotherMunicipalitysUserDoesNotFindTheMatter() throws Exception {
        Matter matter = registered("Stockholms remiss");
        mvc.perform(get("/api/v1/matters/{number}", matter.getRegistryNumber().toUrl())
                        .with(as("handlaggare.sjostad")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/matters").param("q", matter.getRegistryNumber().toString())
                        .with(as("handlaggare.sjostad")))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void theRegisteredMatterIsInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/api/v1/openapi").with(as("registrator"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/matters/{number}/documents/{document}/file']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/matters'].post.summary").value("Registrera ett ärende"))
                .andExpect(header().string("Content-Type", endsWith("json")));
    }
}
