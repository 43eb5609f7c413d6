package se.namndflode.matter;

import java.time.LocalDate;
import java.util.Map;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * The dates the process waits for: the reminder N working days before the answer date (N per kind of
 * matter), the overdue flag the day after, and the end of the appeal period.
 */
final class Deadlines {

    /** Reminder lead time when the kind has none of its own. */
    static final String DEFAULT_KIND = "default";

    private final WorkingDayCalendar calendar;
    private final Map<String, Integer> reminderWorkingDays;

    Deadlines(WorkingDayCalendar calendar, Map<String, Integer> reminderWorkingDays) {
        this.calendar = calendar;
        this.reminderWorkingDays = Map.copyOf(reminderWorkingDays);
    }

    LocalDate reminderDay(String kind, LocalDate answerDue) {
        int days = reminderWorkingDays.getOrDefault(kind, reminderWorkingDays.getOrDefault(DEFAULT_KIND, 5));
        return calendar.minusWorkingDays(answerDue, days);
    }

    /** The first day on which a matter that is not yet dispatched counts as overdue. */
    static LocalDate overdueDay(LocalDate answerDue) {
        return answerDue.plusDays(1);
    }

    /**
     * The last day of the appeal period: three weeks from the day the approval of the minutes was announced
     * on the notice board (Kommunallagen 13 kap. 5 §); a period ending on a Saturday, Sunday, public holiday,
     * midsommarafton, julafton or nyårsafton runs to the next working day (lagen (1930:173) om beräkning av
     * lagstadgad tid).
     */
    LocalDate appealPeriodEnds(LocalDate noticeDay) {
        LocalDate end = noticeDay.plusWeeks(3);
        while (!calendar.isWorkingDay(end)) {
            end = end.plusDays(1);
        }
        return end;
    }
}
