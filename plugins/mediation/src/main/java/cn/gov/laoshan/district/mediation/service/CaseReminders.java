package cn.gov.laoshan.district.mediation.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.mediation.domain.MediationCase;

/** The deadline reminders of cases, planned through the platform's {@link Reminders} when it runs. */
final class CaseReminders {

    private final Supplier<Optional<Reminders>> reminders;
    private final Supplier<MediationSettings> settings;
    private final WorkingDayCalendar calendar;
    private final Supplier<LocalDate> today;

    CaseReminders(Supplier<Optional<Reminders>> reminders, Supplier<MediationSettings> settings,
            WorkingDayCalendar calendar, Supplier<LocalDate> today) {
        this.reminders = reminders;
        this.settings = settings;
        this.calendar = calendar;
        this.today = today;
    }

    /**
     * A case's deadline reminder is sent once per (case, person to act): the step names the mediator, or the
     * assigners before there is one (api.notify 1.2 {@code scheduleOnce}: re-planned when the deadline moves, never
     * sent twice, even by two nodes).
     */
    static String record(MediationCase c) {
        return "case-" + c.number();
    }

    static String step(MediationCase c) {
        return c.mediatorLogin() == null ? "deadline-assign" : "deadline-" + c.mediatorLogin();
    }

    /** Plans the case's deadline reminder again (its deadline moved): to its mediator, or to whoever assigns. */
    void remindAgain(MediationCase c) {
        remind(c, c.mediatorLogin() != null ? Recipient.user(c.mediatorLogin())
                : Recipient.permission(CaseWorkflow.ASSIGN));
    }

    /**
     * Reminds {@code who} a few working days before the deadline (at 9:00 Beijing time), replacing any earlier plan;
     * a case already past its deadline is announced as overdue at once (never as "due soon").
     */
    void remind(MediationCase c, Recipient who) {
        reminders.get().ifPresent(r -> {
            int before = settings.get().reminder_working_days();
            LocalDate day = c.deadline();
            for (int i = 0; i < before && day.isAfter(c.appliedOn()); i++) {
                day = day.minusDays(1);
                while (!calendar.isWorkingDay(day) && day.isAfter(c.appliedOn())) {
                    day = day.minusDays(1);
                }
            }
            r.scheduleOnce(record(c), step(c), day.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai"))
                    .toInstant(), who, CaseNotices.deadline(c, today.get()));
        });
    }

    /** The case needs nobody's action any more (declined, agreed, failed, closed): its planned reminder goes. */
    void cancel(MediationCase c) {
        reminders.get().ifPresent(r -> r.cancelOnce(CaseService.SOURCE, record(c), step(c)));
    }
}
