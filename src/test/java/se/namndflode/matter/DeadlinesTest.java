package se.namndflode.matter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.namndflode.shared.time.WorkingDayCalendar;

class DeadlinesTest {

    private final Deadlines deadlines = new Deadlines(WorkingDayCalendar.sweden(),
            Map.of("default", 5, "REFERRAL", 10));

    @Test
    void theAppealPeriodIsThreeWeeksFromTheNotice() {
        // Minutes of 12 December 2023 approved on Friday 15 December and announced the same day.
        assertThat(deadlines.appealPeriodEnds(LocalDate.of(2023, 12, 15))).isEqualTo(LocalDate.of(2024, 1, 5));
    }

    @Test
    void anAppealPeriodEndingOnAHolidayRunsToTheNextWorkingDay() {
        // Three weeks from 3 December 2026 is julafton; 25-27 December are holidays and a weekend.
        assertThat(deadlines.appealPeriodEnds(LocalDate.of(2026, 12, 3))).isEqualTo(LocalDate.of(2026, 12, 28));
        // Three weeks from Saturday-adjacent: notice on Friday 2026-10-30 ends Friday 20 November.
        assertThat(deadlines.appealPeriodEnds(LocalDate.of(2026, 10, 30))).isEqualTo(LocalDate.of(2026, 11, 20));
        // Ending on a Sunday moves to Monday.
        assertThat(deadlines.appealPeriodEnds(LocalDate.of(2026, 11, 8))).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void theReminderLeadTimeDependsOnTheKind() {
        LocalDate answerDue = LocalDate.of(2026, 11, 27); // Friday
        assertThat(deadlines.reminderDay("REFERRAL", answerDue)).isEqualTo(LocalDate.of(2026, 11, 13));
        assertThat(deadlines.reminderDay("REPORT", answerDue)).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void theMatterIsOverdueTheDayAfterItsAnswerDate() {
        assertThat(Deadlines.overdueDay(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 1));
    }
}
