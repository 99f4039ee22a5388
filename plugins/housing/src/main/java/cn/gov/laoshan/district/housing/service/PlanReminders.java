package cn.gov.laoshan.district.housing.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.notify.Message;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.notify.Severity;
import cn.gov.laoshan.district.housing.domain.PlanItemRecord;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.domain.ProjectStatus;

/** The reminders of a plan's items: planned before each unfinished item's forecast finish, cancelled when done. */
final class PlanReminders {

    private final Supplier<Optional<Reminders>> reminders;
    private final Supplier<HousingSettings> settings;
    private final WorkingDayCalendar calendar;
    private final Supplier<LocalDate> today;

    PlanReminders(Supplier<Optional<Reminders>> reminders, Supplier<HousingSettings> settings,
            WorkingDayCalendar calendar, Supplier<LocalDate> today) {
        this.reminders = reminders;
        this.settings = settings;
        this.calendar = calendar;
        this.today = today;
    }

    /**
     * Plans a reminder for every unfinished item due within the next weeks, to the project's lead (or everyone who
     * manages projects), a few working days before its forecast finish at 9:00 Beijing time; finished items' reminders
     * are cancelled.
     */
    void remind(PlanView view) {
        Optional<Reminders> service = reminders.get();
        if (service.isEmpty()) {
            return;
        }
        Reminders r = service.get();
        Project p = view.project();
        Recipient who = p.leadLogin() == null ? Recipient.permission(HousingPermissions.MANAGE)
                : Recipient.user(p.leadLogin());
        int before = settings.get().reminder_working_days();
        String record = record(p);
        for (PlanItemRecord i : view.items()) {
            String step = step(i);
            if (i.finished() || p.status() == ProjectStatus.COMPLETED) {
                r.cancelOnce(ProjectService.SOURCE, record, step);
                continue;
            }
            LocalDate finish = view.forecast().item(i.key()).finish();
            LocalDate day = calendar.addWorkingDays(finish, -before);
            // once per item, however often the job re-plans it and on however many nodes: a forecast that slips
            // moves a reminder not yet sent, never repeats one that was
            r.scheduleOnce(record, step, day.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), who,
                    // an item already past its forecast finish is announced as late, never as "due soon"
                    new Message(ProjectService.SOURCE, HousingSql.shorten((finish.isBefore(today.get()) ? "审批事项已逾期：" : "审批事项即将到期：")
                            + p.name() + " · " + i.name()),
                            i.department() + " · 预计办结 " + finish, "housing/projects/" + p.id(), Severity.WARNING));
        }
    }

    /** The reminders' record: the project. */
    static String record(Project p) {
        return "project-" + p.id();
    }

    /** The step of an item's reminder: its due date coming. */
    static String step(PlanItemRecord i) {
        return "item-" + i.key() + "-due";
    }
}
