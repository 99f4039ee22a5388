package cn.gov.laoshan.district.servicehall.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An appointment: one person, one item, one slot of one hall.
 *
 * @param number    the booking number shown on the confirmation and its QR code (ZX261212-000123)
 * @param group     the item group whose capacity it took in this hall
 * @param idNumber  the person's identity number (GB 11643); screens show it masked
 * @param uscc      the enterprise it was booked for, or {@code null}
 */
public record Booking(long id, String number, String hallCode, String itemCode, ItemGroup group, LocalDate day,
        LocalTime starts, String personName, String idNumber, String mobile, String uscc, BookingChannel channel,
        BookingState state, String bookedBy, Instant createdAt) {

    /** What a booking asks for. */
    public record Request(String hallCode, String itemCode, LocalDate day, LocalTime starts, String personName,
            String idNumber, String mobile) {
    }
}
