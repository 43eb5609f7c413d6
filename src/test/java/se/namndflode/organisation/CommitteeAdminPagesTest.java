package se.namndflode.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.namndflode.IntegrationTest;

@IntegrationTest
class CommitteeAdminPagesTest extends AdminPagesTestSupport {

    @Autowired
    CommitteeRepository committees;

    private Committee create(Tenant tenant, Board board, String name) throws Exception {
        submit(adminOf(tenant), "/admin/utskott", "boardId", board.getId(), "name", name)
                .andExpect(redirectedUrl("/admin/utskott"));
        return committees.findByBoardOrderByName(board).stream().filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void createsACommitteeAndAuditsIt() throws Exception {
        Tenant tenant = newTenant();
        Board board = newBoard(tenant.municipality(), 9);

        Committee committee = create(tenant, board, "Arbetsutskottet");

        assertThat(auditDetails("Committee", committee.getId(), OrganisationAdmin.CREATED))
                .isEqualTo("namn: – → \"Arbetsutskottet\"; nämnd: – → \"" + board.getName() + "\"");
    }

    @Test
    void renamesACommitteeWhichStaysInItsBoard() throws Exception {
        Tenant tenant = newTenant();
        Board board = newBoard(tenant.municipality(), 9);
        Board otherBoard = newBoard(tenant.municipality(), 9);
        Committee committee = create(tenant, board, "Arbetsutskottet");

        submit(adminOf(tenant), "/admin/utskott", "id", committee.getId(), "version", committee.getVersion(),
                "boardId", otherBoard.getId(), "name", "Individutskottet").andExpect(redirectedUrl("/admin/utskott"));

        Committee renamed = committees.findById(committee.getId()).orElseThrow();
        assertThat(renamed.getName()).isEqualTo("Individutskottet");
        assertThat(renamed.getBoard().getId()).isEqualTo(board.getId());
        assertThat(auditDetails("Committee", committee.getId(), OrganisationAdmin.UPDATED))
                .isEqualTo("namn: \"Arbetsutskottet\" → \"Individutskottet\"");
    }

    @Test
    void refusesAnEmptyNameAndSavesNothing() throws Exception {
        Tenant tenant = newTenant();
        Board board = newBoard(tenant.municipality(), 9);
        long before = committees.count();
        long eventsBefore = auditEvents();

        String html = refusedPage(adminOf(tenant), "/admin/utskott", "boardId", board.getId(), "name", "");

        assertThat(fieldError(html, "name")).isEqualTo(REQUIRED);
        assertThat(committees.count()).isEqualTo(before);
        assertThat(auditEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void refusesASecondCommitteeOfTheSameNameInTheBoard() throws Exception {
        Tenant tenant = newTenant();
        Board board = newBoard(tenant.municipality(), 9);
        create(tenant, board, "Arbetsutskottet");
        long before = committees.count();

        String html = refusedPage(adminOf(tenant), "/admin/utskott", "boardId", board.getId(), "name",
                "arbetsutskottet");

        assertThat(fieldError(html, "name")).isEqualTo("Nämnden har redan ett utskott som heter arbetsutskottet.");
        assertThat(committees.count()).isEqualTo(before);
    }

    @Test
    void offersOnlyTheAdministratorsOwnBoards() throws Exception {
        Tenant tenant = newTenant();
        Board mine = newBoard(tenant.municipality(), 9);
        Board theirs = newBoard(newTenant().municipality(), 9);

        String html = page(adminOf(tenant), "/admin/utskott/ny");

        assertThat(html).contains("<option value=\"" + mine.getId() + "\"")
                .doesNotContain("<option value=\"" + theirs.getId() + "\"");
        String refused = refusedPage(adminOf(tenant), "/admin/utskott", "boardId", theirs.getId(), "name", "Smyg");
        assertThat(fieldError(refused, "boardId")).isEqualTo("Nämnden finns inte, eller så har du inte tillgång till den.");
    }
}
