package se.namndflode.meeting;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.namndflode.organisation.BoardComposition;
import se.namndflode.organisation.BoardRole;

/**
 * The board's seats on the meeting day, as the attendance rules need them: the members in the composition's order
 * (chair, vice chair, then by party), the substitutes, and the quorum — more than half of the board's member
 * count ({@link BoardComposition#quorum()}, kommunallagen 6 kap. 27 §).
 */
record Roster(List<SeatHolder> members, List<SeatHolder> substitutes, int quorum) {

    Roster {
        members = List.copyOf(members);
        substitutes = List.copyOf(substitutes);
    }

    static Roster of(BoardComposition composition) {
        return new Roster(composition.members().stream().map(SeatHolder::of).toList(),
                composition.substitutes().stream().map(SeatHolder::of).toList(), composition.quorum());
    }

    Optional<SeatHolder> seat(Long personId) {
        return Stream.concat(members.stream(), substitutes.stream())
                .filter(seat -> seat.personId().equals(personId)).findFirst();
    }

    Optional<SeatHolder> holderOf(BoardRole role) {
        return members.stream().filter(seat -> seat.role() == role).findFirst();
    }

    List<SeatHolder> everyone() {
        return Stream.concat(members.stream(), substitutes.stream()).toList();
    }
}
