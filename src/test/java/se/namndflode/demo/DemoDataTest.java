package se.namndflode.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.IntegrationTest;
import se.namndflode.organisation.Board;
import se.namndflode.organisation.BoardComposition;
import se.namndflode.organisation.BoardRole;
import se.namndflode.organisation.BoardSeat;
import se.namndflode.organisation.Organisation;

@IntegrationTest
class DemoDataTest {

    @Autowired
    Organisation organisation;
    @Autowired
    JdbcTemplate jdbc;

    private Board board(String name) {
        Long id = jdbc.queryForObject("select id from board where name = ?", Long.class, name);
        return organisation.board(id);
    }

    @Test
    void socialnamndenHasThirteenMembersWithTheChairAndViceChairOfTheMinutes() {
        Board board = board("Socialnämnden");
        assertThat(board.getMunicipality().getName()).isEqualTo("Stockholms stad");
        assertThat(board.getAdministration().getRegistryPrefix()).isEqualTo("SOF");

        BoardComposition composition = organisation.composition(board, LocalDate.of(2023, 12, 12));
        assertThat(composition.members()).hasSize(13);
        assertThat(composition.quorum()).isEqualTo(7);
        assertThat(holderOf(composition.members(), BoardRole.CHAIR)).isEqualTo("Alexander Ojanne (S)");
        assertThat(holderOf(composition.members(), BoardRole.VICE_CHAIR)).isEqualTo("Jan Jönsson (L)");
        assertThat(composition.members()).extracting(seat -> seat.getPerson().getFullName())
                .contains("Andrea Hedin", "Rashid Mohammed", "Magnus Runsten", "Gabriel Kroon", "Kristin Jacobsson",
                        "Emelie Wassermann");
        assertThat(composition.substitutes()).isNotEmpty()
                .allSatisfy(seat -> assertThat(seat.getSubstituteOrder()).isPositive());
    }

    private static String holderOf(List<BoardSeat> seats, BoardRole role) {
        return seats.stream().filter(seat -> seat.getBoardRole() == role)
                .map(seat -> seat.getPerson().getFullName() + " (" + seat.getParty().getCode() + ")")
                .findFirst().orElseThrow();
    }

    @Test
    void aSecondMunicipalityProvesTenancy() {
        assertThat(jdbc.queryForList("select code from municipality order by code", String.class))
                .contains("sjostad", "stockholm");
        assertThat(board("Barn- och utbildningsnämnden").getMunicipality().getCode()).isEqualTo("sjostad");
    }

    @Test
    void thereIsALoginForEveryRole() {
        List<String> roles = jdbc.queryForList("""
                select distinct r.role from user_account_role r join user_account a on a.id = r.user_account_id
                where a.username in ('handlaggare', 'chef', 'forvaltningschef', 'registrator', 'sekreterare',
                                     'admin', 'ordforande', 'ledamot')""", String.class);
        assertThat(roles).containsExactlyInAnyOrder("CASE_OFFICER", "MANAGER", "DIRECTOR", "REGISTRAR", "SECRETARY",
                "ADMIN", "POLITICIAN");
    }

    @Test
    void theLoadIsAuditedOnceWithEveryRecordItCreated() {
        assertThat(jdbc.queryForObject(
                "select count(*) from audit_event where action = 'DEMO_DATA_LOADED' and actor = 'demodata'",
                Long.class)).isEqualTo(1);
        Long seatsCreated = jdbc.queryForObject("""
                select count(*) from audit_event
                where action = 'CREATED' and entity_type = 'BoardSeat' and actor = 'demodata'""", Long.class);
        Long seatsInDemo = jdbc.queryForObject("""
                select count(*) from board_seat s join board b on b.id = s.board_id
                where b.name in ('Socialnämnden', 'Barn- och utbildningsnämnden')""", Long.class);
        assertThat(seatsCreated).isGreaterThanOrEqualTo(seatsInDemo).isPositive();
    }
}
