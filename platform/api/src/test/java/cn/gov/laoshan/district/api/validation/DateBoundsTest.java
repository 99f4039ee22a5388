package cn.gov.laoshan.district.api.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DateBoundsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void anApplicationDateYearsAgoOrInTheFutureIsRefusedNamingTheBound() {
        DateBounds applied = new DateBounds(TODAY.minusDays(60), TODAY);
        assertEquals(Optional.of(new DateBounds.Violation(DateBounds.BEFORE_KEY, LocalDate.of(2026, 10, 8))),
                applied.violation(LocalDate.of(2020, 3, 1)));
        assertEquals(Optional.of(new DateBounds.Violation(DateBounds.AFTER_KEY, TODAY)),
                applied.violation(TODAY.plusDays(1)));
        assertArrayEquals(new Object[] {TODAY}, applied.violation(TODAY.plusDays(1)).orElseThrow().parameters());
        assertTrue(applied.accepts(TODAY));
        assertTrue(applied.accepts(TODAY.minusDays(60)), "both bounds are included");
        assertFalse(applied.accepts(TODAY.minusDays(61)));
    }

    @Test
    void aMissingDateIsRefusedOnlyWhenRequired() {
        DateBounds any = DateBounds.ANY;
        assertEquals(DateBounds.REQUIRED_KEY, any.violation(null).orElseThrow().messageKey());
        assertEquals(0, any.violation(null).orElseThrow().parameters().length);
        assertTrue(any.violation(null, false).isEmpty());
        assertTrue(any.accepts(LocalDate.of(1900, 1, 1)));
    }

    @Test
    void combinedBoundsTakeTheNarrowerEndsAndTheRecordsOwnDateWinsWhenTheyDoNotMeet() {
        DateBounds performBy = DateBounds.notBefore(LocalDate.of(2026, 11, 2))
                .and(new DateBounds(TODAY, TODAY.plusYears(5)));
        assertEquals(new DateBounds(TODAY, TODAY.plusYears(5)), performBy);
        // a session can not be held before the application, nor after today: an application "tomorrow" leaves no day
        DateBounds impossible = DateBounds.notAfter(TODAY).and(DateBounds.notBefore(TODAY.plusDays(1)));
        assertEquals(DateBounds.notBefore(TODAY.plusDays(1)), impossible);
        assertThrows(IllegalArgumentException.class, () -> new DateBounds(TODAY, TODAY.minusDays(1)));
    }
}
