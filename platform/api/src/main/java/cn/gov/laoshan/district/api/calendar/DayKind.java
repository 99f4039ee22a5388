package cn.gov.laoshan.district.api.calendar;

/** What makes a date special in the calendar. */
public enum DayKind {
    /** A statutory holiday or a rest day of the holiday arrangement (放假): not a working day, even on a weekday. */
    HOLIDAY,
    /** A Saturday or Sunday that is a working day by the arrangement (调休上班). */
    ADJUSTED_WORKDAY
}
