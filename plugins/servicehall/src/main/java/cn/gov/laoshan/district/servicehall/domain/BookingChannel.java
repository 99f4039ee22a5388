package cn.gov.laoshan.district.servicehall.domain;

/** How a booking was made (labels: {@code servicehall.booking.channel.<NAME>}). */
public enum BookingChannel {
    /** A resident on the public booking page, confirmed by a one-time code to the mobile. */
    PUBLIC,
    /** An enterprise user from 企业服务, for their enterprise. */
    ENTERPRISE,
    /** A clerk for a caller (phone, at the window). */
    STAFF
}
