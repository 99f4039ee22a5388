package cn.gov.laoshan.district.core.jobs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The district's time zone, for times of day and dates the platform decides by itself (a daily job's 02:00, the day a
 * public notice ends): Asia/Shanghai unless {@code -Ddistrict.zone} names another, whatever the server's own zone
 * (servers often run in UTC, where 00:30 Beijing time is still the day before).
 */
public final class PlatformZone {

    private PlatformZone() {
    }

    public static ZoneId get() {
        return ZoneId.of(System.getProperty("district.zone", "Asia/Shanghai"));
    }

    /** Today in the district, by {@code clock}'s instant. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), get());
    }
}
