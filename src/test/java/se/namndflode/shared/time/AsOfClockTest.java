package se.namndflode.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

/** Work recorded as of an earlier moment sees it on both clocks, and both are put back afterwards, also on failure. */
class AsOfClockTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Instant MEETING = Instant.parse("2023-12-12T17:00:00Z");

    @Test
    void theWorkSeesItsMomentOnTheApplicationsAndTheEnginesClock() {
        AsOfClock clock = new AsOfClock(STOCKHOLM);

        LocalDate day = clock.asOf(MEETING, () -> {
            assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(MEETING);
            assertThat(clock.withZone(ZoneId.of("UTC")).instant()).isEqualTo(MEETING);
            return LocalDate.now(clock);
        });

        assertThat(day).isEqualTo(LocalDate.of(2023, 12, 12));
        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), Instant.now()).abs())
                .isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void aFailingWorkPutsTheEarlierMomentBack() {
        AsOfClock clock = new AsOfClock(STOCKHOLM);
        Instant outer = Instant.parse("2023-11-20T09:00:00Z");

        clock.asOf(outer, () -> {
            assertThatThrownBy(() -> clock.asOf(MEETING, (Runnable) () -> {
                throw new IllegalStateException("refused");
            })).hasMessage("refused");
            assertThat(clock.instant()).isEqualTo(outer);
            assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(outer);
        });
        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
    }
}
