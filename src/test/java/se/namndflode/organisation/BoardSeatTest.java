package se.namndflode.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The period rules of a seat: both ends inclusive, a missing end open. */
class BoardSeatTest {

    static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    static final LocalDate DEC_31 = LocalDate.of(2025, 12, 31);

    static BoardSeat seat(LocalDate from, LocalDate to) {
        return new BoardSeat(null, null, null, SeatType.MEMBER, null, null, from, to);
    }

    private final BoardSeat year2025 = seat(JAN_1, DEC_31);

    // --- overlaps ---

    @Test
    void aPeriodEndingOnTheFirstDayOverlaps() {
        assertThat(year2025.overlaps(LocalDate.of(2024, 6, 1), JAN_1)).isTrue();
    }

    @Test
    void aPeriodEndingTheDayBeforeDoesNotOverlap() {
        assertThat(year2025.overlaps(LocalDate.of(2024, 6, 1), JAN_1.minusDays(1))).isFalse();
    }

    @Test
    void aPeriodStartingOnTheLastDayOverlaps() {
        assertThat(year2025.overlaps(DEC_31, null)).isTrue();
    }

    @Test
    void aPeriodStartingTheDayAfterDoesNotOverlap() {
        assertThat(year2025.overlaps(DEC_31.plusDays(1), null)).isFalse();
        assertThat(year2025.overlaps(DEC_31.plusDays(1), DEC_31.plusDays(1))).isFalse();
    }

    @Test
    void aPeriodInsideOrAroundOverlaps() {
        assertThat(year2025.overlaps(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 1))).isTrue();
        assertThat(year2025.overlaps(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1))).isTrue();
    }

    @Test
    void anOpenSeatOverlapsEverythingFromItsStart() {
        BoardSeat open = seat(JAN_1, null);
        assertThat(open.overlaps(LocalDate.of(2099, 1, 1), null)).isTrue();
        assertThat(open.overlaps(LocalDate.of(2024, 1, 1), JAN_1)).isTrue();
        assertThat(open.overlaps(LocalDate.of(2024, 1, 1), JAN_1.minusDays(1))).isFalse();
    }

    @Test
    void aOneDaySeatOverlapsOnlyThatDay() {
        BoardSeat oneDay = seat(JAN_1, JAN_1);
        assertThat(oneDay.overlaps(JAN_1, JAN_1)).isTrue();
        assertThat(oneDay.overlaps(JAN_1.plusDays(1), null)).isFalse();
        assertThat(oneDay.isValidOn(JAN_1)).isTrue();
        assertThat(oneDay.isValidOn(JAN_1.minusDays(1))).isFalse();
    }

    @Test
    void overlapIsSymmetric() {
        BoardSeat first = seat(JAN_1, DEC_31);
        BoardSeat second = seat(DEC_31, null);
        assertThat(first.overlaps(second.getValidFrom(), second.getValidTo())).isTrue();
        assertThat(second.overlaps(first.getValidFrom(), first.getValidTo())).isTrue();
    }

    // --- firstDayHeldByAtLeast: the first day on which so many seats are held ---

    @Test
    void isTheStartWhenTheSeatsAreHeldThen() {
        List<BoardSeat> seats = List.of(seat(JAN_1, null), seat(JAN_1, DEC_31));
        assertThat(BoardSeat.firstDayHeldByAtLeast(seats, 2, LocalDate.of(2025, 3, 1), null))
                .contains(LocalDate.of(2025, 3, 1));
    }

    @Test
    void isTheLaterDayASeatStartsOn() {
        LocalDate june = LocalDate.of(2025, 6, 1);
        List<BoardSeat> seats = List.of(seat(JAN_1, null), seat(june, null));
        assertThat(BoardSeat.firstDayHeldByAtLeast(seats, 2, JAN_1, null)).contains(june);
    }

    @Test
    void isEmptyWhenOneSeatEndsTheDayBeforeTheOtherStarts() {
        List<BoardSeat> seats = List.of(seat(JAN_1, DEC_31), seat(DEC_31.plusDays(1), null));
        assertThat(BoardSeat.firstDayHeldByAtLeast(seats, 2, JAN_1, null)).isEmpty();
        assertThat(BoardSeat.heldOn(seats, DEC_31)).isEqualTo(1);
    }

    @Test
    void ignoresSeatsStartingAfterThePeriod() {
        List<BoardSeat> seats = List.of(seat(JAN_1, null), seat(LocalDate.of(2026, 1, 1), null));
        assertThat(BoardSeat.firstDayHeldByAtLeast(seats, 2, JAN_1, DEC_31)).isEmpty();
        assertThat(BoardSeat.firstDayHeldByAtLeast(seats, 2, JAN_1, LocalDate.of(2026, 1, 1)))
                .contains(LocalDate.of(2026, 1, 1));
    }
}
