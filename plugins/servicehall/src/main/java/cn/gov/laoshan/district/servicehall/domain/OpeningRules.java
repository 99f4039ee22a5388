package cn.gov.laoshan.district.servicehall.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import cn.gov.laoshan.district.api.calendar.DayKind;
import cn.gov.laoshan.district.api.calendar.SpecialDay;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;

/**
 * When a hall is open, on the platform's working-day calendar (the State Council's arrangement):
 * <ul>
 * <li>a working day opens with the hall's hours of that weekday; a working Saturday or Sunday of the arrangement
 * (调休上班) is a weekday like any other and opens with the hall's Monday hours, for every item;</li>
 * <li>a Saturday that is a rest day opens in the hall's Saturday hours for the Saturday items (周六预约) only — unless
 * it is a holiday of the arrangement (a Saturday inside the National Day week is closed);</li>
 * <li>Sundays and holidays are closed.</li>
 * </ul>
 */
public final class OpeningRules {

    private OpeningRules() {
    }

    public static Opening of(Hall hall, LocalDate date, WorkingDayCalendar calendar) {
        DayOfWeek weekday = date.getDayOfWeek();
        SpecialDay special = calendar.specialDay(date).orElse(null);
        String reason = special == null ? null : special.nameZh();
        boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
        if (calendar.isWorkingDay(date)) {
            List<Period> hours = hall.hoursOn(weekend ? DayOfWeek.MONDAY : weekday);
            return new Opening(date, hours.isEmpty() ? Opening.Kind.CLOSED : Opening.Kind.WORKING, hours, reason);
        }
        boolean holiday = special != null && special.kind() == DayKind.HOLIDAY;
        if (weekday == DayOfWeek.SATURDAY && !holiday && !hall.hoursOn(DayOfWeek.SATURDAY).isEmpty()) {
            return new Opening(date, Opening.Kind.SATURDAY, hall.hoursOn(DayOfWeek.SATURDAY), reason);
        }
        return new Opening(date, Opening.Kind.CLOSED, List.of(), reason);
    }
}
