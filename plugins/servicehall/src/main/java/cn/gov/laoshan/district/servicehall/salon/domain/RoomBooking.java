package cn.gov.laoshan.district.servicehall.salon.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** A room taken from {@code starts} to {@code ends} on {@code day}. */
public record RoomBooking(long id, String roomCode, LocalDate day, LocalTime starts, LocalTime ends, String purpose,
        String bookedBy) {

    /** The hours a room may be booked: the centre's building is open 08:00 to 21:00. */
    public static final LocalTime OPENS = LocalTime.of(8, 0);
    public static final LocalTime CLOSES = LocalTime.of(21, 0);

    /** Why a period is not bookable (a message key), or empty: it has a length and lies within the opening hours. */
    public static Optional<String> problem(LocalTime starts, LocalTime ends) {
        if (starts == null || ends == null || !ends.isAfter(starts)) {
            return Optional.of("servicehall.salon.error.period");
        }
        if (starts.isBefore(OPENS) || ends.isAfter(CLOSES)) {
            return Optional.of("servicehall.salon.error.hours");
        }
        return Optional.empty();
    }

    /** Whether two periods of one day overlap; one ending when the other starts does not. */
    public static boolean overlap(LocalTime aStarts, LocalTime aEnds, LocalTime bStarts, LocalTime bEnds) {
        return aStarts.isBefore(bEnds) && bStarts.isBefore(aEnds);
    }
}
