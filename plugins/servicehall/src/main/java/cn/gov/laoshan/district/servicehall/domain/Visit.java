package cn.gov.laoshan.district.servicehall.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One ticket of the day's queue.
 *
 * @param ticket        the waiting number shown and called (B007): the group's letter and a number per hall and day
 * @param bookingNumber the booking checked in, or {@code null} for a walk-in
 * @param appointmentAt the booked slot's start when the ticket has the appointment's priority, else {@code null}
 */
public record Visit(long id, String hallCode, LocalDate day, ItemGroup group, String ticket, String itemCode,
        String bookingNumber, LocalTime appointmentAt, String personName, String mobile, VisitState state,
        Integer windowNumber, String clerkLogin, Instant checkedInAt, Instant calledAt, Instant startedAt,
        Instant endedAt) {

    public boolean appointment() {
        return appointmentAt != null;
    }

    /** From check-in to the call; {@code null} until called. */
    public Duration waited() {
        return calledAt == null ? null : Duration.between(checkedInAt, calledAt);
    }

    /** From the start of service to its end; {@code null} until ended. */
    public Duration served() {
        return startedAt == null || endedAt == null ? null : Duration.between(startedAt, endedAt);
    }
}
