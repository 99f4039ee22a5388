package cn.gov.laoshan.district.market.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;

/**
 * A licence type (许可证照种类) as the type administrator keeps it: how long a licence is valid, the renewal window
 * before expiry, the reminder steps and the regulation that sets them.
 *
 * @param code           stable key ({@code FOOD_BUSINESS})
 * @param validityMonths validity of a licence, or {@code null} when the licence itself states it (renewal then
 *                       repeats the old term)
 * @param opens          how long before expiry the window opens (the regulation's earliest day, else the district's
 *                       reminder lead)
 * @param closes         how long before expiry the window closes (the regulation's latest day; 0: the expiry day)
 * @param reminderSteps  working days before the window closes at which the holder is reminded again, e.g. 30 and 7;
 *                       besides "the window opens" and "expired", which every type has
 * @param lateAccepted   whether an application after the window is still accepted (医疗器械: not accepted)
 * @param minimalRenewal whether the type offers minimal renewal (极简续证) to eligible holders
 * @param regulation     the regulation and article that set the figures, cited on the type's page
 */
public record LicenceType(String code, String nameZh, String nameEn, Integer validityMonths, Period opens,
        Period closes, List<Integer> reminderSteps, boolean lateAccepted, boolean minimalRenewal, String regulation,
        int sortOrder) {

    public LicenceType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        reminderSteps = List.copyOf(reminderSteps);
    }

    /** The window of a licence expiring on {@code expires}, counted on the official calendar. */
    public RenewalWindow window(LocalDate expires, WorkingDayCalendar calendar) {
        return new RenewalWindow(opens.before(expires, calendar), closes.before(expires, calendar), expires);
    }

    /** The expiry of a licence of this type issued on {@code issued}: the day before the same day {@code n} months on. */
    public LocalDate expiryOf(LocalDate issued, LocalDate previousIssued, LocalDate previousExpiry) {
        if (validityMonths != null) {
            return issued.plusMonths(validityMonths).minusDays(1);
        }
        return issued.plusDays(java.time.temporal.ChronoUnit.DAYS.between(previousIssued, previousExpiry));
    }

    public String name(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    /** The steps as stored: {@code 30,7}. */
    public String reminderStepsText() {
        return String.join(",", reminderSteps.stream().map(String::valueOf).toList());
    }
}
