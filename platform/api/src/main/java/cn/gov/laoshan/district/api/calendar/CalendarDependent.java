package cn.gov.laoshan.district.api.calendar;

import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A plugin's dates that were computed with the working-day calendar and must follow it when it changes: register
 * an implementation as an OSGi service (whiteboard). When an administrator enters or changes the arrangement of
 * some years (by hand or by importing the State Council's notice), the calendar calls {@link #recompute} of every
 * registered service, after the new arrangement is in effect, and tells the administrator how many dates moved.
 * <p>
 * Called on the administrator's thread, as the system: implementations do their own reading and writing without a
 * permission check (the change is the calendar's, not the user's), write their own audit/timeline entries, and must
 * not throw for a single bad record (log it and go on).
 *
 * @since 1.1.0
 */
@ConsumerType
public interface CalendarDependent {

    /**
     * Computes again the dates that reach into any of {@code years} (typically those marked
     * {@link WorkingDayCalendar#provisional}), stores those that changed and returns how many changed.
     */
    int recompute(Set<Integer> years);

    /** The message key of what the dates are, for the administrator's report ("调解案件期限", "项目计划"). */
    String whatKey();
}
