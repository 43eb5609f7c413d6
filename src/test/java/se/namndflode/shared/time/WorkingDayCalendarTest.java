package se.namndflode.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.sweden();

    @Test
    void weekdaysAreWorkingDaysAndWeekendsAreNot() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 24))).isTrue();   // Tuesday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();  // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 29))).isFalse();  // Sunday
    }

    @Test
    void swedishPublicHolidaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 6))).as("trettondedag jul").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 3))).as("långfredagen").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 6))).as("annandag påsk").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 1))).as("första maj").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 14))).as("Kristi himmelsfärdsdag").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 6))).as("nationaldagen (lördag)").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 6, 6))).as("nationaldagen (fredag)").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 25))).as("juldagen").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 28))).as("måndag efter jul").isTrue();
    }

    @Test
    void evesThatOfficesKeepClosedAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 19))).as("midsommarafton").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 24))).as("julafton").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 31))).as("nyårsafton").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 18))).as("dagen före midsommarafton").isTrue();
    }

    @Test
    void countsBackOverWeekendsAndHolidays() {
        // Five working days before Tuesday 2027-01-05: 4, 1 (nyårsdagen) no, 31 no, 30, 29, 28, 23 Dec.
        assertThat(calendar.minusWorkingDays(LocalDate.of(2027, 1, 5), 5)).isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(calendar.minusWorkingDays(LocalDate.of(2026, 11, 30), 1)).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void countsForwardOverEaster() {
        // Thursday before Easter 2026 plus one working day: Friday and Monday are holidays.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 4, 2), 1)).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void zeroWorkingDaysIsTheSameDate() {
        assertThat(calendar.minusWorkingDays(LocalDate.of(2026, 11, 28), 0)).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
