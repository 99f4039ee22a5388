package cn.gov.laoshan.district.housing.plan;

import java.util.Set;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.calendar.domain.CalendarRules;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;

/**
 * The platform's real calendar arithmetic ({@link CalendarRules}, what {@code CalendarService} answers with) over
 * the shipped official 2026 arrangement ({@code official/2026.csv}), without the database the service loads it from.
 */
final class Calendar2026 {

    private Calendar2026() {
    }

    static WorkingDayCalendar create() {
        return new CalendarRules(OfficialSchedules.days(2026), Set.of(2026));
    }
}
