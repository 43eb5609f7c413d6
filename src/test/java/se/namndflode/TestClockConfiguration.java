package se.namndflode;

import java.time.ZoneId;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the application's clock with one that tests can move; gives tests the engine's jobs to run. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock(ZoneId.of("Europe/Stockholm"));
    }

    @Bean
    EngineJobs engineJobs(ManagementService management, RuntimeService runtime) {
        return new EngineJobs(management, runtime);
    }
}
