package cn.gov.laoshan.district.market.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;

/**
 * The reminder steps of one licence's term: the window opens ({@code opens}), {@code closes-30} and
 * {@code closes-7} working days before it closes (the type's steps), and the day after expiry ({@code expired}).
 * Each is sent once; a scan that finds several due (a licence issued late into its window, days without a scan)
 * sends only the latest, since the earlier ones would say less than it.
 */
public record ReminderSchedule(List<Step> steps) {

    public static final String OPENS = "opens";
    public static final String EXPIRED = "expired";
    public static final String CLOSES = "closes-";

    /** One step: its name and the day it is due. */
    public record Step(String name, LocalDate on) {
    }

    public static ReminderSchedule of(LicenceType type, RenewalWindow window, WorkingDayCalendar calendar) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(OPENS, window.opens()));
        for (int n : type.reminderSteps()) {
            LocalDate on = n == 0 ? window.closes() : calendar.addWorkingDays(window.closes(), -n);
            if (on.isAfter(window.opens()) && !on.isAfter(window.expires())) {
                steps.add(new Step(CLOSES + n, on));
            }
        }
        steps.add(new Step(EXPIRED, window.expires().plusDays(1)));
        steps.sort(Comparator.comparing(Step::on));
        return new ReminderSchedule(List.copyOf(steps));
    }

    /** The latest step due on {@code today}, if any. */
    public Optional<Step> due(LocalDate today) {
        Step due = null;
        for (Step step : steps) {
            if (!step.on().isAfter(today)) {
                due = step;
            }
        }
        return Optional.ofNullable(due);
    }

    /** The first step after {@code today}, if any. */
    public Optional<Step> next(LocalDate today) {
        return steps.stream().filter(s -> s.on().isAfter(today)).findFirst();
    }

    /** The number of working days left to file ({@code closes-N}: N), for the reminder's text. */
    public static Integer workingDaysLeft(String step) {
        return step.startsWith(CLOSES) ? Integer.valueOf(step.substring(CLOSES.length())) : null;
    }
}
