package cn.gov.laoshan.district.uikit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A {@link Clock} that demo seeding moves by hand: the services are given this clock, and before each step the
 * seeder sets the day the step is to have happened on, so demo records carry a plausible history (registered in
 * March, closed in May) instead of all being made "now".
 * <p>
 * Contract: it starts at the moment it was made; {@link #set(LocalDate)} moves it to 10:00 Beijing time of that
 * day, {@link #set(Instant)} to that instant; {@link #instant()} returns the last value set until the next
 * {@code set}. Its zone is UTC; {@link #withZone(ZoneId)} gives a fixed clock at the current instant. Safe to read
 * from other threads (the value is volatile). Not for production time: use {@link Clock#systemUTC()} there.
 */
public final class SettableClock extends Clock {

    /** Beijing time, the zone of the demo's office hours. */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private volatile Instant now = Instant.now();

    /** Moves the clock to 10:00 Beijing time of {@code day}. */
    public void set(LocalDate day) {
        now = day.atTime(10, 0).atZone(BEIJING).toInstant();
    }

    /** Moves the clock to {@code instant}. */
    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
