package cn.gov.laoshan.district.mediation.domain;

import java.time.LocalDate;

import cn.gov.laoshan.district.api.validation.DateBounds;

/**
 * The bounds of every date field of a case, one rule per field: the service refuses a date outside them and the
 * screens give them to their date pickers. "Today" is the caller's (from its injected clock).
 */
public final class CaseDates {

    /** How far ahead an agreement's performance deadline may lie: beyond, it is a typing error. */
    public static final int PERFORMANCE_YEARS_AHEAD = 5;

    private CaseDates() {
    }

    /**
     * 申请日期: not in the future, and not more than {@code lookBackDays} ago (a case applied for years ago would be
     * registered with this year's number and be overdue at birth; the look-back is a setting).
     */
    public static DateBounds appliedOn(LocalDate today, int lookBackDays) {
        return new DateBounds(today.minusDays(lookBackDays), today);
    }

    /**
     * 履行期限 of an agreement made {@code today}: not before the agreement (nor the application), and not more than
     * {@value #PERFORMANCE_YEARS_AHEAD} years ahead.
     */
    public static DateBounds performanceDeadline(MediationCase c, LocalDate today) {
        LocalDate from = c.appliedOn() != null && c.appliedOn().isAfter(today) ? c.appliedOn() : today;
        return new DateBounds(from, today.plusYears(PERFORMANCE_YEARS_AHEAD));
    }

    /** The day of a mediation session: not before the application, not in the future. */
    public static DateBounds sessionDay(MediationCase c, LocalDate today) {
        return DateBounds.notAfter(today).and(DateBounds.notBefore(c.appliedOn()));
    }
}
