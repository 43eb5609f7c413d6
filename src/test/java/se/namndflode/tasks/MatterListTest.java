package se.namndflode.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.namndflode.IntegrationTest;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.MatterListing;
import se.namndflode.registry.MatterSearch;
import se.namndflode.registry.Registry;
import se.namndflode.shared.security.Role;

/**
 * The matter list (/arenden) with where each matter's work stands: the step it waits in (from the task read model),
 * its case officer by name, its answer date with the overdue and at-risk badges; the filters Mina ärenden, step and
 * overdue; ordering by any column; a confidential matter as its register entry to the non-entitled, whose hidden
 * work neither shows nor filters nor orders.
 */
@IntegrationTest
class MatterListTest {

    @Autowired
    TaskFixtures fixtures;
    @Autowired
    Registry registry;
    @Autowired
    TaskList tasks;
    @Autowired
    TaskWork work;
    @Autowired
    ManagementService management;
    @Autowired
    BoardMatterProcess process;
    @Autowired
    MockMvc mvc;

    private List<MatterListing> list(String username, MatterSearch search) {
        return fixtures.as(username, () -> registry.list(search, 0, 50).getContent());
    }

    private static MatterSearch board(Long board, boolean mine, String step, boolean overdue, MatterSearch.Sort sort,
            Boolean desc) {
        return new MatterSearch(null, board, null, null, mine, step, overdue, sort, desc);
    }

    @Test
    void theListShowsTheStepTheCaseOfficerAndTheAnswerDateAndFiltersByThem() throws Exception {
        Long board = fixtures.newBoard();
        String officer = fixtures.newAccount(Role.CASE_OFFICER);
        LocalDate today = LocalDate.now();
        Matter free = fixtures.register(board, "Fri skrivelse " + TaskFixtures.unique(), null);
        Matter soon = fixtures.register(board, "Remiss snart " + TaskFixtures.unique(), MatterKind.REFERRAL,
                today.plusDays(3), officer, false);
        Matter late = fixtures.register(board, "Remiss sen " + TaskFixtures.unique(), MatterKind.REFERRAL,
                today.plusYears(1), officer, false);
        for (String timer : List.of("AnswerDueReminder", "AnswerOverdue")) {
            management.executeJob(management.createJobQuery().activityId(timer).processInstanceId(
                    process.progress(late.getId()).orElseThrow().getProcessInstanceId()).singleResult().getId());
        }

        List<MatterListing> all = list(officer, board(board, false, null, false, MatterSearch.Sort.NUMBER, null));
        assertThat(all).extracting(row -> row.entry().id()).containsExactly(free.getId(), soon.getId(), late.getId());
        assertThat(all.get(0)).satisfies(row -> {
            assertThat(row.step()).isEqualTo("AssignCaseOfficer");
            assertThat(row.caseOfficer()).isNull();
        });
        assertThat(all.get(1)).satisfies(row -> {
            assertThat(row.step()).isEqualTo("PrepareStaffReport");
            assertThat(row.caseOfficer()).isEqualTo("Testperson " + officer);
            assertThat(row.answerDue()).isEqualTo(today.plusDays(3));
            assertThat(row.atRisk()).isTrue();
            assertThat(row.overdue()).isFalse();
        });
        assertThat(all.get(2)).satisfies(row -> {
            assertThat(row.overdue()).isTrue();
            assertThat(row.atRisk()).isFalse();
        });

        assertThat(list(officer, board(board, true, null, false, null, null))).extracting(row -> row.entry().id())
                .containsExactlyInAnyOrder(soon.getId(), late.getId());
        assertThat(list(officer, board(board, false, "AssignCaseOfficer", false, null, null)))
                .extracting(row -> row.entry().id()).containsExactly(free.getId());
        assertThat(list(officer, board(board, false, null, true, null, null))).extracting(row -> row.entry().id())
                .containsExactly(late.getId());

        mvc.perform(get("/arenden").param("boardId", board.toString()).param("sort", "NUMBER")
                        .with(user(fixtures.user(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Väntar på: Fördela ärendet")))
                .andExpect(content().string(containsString("Väntar på: Skriv tjänsteutlåtande")))
                .andExpect(content().string(containsString("Testperson " + officer)))
                .andExpect(content().string(containsString("Snart svarsdatum")))
                .andExpect(content().string(containsString("Försenat")));
        mvc.perform(get("/api/v1/matters").param("boardId", board.toString()).param("step", "PrepareStaffReport")
                        .with(user(fixtures.user(officer))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.items[0].step").value("PrepareStaffReport"))
                .andExpect(jsonPath("$.items[0].caseOfficerName").value("Testperson " + officer));
    }

    @Test
    void minaArendenIsOneClickAwayForTheCaseOfficerAndKeepsTheOtherFilters() throws Exception {
        Long board = fixtures.newBoard();
        String officer = fixtures.newAccount(Role.CASE_OFFICER);
        String all = mvc.perform(get("/arenden").param("boardId", board.toString())
                        .with(user(fixtures.user(officer))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(all).containsPattern("<a id=\"my-matters\" href=\"/arenden\\?[^\"]*boardId=" + board
                + "&amp;[^\"]*mine=true[^\"]*\">Mina ärenden</a>");
        mvc.perform(get("/arenden").param("boardId", board.toString()).param("mine", "true")
                        .with(user(fixtures.user(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"mine\" value=\"true\">")))
                .andExpect(content().string(containsString("aria-current=\"page\">Mina ärenden</a>")));
        mvc.perform(get("/arenden").with(user(fixtures.user("registrator"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"my-matters\""))));
    }

    @Test
    void theListIsOrderedByAnyColumnBothWays() {
        Long board = fixtures.newBoard();
        String officer = fixtures.newAccount(Role.CASE_OFFICER);
        LocalDate today = LocalDate.now();
        Matter b = fixtures.register(board, "B remiss " + TaskFixtures.unique(), MatterKind.REFERRAL,
                today.plusDays(40), officer, false);
        Matter a = fixtures.register(board, "A remiss " + TaskFixtures.unique(), MatterKind.REFERRAL,
                today.plusDays(50), null, false);
        Matter c = fixtures.register(board, "C rapport " + TaskFixtures.unique(), MatterKind.REPORT, null, officer,
                false);
        for (MatterSearch.Sort sort : MatterSearch.Sort.values()) {
            assertThat(list(officer, board(board, false, null, false, sort, false))).as(sort.name()).hasSize(3);
        }
        assertThat(list(officer, board(board, false, null, false, MatterSearch.Sort.TITLE, false)))
                .extracting(row -> row.entry().id()).containsExactly(a.getId(), b.getId(), c.getId());
        assertThat(list(officer, board(board, false, null, false, MatterSearch.Sort.TITLE, true)))
                .extracting(row -> row.entry().id()).containsExactly(c.getId(), b.getId(), a.getId());
        // Empty answer dates last either way.
        assertThat(list(officer, board(board, false, null, false, MatterSearch.Sort.ANSWER_DUE, false)))
                .extracting(row -> row.entry().id()).containsExactly(b.getId(), a.getId(), c.getId());
        assertThat(list(officer, board(board, false, null, false, MatterSearch.Sort.ANSWER_DUE, true)))
                .extracting(row -> row.entry().id()).containsExactly(a.getId(), b.getId(), c.getId());
        // AssignCaseOfficer before PrepareStaffReport (by key), the newest first among equals when descending.
        assertThat(list(officer, board(board, false, null, false, MatterSearch.Sort.STEP, false)))
                .extracting(row -> row.entry().id()).containsExactly(a.getId(), b.getId(), c.getId());
        assertThat(list(officer, board(board, false, null, false, MatterSearch.Sort.REGISTERED, null)))
                .extracting(row -> row.entry().id()).containsExactly(c.getId(), a.getId(), b.getId());
    }

    @Test
    void aConfidentialMattersWorkIsNeitherShownNorFilteredNorSearchedForTheNonEntitled() throws Exception {
        Long board = fixtures.newBoard();
        String officer = fixtures.newAccount(Role.CASE_OFFICER);
        String outsider = fixtures.newAccount(Role.CASE_OFFICER);
        String secret = "Placering av barn " + TaskFixtures.unique();
        Matter matter = fixtures.register(board, secret, MatterKind.REFERRAL, LocalDate.now().plusDays(2), officer,
                true);

        assertThat(list(officer, board(board, false, "PrepareStaffReport", false, null, null))).singleElement()
                .satisfies(row -> assertThat(row.entry().title()).isEqualTo(secret));
        assertThat(list(outsider, board(board, false, null, false, null, null))).singleElement().satisfies(row -> {
            assertThat(row.entry().restricted()).isTrue();
            assertThat(row.entry().title()).isNull();
            assertThat(row.step()).isNull();
            assertThat(row.caseOfficer()).isNull();
            assertThat(row.answerDue()).isNull();
            assertThat(row.atRisk()).isFalse();
        });
        assertThat(list(outsider, board(board, false, "PrepareStaffReport", false, null, null))).isEmpty();
        assertThat(list(outsider, new MatterSearch(secret, board, null, null))).isEmpty();
        assertThat(list(officer, new MatterSearch(secret, board, null, null))).hasSize(1);
        assertThat(list(outsider, new MatterSearch(matter.getRegistryNumber().toString(), board, null, null)))
                .hasSize(1);
        mvc.perform(get("/arenden").param("boardId", board.toString()).with(user(fixtures.user(outsider))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(matter.getRegistryNumber().toString())))
                .andExpect(content().string(not(containsString(secret))))
                .andExpect(content().string(not(containsString("Testperson " + officer))))
                .andExpect(content().string(not(containsString("Väntar på"))));
    }
}
