package cn.gov.laoshan.district.servicehall.domain;

import java.time.LocalTime;
import java.util.Objects;

/** One opening period of a day, {@code opens} to {@code closes} (9:00–12:00). */
public record Period(LocalTime opens, LocalTime closes) {

    public Period {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("a period closes after it opens: " + opens + "–" + closes);
        }
    }
}
