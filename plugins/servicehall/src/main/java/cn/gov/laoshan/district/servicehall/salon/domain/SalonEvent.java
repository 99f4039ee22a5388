package cn.gov.laoshan.district.servicehall.salon.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An event in a 会客厅, on its room booking, with its registrations counted.
 *
 * @param housingProject     the housing project a joint consultation is about (its code), or {@code null}
 * @param registered         enterprises registered
 * @param peopleServed       people who came: those ticked at the door plus the walk-ins (counted when it is held)
 * @param projects           distinct projects the registered enterprises brought
 * @param walkIns            people who came without a registration
 * @param minutes            the minutes (纪要), or {@code null}
 * @param housingProjectName the housing project's name as it was when picked from the housing plugin, or
 *                           {@code null} (typed as a code only)
 */
public record SalonEvent(long id, long bookingId, String roomCode, LocalDate day, LocalTime starts, LocalTime ends,
        EventKind kind, String title, String hostDepartment, String summary, String housingProject, EventState state,
        int places, int registered, int peopleServed, int projects, int walkIns, String minutes, String minutesBy,
        Instant minutesAt, String housingProjectName) {
}
