package se.namndflode.shared.time;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock for "now" ({@link AsOfClock}). Tests replace it with a clock they can move. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    AsOfClock clock(@Value("${namndflode.zone:Europe/Stockholm}") String zone) {
        return new AsOfClock(ZoneId.of(zone));
    }

    @Bean
    WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.sweden();
    }
}
