package se.namndflode.shared.time;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Working days in Sweden: Monday to Friday except public holidays (from the maintained jollyday calendar)
 * and the eves that Swedish public offices keep closed (midsommarafton, julafton, nyårsafton).
 */
public final class WorkingDayCalendar {

    /** The zone every date in the system is computed in. */
    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final HolidayManager holidays;

    private WorkingDayCalendar(HolidayManager holidays) {
        this.holidays = holidays;
    }

    public static WorkingDayCalendar sweden() {
        return new WorkingDayCalendar(HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN)));
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return false;
        }
        return !holidays.isHoliday(date) && !isClosedEve(date);
    }

    /** The date {@code workingDays} working days before {@code date} (which itself need not be a working day). */
    public LocalDate minusWorkingDays(LocalDate date, int workingDays) {
        return step(date, workingDays, -1);
    }

    /** The date {@code workingDays} working days after {@code date}. */
    public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
        return step(date, workingDays, 1);
    }

    private LocalDate step(LocalDate date, int workingDays, int direction) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate current = date;
        int left = workingDays;
        while (left > 0) {
            current = current.plusDays(direction);
            if (isWorkingDay(current)) {
                left--;
            }
        }
        return current;
    }

    private static boolean isClosedEve(LocalDate date) {
        if (date.getMonthValue() == 12 && Set.of(24, 31).contains(date.getDayOfMonth())) {
            return true;
        }
        // Midsommarafton: the Friday between 19 and 25 June.
        return date.getMonthValue() == 6 && date.getDayOfWeek() == DayOfWeek.FRIDAY
                && date.getDayOfMonth() >= 19 && date.getDayOfMonth() <= 25;
    }
}
