package se.namndflode.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.organisation.Board;
import se.namndflode.shared.security.Role;

/**
 * A confidential matter is seen only by registrars, managers and directors of its municipality, its case
 * officer and those given access. To everyone else it does not exist: 404 on every address, and absent from
 * lists and searches, title and all.
 */
@IntegrationTest
@Import(RegistryFixtures.class)
class ConfidentialityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    Registry registry;

    String title;
    String documentTitle;
    Matter matter;

    @BeforeEach
    void registerAConfidentialMatter() {
        Board board = fixtures.newBoard();
        title = RegistryFixtures.uniqueTitle("Lex Sarah-rapport om stödboendet");
        documentTitle = RegistryFixtures.uniqueTitle("Anmälan om missförhållande");
        MatterForm form = RegistryFixtures.report(board.getId(), title);
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

    /** Every way in is closed, and nothing about the matter shows. */
    private void assertHiddenFrom(String username) throws Exception {
        assertHiddenFrom(username, 403);
    }

    private void assertHiddenFrom(String username, int refusal) throws Exception {
        RegistryNumber number = matter.getRegistryNumber();
        // Opened by its number: refused (403) with the number only, never the title.
        mvc.perform(get("/arenden/{number}", url()).with(as(username)))
                .andExpect(status().is(refusal)).andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/arenden/{number}/handlingar/1", url()).with(as(username)))
                .andExpect(status().is(org.hamcrest.Matchers.oneOf(403, 404)))
                .andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/api/v1/matters/{number}", url()).with(as(username)))
                .andExpect(status().is(refusal)).andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/api/v1/matters/{number}/documents/1/file", url()).with(as(username)))
                .andExpect(status().is(org.hamcrest.Matchers.oneOf(403, 404)))
                .andExpect(content().string(not(containsString(title))));
        mvc.perform(post("/arenden/{number}/handlingar", url()).with(as(username)).with(csrf()))
                .andExpect(status().is(org.hamcrest.Matchers.oneOf(403, 404)));
        // The list and search pages: the matter is not among the results, however it is looked for. (A search
        // for its title only shows the title in the search box, typed by the user.)
        for (String q : new String[] {title, documentTitle}) {
            mvc.perform(get("/arenden").param("q", q).with(as(username)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Antal ärenden: 0")));
        }
        for (String q : new String[] {null, number.toString(), number.toUrl(), number.year() + "/" + number.serial()}) {
            mvc.perform(get("/arenden").param("q", q).with(as(username)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(title))))
                    .andExpect(content().string(not(containsString("/arenden/" + number.toUrl()))));
        }
        for (String q : new String[] {null, title, documentTitle, number.toString(), number.toUrl(),
                number.year() + "/" + number.serial()}) {
            mvc.perform(get("/api/v1/matters").param("q", q).param("size", "200").with(as(username)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(title))))
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
                .andExpect(content().string(containsString(title)));
    }

    /** Of the same municipality: told it is confidential (403); of another: it does not exist (404). */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"sekreterare, 403", "handlaggare.sjostad, 404"})
    void isHiddenFromThoseNotEntitled(String username, int refusal) throws Exception {
        assertHiddenFrom(username, refusal);
    }

    @Test
    void isHiddenFromACaseOfficerWhoIsNotItsOwn() throws Exception {
        assertHiddenFrom(fixtures.newAccount(Role.CASE_OFFICER));
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
        assertHiddenFrom("sekreterare");
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
        assertHiddenFrom("sekreterare");
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
