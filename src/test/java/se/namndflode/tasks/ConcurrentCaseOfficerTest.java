package se.namndflode.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import se.namndflode.IntegrationTest;
import se.namndflode.Interleaving;
import se.namndflode.registry.Matter;
import se.namndflode.registry.Registry;
import se.namndflode.shared.security.Role;

/**
 * Two people change a matter's case officer at once, each from the matter as they saw it (its version): on the
 * matter page, on the task "Fördela ärendet" (its page and the API), and at the very same moment. The first one's
 * choice stands; the second is refused with 409 and told who the case officer is now, and nothing of theirs is
 * saved — not the case officer, not the task, not an audit event.
 */
@IntegrationTest
class ConcurrentCaseOfficerTest {

    static final String PROBLEM = "https://namndflode.se/problem/";

    @Autowired
    MockMvc mvc;
    @Autowired
    TaskFixtures fixtures;
    @Autowired
    Registry registry;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    Long board;
    String first;
    String second;
    String otherManager;

    @BeforeEach
    void twoCaseOfficersAndTwoManagers() {
        board = fixtures.newBoard();
        first = fixtures.newAccount(Role.CASE_OFFICER);
        second = fixtures.newAccount(Role.CASE_OFFICER);
        otherManager = fixtures.newAccount(Role.MANAGER);
    }

    private RequestPostProcessor as(String username) {
        return user(fixtures.user(username));
    }

    private Matter matter(String caseOfficer) {
        return fixtures.register(board, "Remiss om nattbemanning " + TaskFixtures.unique(), caseOfficer);
    }

    private MockHttpServletRequestBuilder matterPage(Matter matter, String caseOfficer, long version) {
        return post("/arenden/{number}/handlaggare", matter.getRegistryNumber().toUrl())
                .param("caseOfficerId", fixtures.user(caseOfficer).getAccountId().toString())
                .param("version", String.valueOf(version)).with(csrf());
    }

    private String caseOfficerOf(Matter matter) {
        Long id = jdbc.queryForObject("select case_officer_id from matter where id = ?", Long.class, matter.getId());
        return id == null ? null : jdbc.queryForObject("select username from user_account where id = ?", String.class,
                id);
    }

    /** The registry's audit of case officer changes of the matter ("Handläggare ändrad"), with what changed. */
    private List<String> caseOfficerChanges(Matter matter) {
        return jdbc.queryForList("select details from audit_event where entity_type = 'Matter' and entity_id = ? "
                + "and summary like 'Handläggare ändrad%' order by id", String.class, matter.getId().toString());
    }

    private String name(String username) {
        return fixtures.user(username).getDisplayName();
    }

    @Test
    void theSecondOfTwoChangesOnTheMatterPageIsToldWhoIsCaseOfficerNowAndChangesNothing() throws Exception {
        Matter matter = matter(null);
        long seen = fixtures.version(matter);
        mvc.perform(get("/arenden/{number}", matter.getRegistryNumber().toUrl()).with(as("chef")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + seen + "\"")));

        mvc.perform(matterPage(matter, first, seen).with(as("chef"))).andExpect(status().is3xxRedirection());
        mvc.perform(matterPage(matter, second, seen).with(as(otherManager)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Någon annan har ändrat ärendet "
                        + matter.getRegistryNumber() + " medan du arbetade, och din ändring är inte sparad.")))
                .andExpect(content().string(containsString("Handläggare nu: " + name(first) + ".")))
                // The page shows the matter as it is now, and its form the version now, to choose again from.
                .andExpect(content().string(containsString("<dd>" + name(first) + "</dd>")))
                .andExpect(content().string(containsString(
                        "name=\"version\" value=\"" + fixtures.version(matter) + "\"")));

        assertThat(caseOfficerOf(matter)).isEqualTo(first);
        assertThat(caseOfficerChanges(matter)).containsExactly("handläggare: – → \"" + name(first) + "\"");
    }

    @Test
    void aCaseOfficerChosenOnTheMatterPageMeanwhileRefusesTheTaskFormsChoice() throws Exception {
        Matter matter = matter(null);
        String assign = fixtures.task(matter, "AssignCaseOfficer").getId();
        mvc.perform(post("/uppgifter/{id}/ta", assign).with(as("chef")).with(csrf()))
                .andExpect(redirectedUrl("/uppgifter/" + assign));
        long seen = fixtures.version(matter);
        mvc.perform(get("/uppgifter/{id}", assign).with(as("chef")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + seen + "\"")));

        // Another manager gives the matter to the first case officer on its page while the task form is open.
        mvc.perform(matterPage(matter, first, seen).with(as(otherManager))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/uppgifter/{id}", assign).param("caseOfficer", second).param("version", String.valueOf(seen))
                        .with(as("chef")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Handläggare nu: " + name(first) + ".")))
                .andExpect(content().string(containsString(
                        "name=\"version\" value=\"" + fixtures.version(matter) + "\"")));

        assertThat(caseOfficerOf(matter)).isEqualTo(first);
        assertThat(fixtures.waitingIn(matter)).containsExactly("AssignCaseOfficer");
        assertThat(fixtures.audits(matter, TaskList.COMPLETED)).isZero();
        assertThat(caseOfficerChanges(matter)).hasSize(1);
    }

    @Test
    void theTaskApiRefusesAStaleVersionWithTheCaseOfficerNowAndAMissingOneAsABadRequest() throws Exception {
        Matter matter = matter(null);
        String assign = fixtures.task(matter, "AssignCaseOfficer").getId();
        mvc.perform(post("/api/v1/tasks/{id}/claim", assign).with(as("chef")).with(csrf()))
                .andExpect(status().isOk());
        long seen = fixtures.version(matter);
        mvc.perform(matterPage(matter, first, seen).with(as(otherManager))).andExpect(status().is3xxRedirection());

        mvc.perform(post("/api/v1/tasks/{id}/complete", assign).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseOfficer\": \"" + second + "\"}").with(as("chef")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEM + "version-required"))
                .andExpect(jsonPath("$.field").value("version"))
                .andExpect(jsonPath("$.detail").value(containsString("Ange vilken version du utgick från")));
        mvc.perform(post("/api/v1/tasks/{id}/complete", assign).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseOfficer\": \"" + second + "\", \"version\": " + seen + "}")
                        .with(as("chef")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEM + "concurrent-change"))
                .andExpect(jsonPath("$.detail").value(containsString("Handläggare nu: " + name(first) + ".")))
                .andExpect(jsonPath("$.current.caseOfficer").value(name(first)))
                .andExpect(jsonPath("$.current.caseOfficerId").value(fixtures.user(first).getAccountId()))
                .andExpect(jsonPath("$.current.version").value(fixtures.version(matter)));

        assertThat(caseOfficerOf(matter)).isEqualTo(first);
        assertThat(fixtures.waitingIn(matter)).containsExactly("AssignCaseOfficer");
        assertThat(fixtures.audits(matter, TaskList.COMPLETED)).isZero();
        assertThat(caseOfficerChanges(matter)).hasSize(1);

        // With the version now, the manager's choice goes through.
        mvc.perform(post("/api/v1/tasks/{id}/complete", assign).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseOfficer\": \"" + second + "\", \"version\": " + fixtures.version(matter)
                                + "}").with(as("chef")).with(csrf()))
                .andExpect(status().isOk());
        assertThat(caseOfficerOf(matter)).isEqualTo(second);
    }

    @Test
    void aMatterPageChangeWithoutAVersionIsRefusedAndChangesNothing() throws Exception {
        Matter matter = matter(null);
        mvc.perform(post("/arenden/{number}/handlaggare", matter.getRegistryNumber().toUrl())
                        .param("caseOfficerId", fixtures.user(first).getAccountId().toString())
                        .with(as("chef")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ange vilken version du utgick från")));
        assertThat(caseOfficerOf(matter)).isNull();
        assertThat(caseOfficerChanges(matter)).isEmpty();
    }

    /**
     * At the very same moment: the first manager's change is written and held uncommitted while the second one's
     * request, from the same version, runs. The second waits for the first and is then refused with the first's
     * choice named; the preparation task is with the first's case officer.
     */
    @Test
    void theSecondOfTwoSimultaneousChangesWaitsForTheFirstAndIsRefused() throws Exception {
        Matter matter = matter(first);
        fixtures.runAsyncSteps(matter);
        assertThat(fixtures.task(matter, "PrepareStaffReport").getAssignee()).isEqualTo(first);
        long seen = fixtures.version(matter);
        Long secondId = fixtures.user(second).getAccountId();
        String third = fixtures.newAccount(Role.CASE_OFFICER);

        Interleaving.whileUncommitted(transactions,
                () -> fixtures.as("chef", () -> registry.assignCaseOfficer(matter.getId(), secondId, seen)),
                () -> mvc.perform(matterPage(matter, third, seen).with(as(otherManager))))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Handläggare nu: " + name(second) + ".")));

        assertThat(caseOfficerOf(matter)).isEqualTo(second);
        assertThat(fixtures.task(matter, "PrepareStaffReport").getAssignee()).isEqualTo(second);
        assertThat(caseOfficerChanges(matter)).containsExactly(
                "handläggare: \"" + name(first) + "\" → \"" + name(second) + "\"");
    }
}
