package se.namndflode;

import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the application's clock with one that tests can move. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock(ZoneId.of("Europe/Stockholm"));
    }
}
