package se.namndflode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock in tests: runs with real time until a test moves it, and then moves the process
 * engine's clock with it. Tests that move it call {@link #reset()} afterwards.
 */
public class MovableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant fixed;

    public MovableClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        MovableClock clock = new MovableClock(otherZone);
        clock.fixed = fixed;
        return clock;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now == null ? Instant.now() : now;
    }

    public void setInstant(Instant instant) {
        fixed = instant;
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    public void advance(Duration duration) {
        setInstant(instant().plus(duration));
    }

    public void reset() {
        fixed = null;
        ClockUtil.reset();
    }
}
