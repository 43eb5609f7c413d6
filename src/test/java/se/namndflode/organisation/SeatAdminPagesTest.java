package se.namndflode.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.namndflode.IntegrationTest;
import se.namndflode.shared.security.SignedInUser;

@IntegrationTest
class SeatAdminPagesTest extends AdminPagesTestSupport {

    static final LocalDate TERM_START = LocalDate.of(2023, 1, 1);
    static final LocalDate TERM_END = LocalDate.of(2026, 12, 31);

    @Autowired
    BoardSeatRepository seats;

    Tenant tenant;
    SignedInUser admin;
    Board board;
    Party party;
    Person person;

    @BeforeEach
    void aBoardWithAPartyAndAPerson() {
        tenant = newTenant();
        admin = adminOf(tenant);
        board = newBoard(tenant.municipality(), 5);
        party = newParty(tenant.municipality());
        person = newPerson(tenant.municipality());
    }

    /** Posts the seat form for a new seat of the person (id null) or a change to seat id. */
    private String post(Long id, long version, Person holder, Party seatParty, SeatType type, BoardRole role,
            Integer order, LocalDate from, LocalDate to, int expectedStatus) throws Exception {
        return submit(admin, "/admin/uppdrag", "id", id, "version", version, "personId", holder.getId(), "boardId",
                board.getId(), "partyId", seatParty.getId(), "seatType", type, "boardRole", role, "substituteOrder",
                order, "validFrom", from, "validTo", to).andExpect(status().is(expectedStatus)).andReturn()
                .getResponse().getContentAsString();
    }

    private String refused(Person holder, Party seatParty, SeatType type, BoardRole role, Integer order,
            LocalDate from, LocalDate to) throws Exception {
        return post(null, 0, holder, seatParty, type, role, order, from, to, 200);
    }

    private BoardSeat member(Person holder, BoardRole role, LocalDate from, LocalDate to) {
        return newSeat(board, holder, party, SeatType.MEMBER, role, null, from, to);
    }

    @Test
    void createsASeatAndReturnsToThePersonsPage() throws Exception {
        submit(admin, "/admin/uppdrag", "personId", person.getId(), "boardId", board.getId(), "partyId",
                party.getId(), "seatType", "MEMBER", "boardRole", "VICE_CHAIR", "substituteOrder", "",
                "validFrom", "2023-01-01", "validTo", "2026-12-31")
                .andExpect(redirectedUrl("/admin/personer/" + person.getId()));

        BoardSeat seat = seats.findByPerson(person).get(0);
        assertThat(seat.getBoardRole()).isEqualTo(BoardRole.VICE_CHAIR);
        assertThat(seat.getValidTo()).isEqualTo(TERM_END);
        assertThat(auditDetails("BoardSeat", seat.getId(), OrganisationAdmin.CREATED)).isEqualTo(
                "person: – → \"" + person.getFullName() + "\"; parti: – → \"" + party.getCode()
                        + "\"; typ: – → \"MEMBER\"; roll: – → \"VICE_CHAIR\"; från: – → \"2023-01-01\"; "
                        + "till: – → \"2026-12-31\"");
    }

    @Test
    void editsASeatAndAuditsTheChange() throws Exception {
        BoardSeat seat = member(person, null, TERM_START, null);

        post(seat.getId(), seat.getVersion(), person, party, SeatType.MEMBER, null, null, TERM_START, TERM_END, 302);

        assertThat(seats.findById(seat.getId()).orElseThrow().getValidTo()).isEqualTo(TERM_END);
        assertThat(auditDetails("BoardSeat", seat.getId(), OrganisationAdmin.UPDATED))
                .isEqualTo("till: – → \"2026-12-31\"");
    }

    @Test
    void theSeatFormOffersOnlyTheBoardsAndPartiesOfThePersonsMunicipality() throws Exception {
        Board elsewhere = newBoard(newTenant().municipality(), 5);

        String html = page(admin, "/admin/uppdrag/ny?personId=" + person.getId());

        assertThat(html).contains("<option value=\"" + board.getId() + "\"")
                .contains("<option value=\"" + party.getId() + "\"")
                .doesNotContain("<option value=\"" + elsewhere.getId() + "\"")
                .contains("type=\"date\" id=\"validFrom\"");
    }

    @Test
    void refusesADateInAnotherForm() throws Exception {
        long before = seats.count();

        String html = submit(admin, "/admin/uppdrag", "personId", person.getId(), "boardId", board.getId(),
                "partyId", party.getId(), "seatType", "MEMBER", "validFrom", "31/12/2025").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(fieldError(html, "validFrom")).isEqualTo("Ange ett datum som ÅÅÅÅ-MM-DD, t.ex. 2026-01-31.");
        assertThat(seats.count()).isEqualTo(before);
    }

    @Test
    void refusesASeatOverlappingAnotherSeatOfThePersonInTheBoard() throws Exception {
        member(person, null, TERM_START, TERM_END);
        long before = seats.count();
        long eventsBefore = auditEvents();

        String html = refused(person, party, SeatType.SUBSTITUTE, null, 1, LocalDate.of(2026, 12, 31), null);

        assertThat(fieldError(html, "validFrom"))
                .isEqualTo("Personen har redan ett uppdrag i nämnden under samma tid (2023-01-01 – 2026-12-31).");
        assertThat(seats.count()).isEqualTo(before);
        assertThat(auditEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void allowsTheNextSeatOfThePersonFromTheDayAfterTheLastEnds() throws Exception {
        member(person, null, TERM_START, TERM_END);

        post(null, 0, person, party, SeatType.MEMBER, null, null, TERM_END.plusDays(1), null, 302);

        assertThat(seats.findByPerson(person)).hasSize(2);
    }

    @Test
    void refusesASubstituteOrderTakenInThePartyForTheSameTime() throws Exception {
        Person first = newPerson(tenant.municipality());
        newSeat(board, first, party, SeatType.SUBSTITUTE, null, 1, TERM_START, TERM_END);
        long before = seats.count();
        long eventsBefore = auditEvents();

        String html = refused(person, party, SeatType.SUBSTITUTE, null, 1, LocalDate.of(2025, 6, 1), null);

        assertThat(fieldError(html, "substituteOrder")).isEqualTo("Plats 1 i partiets ersättarordning är redan "
                + "tagen av " + first.getFullName() + " under samma tid.");
        assertThat(seats.count()).isEqualTo(before);
        assertThat(auditEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void allowsTheSameSubstituteOrderInAnotherPartyOrAnotherTime() throws Exception {
        newSeat(board, newPerson(tenant.municipality()), party, SeatType.SUBSTITUTE, null, 1, TERM_START, TERM_END);

        post(null, 0, person, newParty(tenant.municipality()), SeatType.SUBSTITUTE, null, 1, TERM_START, null, 302);
        post(null, 0, newPerson(tenant.municipality()), party, SeatType.SUBSTITUTE, null, 1, TERM_END.plusDays(1),
                null, 302);
    }

    @Test
    void refusesASecondChairForTheSameTime() throws Exception {
        Person chair = newPerson(tenant.municipality());
        member(chair, BoardRole.CHAIR, TERM_START, null);
        long before = seats.count();
        long eventsBefore = auditEvents();

        String html = refused(person, party, SeatType.MEMBER, BoardRole.CHAIR, null, LocalDate.of(2030, 1, 1),
                null);

        assertThat(fieldError(html, "boardRole"))
                .isEqualTo("Nämnden har redan den rollen under samma tid: " + chair.getFullName() + ".");
        assertThat(seats.count()).isEqualTo(before);
        assertThat(auditEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void allowsAChairAndAViceChairAtTheSameTime() throws Exception {
        member(newPerson(tenant.municipality()), BoardRole.CHAIR, TERM_START, null);

        post(null, 0, person, party, SeatType.MEMBER, BoardRole.VICE_CHAIR, null, TERM_START, null, 302);
    }

    @Test
    void refusesAMemberWhenAllMemberPlacesAreTaken() throws Exception {
        for (int i = 0; i < board.getMemberCount(); i++) {
            member(newPerson(tenant.municipality()), null, TERM_START, TERM_END);
        }
        long before = seats.count();
        long eventsBefore = auditEvents();

        String html = refused(person, party, SeatType.MEMBER, null, null, LocalDate.of(2024, 3, 1), null);

        assertThat(fieldError(html, "seatType"))
                .isEqualTo("Nämndens alla 5 ledamotsplatser är tagna den 2024-03-01.");
        assertThat(seats.count()).isEqualTo(before);
        assertThat(auditEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void refusesAMemberWhenThePlacesFillUpLaterInTheSeatsPeriod() throws Exception {
        for (int i = 0; i < board.getMemberCount() - 1; i++) {
            member(newPerson(tenant.municipality()), null, TERM_START, null);
        }
        member(newPerson(tenant.municipality()), null, LocalDate.of(2025, 1, 1), null);

        String html = refused(person, party, SeatType.MEMBER, null, null, TERM_START, null);

        assertThat(fieldError(html, "seatType"))
                .isEqualTo("Nämndens alla 5 ledamotsplatser är tagna den 2025-01-01.");
    }

    @Test
    void allowsAMemberWhenAPlaceIsFreeAllThroughTheSeatsPeriod() throws Exception {
        for (int i = 0; i < board.getMemberCount() - 1; i++) {
            member(newPerson(tenant.municipality()), null, TERM_START, null);
        }
        member(newPerson(tenant.municipality()), null, LocalDate.of(2025, 1, 1), null);

        post(null, 0, person, party, SeatType.MEMBER, null, null, TERM_START, LocalDate.of(2024, 12, 31), 302);
        post(null, 0, newPerson(tenant.municipality()), party, SeatType.SUBSTITUTE, null, 1, TERM_START, null, 302);
    }

    @Test
    void refusesAnEditOfAStaleVersion() throws Exception {
        BoardSeat seat = member(person, null, TERM_START, null);
        post(seat.getId(), seat.getVersion(), person, party, SeatType.MEMBER, null, null, TERM_START, TERM_END, 302);

        String html = post(seat.getId(), seat.getVersion(), person, party, SeatType.MEMBER, BoardRole.CHAIR, null,
                TERM_START, null, 200);

        assertThat(errorSummary(html)).containsExactly(CONCURRENT_CHANGE);
        BoardSeat unchanged = seats.findById(seat.getId()).orElseThrow();
        assertThat(unchanged.getValidTo()).isEqualTo(TERM_END);
        assertThat(unchanged.getBoardRole()).isNull();
    }

    @Test
    void deletesASeatAndAuditsIt() throws Exception {
        BoardSeat seat = member(person, null, TERM_START, null);

        submit(admin, "/admin/uppdrag/" + seat.getId() + "/ta-bort", "version", seat.getVersion())
                .andExpect(redirectedUrl("/admin/personer/" + person.getId()));

        assertThat(seats.findById(seat.getId())).isEmpty();
        assertThat(auditDetails("BoardSeat", seat.getId(), OrganisationAdmin.DELETED))
                .startsWith("person: \"" + person.getFullName() + "\" → –");
    }

    @Test
    void refusesToDeleteAStaleVersion() throws Exception {
        BoardSeat seat = member(person, null, TERM_START, null);
        post(seat.getId(), seat.getVersion(), person, party, SeatType.MEMBER, null, null, TERM_START, TERM_END, 302);

        submit(admin, "/admin/uppdrag/" + seat.getId() + "/ta-bort", "version", seat.getVersion())
                .andExpect(status().isConflict());

        assertThat(seats.findById(seat.getId())).isPresent();
    }

    @Test
    void anAdministratorCannotSeeOrDeleteAnotherMunicipalitysSeat() throws Exception {
        BoardSeat seat = member(person, null, TERM_START, null);
        SignedInUser stranger = adminOf(newTenant());

        mvc.perform(get("/admin/uppdrag/" + seat.getId()).with(user(stranger))).andExpect(status().isNotFound());
        submit(stranger, "/admin/uppdrag/" + seat.getId() + "/ta-bort", "version", seat.getVersion())
                .andExpect(status().isNotFound());

        assertThat(seats.findById(seat.getId())).isPresent();
    }
}
