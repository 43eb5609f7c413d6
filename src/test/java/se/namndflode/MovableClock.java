package se.namndflode;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import se.namndflode.shared.time.AsOfClock;

/**
 * The application's clock in tests: runs with real time until a test moves it, and then moves the process
 * engine's clock with it. Tests that move it call {@link #reset()} afterwards. An {@link AsOfClock}, so that the
 * demo data recorded as of its own dates is loaded with it as in production.
 */
public class MovableClock extends AsOfClock {

    public MovableClock(ZoneId zone) {
        super(zone);
    }

    public void setInstant(Instant instant) {
        set(instant);
    }

    public void advance(Duration duration) {
        setInstant(instant().plus(duration));
    }

    public void reset() {
        set(null);
    }
}
