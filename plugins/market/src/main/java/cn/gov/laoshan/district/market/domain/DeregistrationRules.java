package cn.gov.laoshan.district.market.domain;

import java.time.LocalDate;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;

/**
 * The periods of simple deregistration (简易注销), as the rules set them, all in calendar days (日):
 * <ul>
 * <li>an enterprise's notice runs 20 days on the national enterprise credit publicity system (《市场主体登记管理条例》
 * art. 33; here the platform's 公示, whose first day counts);</li>
 * <li>it applies within 20 days after the notice ends; the registration authority may extend this to 30 days
 * (《市场主体登记管理条例实施细则》 art. 48, 宽展期);</li>
 * <li>an individual business (个体工商户) is not noticed: its application is pushed to the tax and other departments,
 * which have 10 days to object (条例 art. 34).</li>
 * </ul>
 * Days after an event are counted from the next day, and a period whose last day is a statutory holiday or rest day
 * ends on the next working day (《民法典》 arts. 201, 203): the official calendar says which.
 */
public final class DeregistrationRules {

    public static final int NOTICE_DAYS = 20;
    public static final int APPLY_DAYS = 20;
    public static final int EXTENDED_APPLY_DAYS = 30;
    public static final int INDIVIDUAL_OBJECTION_DAYS = 10;

    private DeregistrationRules() {
    }

    /** The last day of {@code days} counted from the day after {@code from}, moved past rest days. */
    public static LocalDate after(LocalDate from, int days, WorkingDayCalendar calendar) {
        LocalDate last = from.plusDays(days);
        while (!calendar.isWorkingDay(last)) {
            last = last.plusDays(1);
        }
        return last;
    }

    /** An individual business's last day for objections: 10 days from the day after it filed. */
    public static LocalDate objectionsEnd(LocalDate filed, WorkingDayCalendar calendar) {
        return after(filed, INDIVIDUAL_OBJECTION_DAYS, calendar);
    }

    /** The last day to apply after the notice ended on {@code noticeEnd}: 20 days, or 30 when extended. */
    public static LocalDate applyBy(LocalDate noticeEnd, boolean extended, WorkingDayCalendar calendar) {
        return after(noticeEnd, extended ? EXTENDED_APPLY_DAYS : APPLY_DAYS, calendar);
    }
}
