package se.namndflode.organisation;

import java.time.LocalDate;
import java.util.List;

/** Who sits in a board on a given day. */
public record BoardComposition(Board board, LocalDate day, List<BoardSeat> members, List<BoardSeat> substitutes) {

    /** Members present needed to decide: more than half of the board's members (Kommunallagen). */
    public int quorum() {
        return board.getMemberCount() / 2 + 1;
    }

    public int vacantSeats() {
        return Math.max(0, board.getMemberCount() - members.size());
    }
}
