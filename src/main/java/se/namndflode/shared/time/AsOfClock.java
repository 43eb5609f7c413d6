package se.namndflode.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock ("now" for every capability): the system clock, except while work is recorded as of an
 * earlier moment ({@link #asOf}) — the demo data's meeting of 2023-12-12 is recorded through the ordinary services
 * on its own dates, so that every date rule (a meeting not planned in the past, opened on its day, justered within
 * 14 days, the notice and the appeal period) applies to it as it did then. The process engine's clock moves with
 * it, so that timers of those dates are not due while the work runs and the engine's history has the same dates.
 *
 * <p>The moment is held for the whole JVM (the engine's clock is global), only for the duration of the work, and
 * is not state of the application: nothing reads it after the work returns. Only first-start loading uses it,
 * before anyone signs in.
 */
public class AsOfClock extends Clock {

    private final ZoneId zone;
    private volatile Instant fixed;

    public AsOfClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        Instant now = fixed;
        return now == null ? Clock.system(otherZone) : Clock.fixed(now, otherZone);
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now == null ? Instant.now() : now;
    }

    /**
     * Runs {@code work} with "now" (this clock and the engine's) at {@code at}, then puts both back as they were.
     *
     * @param at   the moment the work is recorded at (not null)
     * @param work the work, in the caller's thread
     * @return what the work returns
     */
    public <T> T asOf(Instant at, Supplier<T> work) {
        Instant before = fixed;
        set(at);
        try {
            return work.get();
        } finally {
            set(before);
        }
    }

    /** As {@link #asOf(Instant, Supplier)}, for work without a result. */
    public void asOf(Instant at, Runnable work) {
        asOf(at, () -> {
            work.run();
            return null;
        });
    }

    /** Fixes "now" at {@code at} for this clock and the engine's; null: both follow the system clock again. */
    protected void set(Instant at) {
        fixed = at;
        if (at == null) {
            ClockUtil.reset();
        } else {
            ClockUtil.setCurrentTime(Date.from(at));
        }
    }
}
