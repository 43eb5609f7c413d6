package se.namndflode.matter;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.namndflode.shared.time.WorkingDayCalendar;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MatterSettings.class)
class MatterConfiguration {

    @Bean
    Deadlines deadlines(WorkingDayCalendar calendar, MatterSettings settings) {
        return new Deadlines(calendar, settings.reminderWorkingDays());
    }
}
