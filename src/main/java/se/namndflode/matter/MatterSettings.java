package se.namndflode.matter;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code namndflode.matter.*}: how many working days before the answer date the case officer and the
 * manager are reminded, per kind of matter ({@code default} for kinds without their own).
 */
@ConfigurationProperties("namndflode.matter")
record MatterSettings(Map<String, Integer> reminderWorkingDays) {

    MatterSettings {
        reminderWorkingDays = reminderWorkingDays == null ? Map.of(Deadlines.DEFAULT_KIND, 5)
                : Map.copyOf(reminderWorkingDays);
    }
}
