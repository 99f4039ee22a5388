package cn.gov.laoshan.district.servicehall.experience.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A 政务体验官: an individual user's account recruited by the centre for a term of one year.
 *
 * @param termStart the first day of the term (approval), {@code null} before
 * @param termEnd   the last day of the term, {@code null} before approval
 */
public record Officer(String login, String displayName, OfficerCategory category, String mobile, String motivation,
        OfficerState state, LocalDate termStart, LocalDate termEnd) {

    public Officer {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(state, "state");
    }

    /** The term an approval on {@code approvedOn} gives: one year, its last day the day before the anniversary. */
    public static LocalDate termEnd(LocalDate approvedOn) {
        return approvedOn.plusYears(1).minusDays(1);
    }

    /** Whether the officer may be given tasks on {@code day}: approved and within the term. */
    public boolean serving(LocalDate day) {
        return state == OfficerState.ACTIVE && termStart != null && !day.isBefore(termStart) && !day.isAfter(termEnd);
    }
}
