package cn.gov.laoshan.district.servicehall.domain;

/** Where a booking is (labels: {@code servicehall.booking.state.<NAME>}). */
public enum BookingState {
    /** Booked, the day still ahead (or today, not yet arrived): counts against the person's open bookings. */
    BOOKED,
    /** Cancelled by the person or a clerk: its place went back to the slot. */
    CANCELLED,
    /** Arrived and checked in at the hall: in the queue. */
    CHECKED_IN,
    /** The day passed without a check-in (爽约). */
    NO_SHOW
}
