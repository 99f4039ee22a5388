package cn.gov.laoshan.district.servicehall.salon.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An event in a 会客厅, on its room booking, with its registrations counted.
 *
 * @param housingProject the housing project a joint consultation is about (its code), or {@code null}
 * @param registered     enterprises registered
 * @param peopleServed   people who attended (recorded when the event is held)
 * @param projects       distinct projects the registered enterprises brought
 */
public record SalonEvent(long id, long bookingId, String roomCode, LocalDate day, LocalTime starts, LocalTime ends,
        EventKind kind, String title, String hostDepartment, String summary, String housingProject, EventState state,
        int places, int registered, int peopleServed, int projects) {
}
