package cn.gov.laoshan.district.uikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SettableClockTest {

    @Test
    void itStartsNowAndMovesOnlyWhenSet() throws Exception {
        Instant before = Instant.now();
        SettableClock clock = new SettableClock();
        assertTrue(!clock.instant().isBefore(before) && !clock.instant().isAfter(Instant.now()));
        Instant first = clock.instant();
        Thread.sleep(5);
        assertEquals(first, clock.instant(), "it does not tick by itself");

        clock.set(LocalDate.of(2026, 3, 2));
        // 10:00 in Beijing is 02:00 UTC
        assertEquals(Instant.parse("2026-03-02T02:00:00Z"), clock.instant());
        assertEquals(LocalDate.of(2026, 3, 2), LocalDate.now(clock));
        assertEquals(ZoneOffset.UTC, clock.getZone());

        clock.set(Instant.parse("2025-12-31T17:30:00Z"));
        assertEquals(LocalDate.of(2026, 1, 1), LocalDate.now(clock.withZone(SettableClock.BEIJING)));
        assertEquals(LocalDate.of(2025, 12, 31), LocalDate.now(clock));
    }
}
