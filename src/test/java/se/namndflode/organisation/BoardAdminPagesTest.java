package se.namndflode.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.namndflode.IntegrationTest;
import se.namndflode.shared.security.SignedInUser;

@IntegrationTest
class BoardAdminPagesTest extends AdminPagesTestSupport {

    @Autowired
    BoardRepository boards;

    @Autowired
    Clock clock;

    @Test
    void createsABoardAndAuditsIt() throws Exception {
        Tenant tenant = newTenant();
        String name = unique("Miljönämnden");

        submit(adminOf(tenant), "/admin/namnder", "municipalityId", tenant.municipality().getId(), "kind", "BOARD",
                "name", name, "administrationId", "", "memberCount", 9).andExpect(redirectedUrl("/admin/namnder"));

        Board board = boards.findAll().stream().filter(b -> b.getName().equals(name)).findFirst().orElseThrow();
        assertThat(board.getMemberCount()).isEqualTo(9);
        assertThat(board.getAdministration()).isNull();
        assertThat(auditDetails("Board", board.getId(), OrganisationAdmin.CREATED))
                .isEqualTo("namn: – → \"" + name + "\"; typ: – → \"BOARD\"; antal ledamöter: – → \"9\"");
    }

    @Test
    void editsABoardAndAuditsTheChange() throws Exception {
        Tenant tenant = newTenant();
        Board board = newBoard(tenant.municipality(), 7);

        submit(adminOf(tenant), "/admin/namnder", "id", board.getId(), "version", board.getVersion(),
                "municipalityId", tenant.municipality().getId(), "kind", "BOARD", "name", board.getName(),
                "administrationId", "", "memberCount", 11).andExpect(redirectedUrl("/admin/namnder"));

        assertThat(boards.findById(board.getId()).orElseThrow().getMemberCount()).isEqualTo(11);
        assertThat(auditDetails("Board", board.getId(), OrganisationAdmin.UPDATED))
                .isEqualTo("antal ledamöter: \"7\" → \"11\"");
    }

    @Test
    void theListLinksToEachBoardsEditFormAndPublicPage() throws Exception {
        Tenant tenant = newTenant();
        Board board = newBoard(tenant.municipality(), 5);

        String html = page(adminOf(tenant), "/admin/namnder");

        assertThat(html).contains("href=\"/admin/namnder/" + board.getId() + "\"")
                .contains("href=\"/namnder/" + board.getId() + "\"");
    }

    @Test
    void refusesAnEmptyNameAndSavesNothing() throws Exception {
        Tenant tenant = newTenant();
        long before = boards.count();
        long eventsBefore = auditEvents();

        String html = refusedPage(adminOf(tenant), "/admin/namnder", "municipalityId", tenant.municipality().getId(),
                "kind", "BOARD", "name", " ", "administrationId", "", "memberCount", 9);

        assertThat(fieldError(html, "name")).isEqualTo(REQUIRED);
        assertThat(boards.count()).isEqualTo(before);
        assertThat(auditEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void savesTheMeetingSettingsAndRefusesAReminderOutOfRange() throws Exception {
        Tenant tenant = newTenant();
        Board board = newBoard(tenant.municipality(), 7);
        assertThat(board.getKallelseReminderDays()).isEqualTo(7);
        assertThat(board.getParagraphNumbering()).isEqualTo(ParagraphNumbering.PER_MEETING);
        assertThat(board.getImmediateJusteringWording()).isEqualTo("Paragrafen justeras omedelbart.");

        String html = refusedPage(adminOf(tenant), "/admin/namnder", "id", board.getId(), "version",
                board.getVersion(), "municipalityId", tenant.municipality().getId(), "kind", "BOARD", "name",
                board.getName(), "administrationId", "", "memberCount", 7, "kallelseReminderDays", 0,
                "paragraphNumbering", "PER_YEAR", "immediateJusteringWording", "Paragrafen justeras omedelbart.");
        assertThat(fieldError(html, "kallelseReminderDays")).isEqualTo("Ange mellan 1 och 60 dagar.");
        assertThat(boards.findById(board.getId()).orElseThrow().getParagraphNumbering())
                .isEqualTo(ParagraphNumbering.PER_MEETING);

        submit(adminOf(tenant), "/admin/namnder", "id", board.getId(), "version", board.getVersion(),
                "municipalityId", tenant.municipality().getId(), "kind", "BOARD", "name", board.getName(),
                "administrationId", "", "memberCount", 7, "kallelseReminderDays", 10, "paragraphNumbering", "PER_YEAR",
                "immediateJusteringWording", "Paragrafen förklaras omedelbart justerad.")
                .andExpect(redirectedUrl("/admin/namnder"));
        Board saved = boards.findById(board.getId()).orElseThrow();
        assertThat(saved.getKallelseReminderDays()).isEqualTo(10);
        assertThat(saved.getParagraphNumbering()).isEqualTo(ParagraphNumbering.PER_YEAR);
        assertThat(saved.getImmediateJusteringWording()).isEqualTo("Paragrafen förklaras omedelbart justerad.");
        assertThat(auditDetails("Board", board.getId(), OrganisationAdmin.UPDATED))
                .contains("påminnelse om kallelse (dagar före): \"7\" → \"10\"")
                .contains("paragrafnumrering: \"PER_MEETING\" → \"PER_YEAR\"");
    }

    @Test
    void refusesAMemberCountThatIsNoNumber() throws Exception {
        Tenant tenant = newTenant();
        long before = boards.count();

        String html = refusedPage(adminOf(tenant), "/admin/namnder", "municipalityId", tenant.municipality().getId(),
                "kind", "BOARD", "name", unique("Nämnden"), "administrationId", "", "memberCount", "tolv");

        assertThat(fieldError(html, "memberCount")).isEqualTo("Ange ett heltal.");
        assertThat(boards.count()).isEqualTo(before);
    }

    @Test
    void refusesFewerPlacesThanMembersWillHoldAndSavesNothing() throws Exception {
        Tenant tenant = newTenant();
        Board board = newBoard(tenant.municipality(), 3);
        Party party = newParty(tenant.municipality());
        LocalDate today = LocalDate.now(clock);
        newSeat(board, newPerson(tenant.municipality()), party, SeatType.MEMBER, null, null, today.minusYears(1), null);
        LocalDate later = today.plusMonths(2);
        newSeat(board, newPerson(tenant.municipality()), party, SeatType.MEMBER, null, null, later, null);
        long eventsBefore = auditEvents();

        String html = refusedPage(adminOf(tenant), "/admin/namnder", "id", board.getId(), "version",
                board.getVersion(), "municipalityId", tenant.municipality().getId(), "kind", "BOARD", "name",
                board.getName(), "administrationId", "", "memberCount", 1);

        assertThat(fieldError(html, "memberCount")).isEqualTo("Nämnden har 2 ledamöter den " + later
                + ". Avsluta uppdrag innan antalet platser minskas.");
        assertThat(boards.findById(board.getId()).orElseThrow().getMemberCount()).isEqualTo(3);
        assertThat(auditEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void refusesAnAdministrationOfAnotherMunicipality() throws Exception {
        Tenant tenant = newTenant();
        AdministrationForm form = new AdministrationForm();
        form.setMunicipalityId(newTenant().municipality().getId());
        form.setName(unique("Främmande förvaltningen"));
        form.setRegistryPrefix("FRM");
        Administration theirs = asSystem(() -> admin.saveAdministration(form));
        long before = boards.count();

        String html = refusedPage(adminOf(tenant), "/admin/namnder", "municipalityId", tenant.municipality().getId(),
                "kind", "BOARD", "name", unique("Nämnden"), "administrationId", theirs.getId(), "memberCount", 5);

        assertThat(fieldError(html, "administrationId"))
                .isEqualTo("Förvaltningen hör inte till samma kommun som nämnden.");
        assertThat(boards.count()).isEqualTo(before);
    }

    @Test
    void refusesAnEditOfAStaleVersion() throws Exception {
        Tenant tenant = newTenant();
        Board board = newBoard(tenant.municipality(), 7);
        SignedInUser admin = adminOf(tenant);
        submit(admin, "/admin/namnder", "id", board.getId(), "version", board.getVersion(), "municipalityId",
                tenant.municipality().getId(), "kind", "BOARD", "name", "Först sparad", "administrationId", "",
                "memberCount", 7).andExpect(redirectedUrl("/admin/namnder"));

        String html = refusedPage(admin, "/admin/namnder", "id", board.getId(), "version", board.getVersion(),
                "municipalityId", tenant.municipality().getId(), "kind", "BOARD", "name", "Sparad sedan",
                "administrationId", "", "memberCount", 7);

        assertThat(errorSummary(html)).containsExactly(CONCURRENT_CHANGE);
        assertThat(boards.findById(board.getId()).orElseThrow().getName()).isEqualTo("Först sparad");
    }
}
