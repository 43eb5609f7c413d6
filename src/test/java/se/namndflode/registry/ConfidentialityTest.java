package se.namndflode.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.organisation.Board;
import se.namndflode.shared.security.Role;

/**
 * A confidential matter is seen whole only by registrars, managers and directors of its municipality, its case
 * officer and those given access. To other staff of its municipality it is its register entry (OSL 5 kap.: the
 * register is public, the content may be secret): listed and found by its number with its public title or
 * "Sekretessbelagt ärende", refused (403) with that and the reason when opened, never its title, sender,
 * documents or content, and never found by what is secret. To another municipality it does not exist (404).
 */
@IntegrationTest
class ConfidentialityTest {

    static final String MASKED = "Sekretessbelagt ärende";

    @Autowired
    MockMvc mvc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    Registry registry;

    String title;
    String sender;
    String documentTitle;
    Matter matter;

    @BeforeEach
    void registerAConfidentialMatter() {
        Board board = fixtures.newBoard();
        title = RegistryFixtures.uniqueTitle("Lex Sarah-rapport om stödboendet");
        sender = RegistryFixtures.uniqueTitle("Anmälaren Şahin Đorđević");
        documentTitle = RegistryFixtures.uniqueTitle("Anmälan om missförhållande");
        MatterForm form = RegistryFixtures.report(board.getId(), title);
        form.setSender(sender);
        form.setConfidential(true);
        form.setConfidentialityGround("OSL 26 kap. 1 §");
        form.setCaseOfficerId(fixtures.user("handlaggare").getAccountId());
        matter = fixtures.register(form);
        fixtures.as("registrator", () -> registry.registerDocument(matter.getId(),
                RegistryFixtures.document(DocumentType.OTHER, documentTitle, java.time.LocalDate.now(), null),
                RegistryFixtures.pdf("anmalan.pdf")));
    }

    private RequestPostProcessor as(String username) {
        return user(fixtures.user(username));
    }

    private String url() {
        return matter.getRegistryNumber().toUrl();
    }

    /** What may be secret: the title, the sender, the documents. */
    private org.hamcrest.Matcher<String> nothingSecret() {
        return org.hamcrest.Matchers.allOf(not(containsString(title)), not(containsString(sender)),
                not(containsString(documentTitle)), not(containsString("anmalan.pdf")));
    }

    /** Opening the matter, its documents or files: refused with its number, masked title and why. */
    private void assertRefusedTo(String username) throws Exception {
        String number = matter.getRegistryNumber().toString();
        mvc.perform(get("/arenden/{number}", url()).with(as(username)))
                .andExpect(status().isForbidden()).andExpect(content().string(nothingSecret()))
                .andExpect(content().string(containsString(number + " " + MASKED)))
                .andExpect(content().string(containsString("OSL 26 kap. 1 §")))
                .andExpect(content().string(containsString("Be registrator eller chef om åtkomst")));
        mvc.perform(get("/arenden/{number}/handlingar/1", url()).with(as(username)))
                .andExpect(status().isForbidden()).andExpect(content().string(nothingSecret()));
        mvc.perform(get("/api/v1/matters/{number}", url()).with(as(username)))
                .andExpect(status().isForbidden()).andExpect(content().string(nothingSecret()))
                .andExpect(jsonPath("$.type").value("https://namndflode.se/problem/matter-confidential"))
                .andExpect(jsonPath("$.registryNumber").value(number))
                .andExpect(jsonPath("$.title").value(MASKED))
                .andExpect(jsonPath("$.detail").value(containsString(number + " " + MASKED)));
        mvc.perform(get("/api/v1/matters/{number}/documents/1/file", url()).with(as(username)))
                .andExpect(status().isForbidden()).andExpect(content().string(nothingSecret()));
        mvc.perform(multipart("/arenden/{number}/handlingar", url()).file(new MockMultipartFile("file",
                        "ny.pdf", "application/pdf", RegistryFixtures.PDF)).param("type", "LETTER")
                        .param("title", "Brev").param("date", java.time.LocalDate.now().toString())
                        .param("direction", "IN").with(as(username)).with(csrf()))
                .andExpect(status().isForbidden()).andExpect(content().string(nothingSecret()));
        mvc.perform(get("/arenden/{number}/tjansteutlatande", url()).with(as(username)))
                .andExpect(status().isForbidden()).andExpect(content().string(nothingSecret()))
                .andExpect(content().string(containsString(number + " " + MASKED)));
        mvc.perform(get("/arenden/{number}/handlaggning", url()).with(as(username)))
                .andExpect(status().isForbidden()).andExpect(content().string(nothingSecret()));
    }

    /** Of the same municipality, not entitled: the register entry, and nothing more. */
    private void assertOnlyTheEntryShownTo(String username) throws Exception {
        assertRefusedTo(username);
        RegistryNumber number = matter.getRegistryNumber();
        // The list and search by number: the entry, linked to the refusal above.
        for (String q : new String[] {null, number.toString(), number.toUrl(), number.year() + "/" + number.serial()}) {
            mvc.perform(get("/arenden").param("q", q).param("boardId", matter.getBoard().getId().toString())
                            .with(as(username)))
                    .andExpect(status().isOk()).andExpect(content().string(nothingSecret()))
                    .andExpect(content().string(containsString("Antal ärenden: 1")))
                    .andExpect(content().string(containsString("href=\"/arenden/" + number.toUrl() + "\"")))
                    .andExpect(content().string(containsString(MASKED)))
                    .andExpect(content().string(containsString("Du har inte åtkomst")));
            mvc.perform(get("/api/v1/matters").param("q", q).param("boardId", matter.getBoard().getId().toString())
                            .with(as(username)))
                    .andExpect(status().isOk()).andExpect(content().string(nothingSecret()))
                    .andExpect(jsonPath("$.totalItems").value(1))
                    .andExpect(jsonPath("$.items[0].registryNumber").value(number.toString()))
                    .andExpect(jsonPath("$.items[0].title").value(MASKED))
                    .andExpect(jsonPath("$.items[0].restricted").value(true))
                    .andExpect(jsonPath("$.items[0].confidential").value(true))
                    .andExpect(jsonPath("$.items[0].sender").doesNotExist())
                    .andExpect(jsonPath("$.items[0].caseOfficerId").doesNotExist());
        }
        // Searching for what is secret finds nothing: a hit would tell what the matter concerns. (The search box
        // shows what the user typed, so the page is checked by its count and links.)
        for (String q : new String[] {title, sender, documentTitle, "Lex Sarah-rapport", "missförhållande"}) {
            mvc.perform(get("/arenden").param("q", q).param("boardId", matter.getBoard().getId().toString())
                            .with(as(username)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Antal ärenden: 0")))
                    .andExpect(content().string(not(containsString("/arenden/" + number.toUrl()))));
            mvc.perform(get("/api/v1/matters").param("q", q).param("size", "200").with(as(username)))
                    .andExpect(status().isOk()).andExpect(content().string(nothingSecret()))
                    .andExpect(content().string(not(containsString(number.toString()))));
        }
    }

    /** Of another municipality: it does not exist. */
    private void assertNotFoundBy(String username) throws Exception {
        RegistryNumber number = matter.getRegistryNumber();
        for (String path : new String[] {"/arenden/{number}", "/arenden/{number}/handlingar/1",
                "/api/v1/matters/{number}", "/api/v1/matters/{number}/documents/1/file",
                "/arenden/{number}/tjansteutlatande"}) {
            mvc.perform(get(path, url()).with(as(username)))
                    .andExpect(status().isNotFound()).andExpect(content().string(nothingSecret()))
                    .andExpect(content().string(not(containsString(MASKED))));
        }
        for (String q : new String[] {null, title, number.toString(), number.toUrl()}) {
            mvc.perform(get("/arenden").param("q", q).with(as(username)))
                    .andExpect(status().isOk()).andExpect(content().string(not(containsString(sender))))
                    .andExpect(content().string(not(containsString("/arenden/" + number.toUrl()))));
            mvc.perform(get("/api/v1/matters").param("q", q).param("size", "200").with(as(username)))
                    .andExpect(status().isOk()).andExpect(content().string(nothingSecret()))
                    .andExpect(content().string(not(containsString(number.toString()))));
        }
    }

    private void assertShownTo(String username) throws Exception {
        mvc.perform(get("/arenden/{number}", url()).with(as(username)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("OSL 26 kap. 1 §")))
                .andExpect(content().string(containsString(documentTitle)));
        mvc.perform(get("/arenden/{number}/handlingar/1", url()).with(as(username))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/matters/{number}", url()).with(as(username)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(title)));
        mvc.perform(get("/arenden").param("q", documentTitle).with(as(username)))
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/api/v1/matters").param("q", matter.getRegistryNumber().toString()).with(as(username)))
                .andExpect(content().string(containsString(title)))
                .andExpect(jsonPath("$.items[0].title").value(title))
                .andExpect(jsonPath("$.items[0].sender").value(sender))
                .andExpect(jsonPath("$.items[0].restricted").value(false));
        mvc.perform(get("/arenden").param("q", sender).with(as(username)))
                .andExpect(content().string(containsString(title)));
    }

    @Test
    void staffOfItsMunicipalityWhoAreNotEntitledSeeOnlyItsRegisterEntry() throws Exception {
        assertOnlyTheEntryShownTo("sekreterare");
    }

    @Test
    void aCaseOfficerWhoIsNotItsOwnSeesOnlyItsRegisterEntry() throws Exception {
        assertOnlyTheEntryShownTo(fixtures.newAccount(Role.CASE_OFFICER));
    }

    @Test
    void anotherMunicipalityDoesNotKnowItExists() throws Exception {
        assertNotFoundBy("handlaggare.sjostad");
    }

    @Test
    void anUnknownNumberIsNotFoundNotRefused() throws Exception {
        RegistryNumber unknown = new RegistryNumber(matter.getRegistryNumber().prefix(),
                matter.getRegistryNumber().year(), 999_999);
        mvc.perform(get("/arenden/{number}", unknown.toUrl()).with(as("sekreterare")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/matters/{number}", unknown.toUrl()).with(as("sekreterare")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://namndflode.se/problem/not-found"));
    }

    @Test
    void thePublicTitleIsWhatOthersSeeAndFind() throws Exception {
        String publicTitle = RegistryFixtures.uniqueTitle("Rapport enligt lex Sarah");
        String secretTitle = RegistryFixtures.uniqueTitle("Lex Sarah-rapport om brukaren i Bagarmossen");
        MatterForm form = RegistryFixtures.report(fixtures.newBoard().getId(), secretTitle);
        form.setConfidential(true);
        form.setConfidentialityGround("OSL 26 kap. 1 §");
        form.setPublicTitle(publicTitle);
        Matter withPublicTitle = fixtures.register(form);
        String number = withPublicTitle.getRegistryNumber().toString();

        mvc.perform(get("/arenden").param("q", publicTitle).with(as("sekreterare")))
                .andExpect(content().string(containsString("Antal ärenden: 1")))
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(not(containsString(secretTitle))))
                .andExpect(content().string(not(containsString(MASKED))));
        mvc.perform(get("/arenden").param("q", "Bagarmossen").with(as("sekreterare")))
                .andExpect(content().string(not(containsString(number))));
        mvc.perform(get("/api/v1/matters").param("q", number).with(as("sekreterare")))
                .andExpect(jsonPath("$.items[0].title").value(publicTitle))
                .andExpect(jsonPath("$.items[0].publicTitle").value(publicTitle))
                .andExpect(content().string(not(containsString(secretTitle))));
        mvc.perform(get("/arenden/{number}", withPublicTitle.getRegistryNumber().toUrl()).with(as("sekreterare")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString(number + " " + publicTitle)))
                .andExpect(content().string(not(containsString(secretTitle))));
        mvc.perform(get("/api/v1/matters/{number}", withPublicTitle.getRegistryNumber().toUrl())
                        .with(as("sekreterare")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.title").value(publicTitle));
        // Those entitled see both, and find it by either.
        mvc.perform(get("/arenden/{number}", withPublicTitle.getRegistryNumber().toUrl()).with(as("registrator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(secretTitle)))
                .andExpect(content().string(containsString(publicTitle)));
        mvc.perform(get("/arenden").param("q", "Bagarmossen").with(as("registrator")))
                .andExpect(content().string(containsString(secretTitle)));
        mvc.perform(get("/admin/logg").param("entityType", "Matter").with(as("admin")))
                .andExpect(content().string(not(containsString(secretTitle))));
    }

    /**
     * The search reads one text per matter, a confidential matter's secret parts in a text of their own: a word in
     * the titles of open and of confidential matters finds, page after page, the open ones and those whose public
     * title has it, never a confidential one by its secret title, with a total that agrees; the entitled find all.
     */
    @Test
    void aWordOfOpenAndSecretTitlesFindsOnlyWhatTheUserMaySeeOnEveryPage() throws Exception {
        Board board = fixtures.newBoard();
        String word = RegistryFixtures.uniqueTitle("Trygghetsboende");
        java.util.List<String> open = new java.util.ArrayList<>();
        java.util.List<String> secret = new java.util.ArrayList<>();
        String byPublicTitle = null;
        for (int i = 1; i <= 3; i++) {
            open.add(fixtures.register(RegistryFixtures.report(board.getId(), "Ansökan om " + word + " " + i))
                    .getRegistryNumber().toString());
            MatterForm form = RegistryFixtures.report(board.getId(), "Lex Sarah om " + word + " " + i);
            form.setConfidential(true);
            form.setConfidentialityGround("OSL 26 kap. 1 §");
            form.setPublicTitle(i == 2 ? "Rapport om " + word : "Rapport enligt lex Sarah");
            String number = fixtures.register(form).getRegistryNumber().toString();
            if (i == 2) {
                byPublicTitle = number;
            } else {
                secret.add(number);
            }
        }
        java.util.List<String> unentitled = new java.util.ArrayList<>(open);
        unentitled.add(byPublicTitle);
        java.util.List<String> all = new java.util.ArrayList<>(unentitled);
        all.addAll(secret);

        assertThat(found("sekreterare", word, board)).containsExactlyInAnyOrderElementsOf(unentitled);
        assertThat(found(fixtures.newAccount(Role.CASE_OFFICER), word, board))
                .containsExactlyInAnyOrderElementsOf(unentitled);
        mvc.perform(get("/arenden").param("q", word).with(as("sekreterare")))
                .andExpect(content().string(containsString("Antal ärenden: 4")))
                .andExpect(content().string(not(containsString("Lex Sarah om"))));
        mvc.perform(get("/api/v1/matters").param("q", word).with(as("sekreterare")))
                .andExpect(content().string(not(containsString("Lex Sarah om"))));
        assertThat(found("registrator", word, board)).containsExactlyInAnyOrderElementsOf(all);
        assertThat(found("chef", word, board)).containsExactlyInAnyOrderElementsOf(all);
    }

    /** The numbers a search finds, read in pages of two (each page's total checked against the whole). */
    private java.util.List<String> found(String username, String text, Board board) throws Exception {
        java.util.List<String> numbers = new java.util.ArrayList<>();
        int total = -1;
        for (int page = 0; total < 0 || page * 2 < total; page++) {
            String body = mvc.perform(get("/api/v1/matters").param("q", text).param("size", "2")
                            .param("page", String.valueOf(page)).with(as(username)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            int pageTotal = com.jayway.jsonpath.JsonPath.read(body, "$.totalItems");
            assertThat(total < 0 || pageTotal == total).as("the same total on every page").isTrue();
            total = pageTotal;
            numbers.addAll(com.jayway.jsonpath.JsonPath.read(body, "$.items[*].registryNumber"));
        }
        assertThat(numbers).hasSize(total).doesNotHaveDuplicates();
        mvc.perform(get("/api/v1/matters").param("q", text).param("boardId", board.getId().toString())
                        .param("size", "200").with(as(username)))
                .andExpect(jsonPath("$.totalItems").value(total));
        return numbers;
    }

    @Test
    void thePublicTitleIsGivenOnTheRegistrationFormWithinTheTitlesLimit() throws Exception {
        Board board = fixtures.newBoard();
        mvc.perform(get("/arenden/ny").with(as("registrator")))
                .andExpect(content().string(containsString("<label for=\"publicTitle\">Offentlig rubrik</label>")));
        String secretTitle = RegistryFixtures.uniqueTitle("Lex Sarah om boendet på Hagagatan");
        String publicTitle = RegistryFixtures.uniqueTitle("Rapport enligt lex Sarah");
        mvc.perform(post("/arenden").with(as("registrator")).with(csrf())
                        .param("boardId", board.getId().toString()).param("kind", "REPORT")
                        .param("title", secretTitle).param("confidential", "true")
                        .param("confidentialityGround", "OSL 26 kap. 1 §").param("publicTitle", "x".repeat(501)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"publicTitle-error\"")));
        mvc.perform(post("/arenden").with(as("registrator")).with(csrf())
                        .param("boardId", board.getId().toString()).param("kind", "REPORT")
                        .param("title", secretTitle).param("confidential", "true")
                        .param("confidentialityGround", "OSL 26 kap. 1 §").param("publicTitle", publicTitle))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/arenden").param("boardId", board.getId().toString()).with(as("sekreterare")))
                .andExpect(content().string(containsString("Antal ärenden: 1")))
                .andExpect(content().string(containsString(publicTitle)))
                .andExpect(content().string(not(containsString(secretTitle))));
    }

    @Test
    void aMatterThatIsNotConfidentialHasNoPublicTitle() {
        MatterForm form = RegistryFixtures.report(fixtures.newBoard().getId(), RegistryFixtures.uniqueTitle("Öppen"));
        form.setPublicTitle("Något annat");
        assertThat(fixtures.register(form).getPublicTitle()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"registrator", "chef", "forvaltningschef", "handlaggare"})
    void isShownToRegistrarsManagersDirectorsAndItsCaseOfficer(String username) throws Exception {
        assertShownTo(username);
    }

    @Test
    void aGrantedAccountSeesItUntilTheAccessIsTakenBack() throws Exception {
        Long secretary = fixtures.user("sekreterare").getAccountId();
        mvc.perform(post("/arenden/{number}/atkomst", url()).param("accountId", secretary.toString())
                        .with(as("registrator")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertShownTo("sekreterare");
        mvc.perform(get("/arenden/{number}", url()).with(as("registrator")))
                .andExpect(content().string(containsString("Karin Berg")));

        mvc.perform(post("/arenden/{number}/atkomst/{account}/ta-bort", url(), secretary)
                        .with(as("chef")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertOnlyTheEntryShownTo("sekreterare");
    }

    @Test
    void onlyRegistrarsAndManagersGiveAccess() throws Exception {
        Long secretary = fixtures.user("sekreterare").getAccountId();
        mvc.perform(post("/arenden/{number}/atkomst", url()).param("accountId", secretary.toString())
                        .with(as("handlaggare")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> fixtures.as("handlaggare", () -> {
            registry.grantAccess(matter.getId(), secretary);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertRefusedTo("sekreterare");
    }

    @Test
    void whoeverRegistersAConfidentialMatterKeepsAccessToIt() throws Exception {
        MatterForm form = RegistryFixtures.report(fixtures.newBoard().getId(),
                RegistryFixtures.uniqueTitle("Sekretessärende från sekreteraren"));
        form.setConfidential(true);
        form.setConfidentialityGround("OSL 39 kap. 3 §");
        Matter own = fixtures.as("sekreterare", () -> registry.registerMatter(form));

        mvc.perform(get("/arenden/{number}", own.getRegistryNumber().toUrl()).with(as("sekreterare")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(form.getTitle())));
        assertThat(fixtures.as("registrator", () -> registry.accessList(own.getId())))
                .extracting(Registry.AccessGrant::accountName).containsExactly("Karin Berg");
    }

    @Test
    void theAuditLogKeepsTheTitleOutOfSight() throws Exception {
        mvc.perform(get("/admin/logg").param("entityType", "Matter").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(matter.getRegistryNumber() + " (sekretess)")))
                .andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/admin/logg").param("entityType", "Document").with(as("admin")))
                .andExpect(content().string(not(containsString(documentTitle))));
    }

    @Test
    void theAuditLogShowsNoStaffReportTitleOrReasonOfAConfidentialMatterButItsHistoryDoes() throws Exception {
        String reportTitle = RegistryFixtures.uniqueTitle("Utredning om brukaren Şahin");
        mvc.perform(post("/arenden/{number}/tjansteutlatande", url()).with(as("chef")).with(csrf())
                .param("title", reportTitle).param("reportDate", java.time.LocalDate.now().toString())
                .param("summary", "Sammanfattning.").param("decisionPoints", "Nämnden godkänner."))
                .andExpect(status().is3xxRedirection());
        String reason = RegistryFixtures.uniqueTitle("Brukaren har flyttat till Malmö");
        mvc.perform(post("/arenden/{number}/handlaggning/avskrivning", url()).with(as("chef")).with(csrf())
                .param("reason", reason)).andExpect(status().is3xxRedirection());

        for (String entityType : new String[] {"StaffReport", "Matter", ""}) {
            mvc.perform(get("/admin/logg").param("entityType", entityType).with(as("admin")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(reportTitle))))
                    .andExpect(content().string(not(containsString(reason))));
        }
        mvc.perform(get("/admin/logg").param("entityType", "StaffReport").with(as("admin")))
                .andExpect(content().string(containsString("ärendet omfattas av sekretess")));
        // Those entitled read the whole story on the matter itself.
        mvc.perform(get("/arenden/{number}", url()).with(as("chef")))
                .andExpect(content().string(containsString(reason)));
    }
}
