package se.namndflode.assignment;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import se.namndflode.goal.Goals;

/**
 * The municipality's reporting calendar, shared with goals: the as-of days of its reporting periods (T1 per 30
 * April, T2 per 31 August, the verksamhetsberättelse per 31 December in Stockholm's model), or those three when the
 * municipality has no goal model yet.
 */
@Component
class ReportingCalendar {

    /** A reporting point: its day and the follow-up report it belongs to ("Tertial 1"). */
    record Point(LocalDate day, String name) {

        /** "Tertial 2 2026". */
        String label() {
            return name + " " + day.getYear();
        }
    }

    private record Entry(MonthDay day, String name) {
    }

    static final List<Entry> DEFAULT = List.of(new Entry(MonthDay.of(4, 30), "Tertialrapport 1"),
            new Entry(MonthDay.of(8, 31), "Tertialrapport 2"), new Entry(MonthDay.of(12, 31), "Verksamhetsberättelse"));

    private final Goals goals;

    ReportingCalendar(Goals goals) {
        this.goals = goals;
    }

    /** The first reporting point on or after the day. */
    Point onOrAfter(String municipalityCode, LocalDate day) {
        List<Entry> entries = entries(municipalityCode);
        for (int year = day.getYear(); ; year++) {
            for (Entry entry : entries) {
                LocalDate point = entry.day().atYear(year);
                if (!point.isBefore(day)) {
                    return new Point(point, entry.name());
                }
            }
        }
    }

    private List<Entry> entries(String municipalityCode) {
        List<Entry> periods = goals.periods(municipalityCode).stream()
                .map(period -> new Entry(MonthDay.of(period.getAsOfMonth(), period.getAsOfDay()), period.getName()))
                .sorted(Comparator.comparing(Entry::day)).toList();
        return periods.isEmpty() ? DEFAULT : periods;
    }
}
