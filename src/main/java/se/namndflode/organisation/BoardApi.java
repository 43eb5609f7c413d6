package se.namndflode.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The boards a user may see and their composition, as JSON. Any signed-in role may read. */
@RestController
@RequestMapping("/api/v1/boards")
@Tag(name = "Nämnder", description = "Nämnder och deras ledamöter och ersättare")
class BoardApi {

    private final Organisation organisation;
    private final Clock clock;

    BoardApi(Organisation organisation, Clock clock) {
        this.organisation = organisation;
        this.clock = clock;
    }

    record BoardSummary(Long id, String municipality, String kind, String name, String registryPrefix,
            int memberCount) {

        static BoardSummary of(Board board) {
            return new BoardSummary(board.getId(), board.getMunicipality().getCode(), board.getKind().name(),
                    board.getName(), board.getAdministration() == null ? null
                            : board.getAdministration().getRegistryPrefix(), board.getMemberCount());
        }
    }

    record SeatView(Long personId, String name, String party, String seatType, String boardRole,
            Integer substituteOrder, LocalDate validFrom, LocalDate validTo) {

        static SeatView of(BoardSeat seat) {
            return new SeatView(seat.getPerson().getId(), seat.getPerson().getFullName(), seat.getParty().getCode(),
                    seat.getSeatType().name(), seat.getBoardRole() == null ? null : seat.getBoardRole().name(),
                    seat.getSubstituteOrder(), seat.getValidFrom(), seat.getValidTo());
        }
    }

    record CompositionView(BoardSummary board, LocalDate day, int quorum, List<SeatView> members,
            List<SeatView> substitutes) {
    }

    @GetMapping
    @Operation(summary = "Nämnder i användarens kommuner")
    List<BoardSummary> boards() {
        return organisation.boards().stream().map(BoardSummary::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "En nämnds sammansättning en viss dag (i dag om inget anges)")
    CompositionView board(@PathVariable Long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        BoardComposition composition = organisation.composition(organisation.board(id),
                day == null ? LocalDate.now(clock) : day);
        return new CompositionView(BoardSummary.of(composition.board()), composition.day(), composition.quorum(),
                composition.members().stream().map(SeatView::of).toList(),
                composition.substitutes().stream().map(SeatView::of).toList());
    }
}
