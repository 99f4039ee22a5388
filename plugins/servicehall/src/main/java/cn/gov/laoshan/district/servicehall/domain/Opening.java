package cn.gov.laoshan.district.servicehall.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * How a hall is open on one date, and its booking slots.
 *
 * @param date    the date
 * @param kind    a working day, a Saturday of Saturday items only, or closed
 * @param periods the opening periods (none when closed)
 * @param reason  why it is closed or open as it is, for screens: a holiday's name (国庆节), 调休上班, or {@code null}
 */
public record Opening(LocalDate date, Kind kind, List<Period> periods, String reason) {

    public enum Kind {
        /** A working day (调休 Saturdays and Sundays included): every item. */
        WORKING,
        /** A Saturday that is a rest day: the Saturday items only (周六预约), in the Saturday hours. */
        SATURDAY,
        /** Sunday, a holiday, or a day the hall has no hours. */
        CLOSED
    }

    public Opening {
        periods = List.copyOf(periods);
    }

    /** Whether {@code item} can be booked on this day (given the hall handles it). */
    public boolean admits(ServiceItem item) {
        return kind == Kind.WORKING || kind == Kind.SATURDAY && item.saturday();
    }

    /** The slots' start times: every {@code slotMinutes} in each period, a slot ending by the period's close. */
    public List<LocalTime> slots(int slotMinutes) {
        List<LocalTime> slots = new ArrayList<>();
        for (Period p : periods) {
            for (LocalTime t = p.opens(); !t.plusMinutes(slotMinutes).isAfter(p.closes())
                    && !t.plusMinutes(slotMinutes).isBefore(t); t = t.plusMinutes(slotMinutes)) {
                slots.add(t);
            }
        }
        return slots;
    }
}
