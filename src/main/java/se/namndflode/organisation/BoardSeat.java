package se.namndflode.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A person's seat in a board for a period: member or substitute, for a party; substitutes have an order
 * (inkallelseordning) within their party group; a member may be chair or vice chair.
 */
@Entity
public class BoardSeat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private Board board;

    @ManyToOne(optional = false)
    private Person person;

    @ManyToOne(optional = false)
    private Party party;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SeatType seatType;

    @Enumerated(EnumType.STRING)
    private BoardRole boardRole;

    private Integer substituteOrder;

    @Column(nullable = false)
    private LocalDate validFrom;

    /** Last day of the seat, inclusive; null while the term is open. */
    private LocalDate validTo;

    @Version
    private long version;

    protected BoardSeat() {
    }

    BoardSeat(Board board, Person person, Party party, SeatType seatType, BoardRole boardRole,
            Integer substituteOrder, LocalDate validFrom, LocalDate validTo) {
        this.board = board;
        this.person = person;
        change(party, seatType, boardRole, substituteOrder, validFrom, validTo);
    }

    final void change(Party newParty, SeatType newSeatType, BoardRole newBoardRole, Integer newSubstituteOrder,
            LocalDate newValidFrom, LocalDate newValidTo) {
        this.party = newParty;
        this.seatType = newSeatType;
        this.boardRole = newBoardRole;
        this.substituteOrder = newSubstituteOrder;
        this.validFrom = newValidFrom;
        this.validTo = newValidTo;
    }

    /** Whether this seat's period shares at least one day with [from, to] (to null = open). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = to == null || !validFrom.isAfter(to);
        boolean endsAfterOtherStarts = validTo == null || !validTo.isBefore(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    public boolean isValidOn(LocalDate date) {
        return overlaps(date, date);
    }

    /**
     * The first day in [from, to] (to null = open) on which at least {@code count} of the seats are held, if
     * any. The number held only grows on a day a seat starts, so only {@code from} and those days are counted.
     */
    static Optional<LocalDate> firstDayHeldByAtLeast(Collection<BoardSeat> seats, long count, LocalDate from,
            LocalDate to) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(from);
        seats.stream().map(BoardSeat::getValidFrom).filter(start -> start.isAfter(from))
                .filter(start -> to == null || !start.isAfter(to)).forEach(days::add);
        return days.stream().filter(day -> heldOn(seats, day) >= count).findFirst();
    }

    /** How many of the seats are held on the day. */
    static long heldOn(Collection<BoardSeat> seats, LocalDate day) {
        return seats.stream().filter(seat -> seat.isValidOn(day)).count();
    }

    public Long getId() { return id; }
    public Board getBoard() { return board; }
    public Person getPerson() { return person; }
    public Party getParty() { return party; }
    public SeatType getSeatType() { return seatType; }
    public BoardRole getBoardRole() { return boardRole; }
    public Integer getSubstituteOrder() { return substituteOrder; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public long getVersion() { return version; }
}
