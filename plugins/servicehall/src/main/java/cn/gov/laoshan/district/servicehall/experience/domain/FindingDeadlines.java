package cn.gov.laoshan.district.servicehall.experience.domain;

import java.time.LocalDate;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;

/**
 * The chain's deadlines, in working days of the district's calendar (holidays and 调休 days as the State Council
 * publishes them): a responsible unit fixes a finding within {@value #FIX_WORKING_DAYS} working days of its
 * assignment (a failed recheck gives it the same again, from the recheck), and the centre rechecks within
 * {@value #RECHECK_WORKING_DAYS} working days of the fix.
 */
public final class FindingDeadlines {

    public static final int FIX_WORKING_DAYS = 10;
    public static final int RECHECK_WORKING_DAYS = 5;

    private final WorkingDayCalendar calendar;

    public FindingDeadlines(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** The fix's deadline for a finding assigned (or sent back by a failed recheck) on {@code day}. */
    public LocalDate fixDue(LocalDate day) {
        return calendar.deadline(day, FIX_WORKING_DAYS);
    }

    /** The recheck's deadline for a finding fixed on {@code day}. */
    public LocalDate recheckDue(LocalDate day) {
        return calendar.deadline(day, RECHECK_WORKING_DAYS);
    }
}
