package cn.gov.laoshan.district.market.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.notify.Message;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.notify.Severity;
import cn.gov.laoshan.district.market.domain.Licence;
import cn.gov.laoshan.district.market.domain.LicenceType;
import cn.gov.laoshan.district.market.domain.ReminderSchedule;

/**
 * The daily expiry scan (到期提醒): licences whose window opened move into it, those past their last day expire,
 * and every licence with a reminder step due is reminded — its enterprise's users and the staff of its department —
 * once per licence term and step, however many nodes run the scan or how often ({@code Reminders.sendOnce} claims a
 * unique key in the platform's database). It reads only what is due (an index on the next step's day), so its time
 * grows with the day's reminders, not with the number of licences.
 */
public class ExpiryScan {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiryScan.class);
    private static final int PAGE = 500;

    /** What one run did. */
    public record Result(int opened, int expired, int due, int sent) {
    }

    private final LicenceRepository repository;
    private final WorkingDayCalendar calendar;
    private final Supplier<Optional<Reminders>> reminders;
    private final Supplier<Optional<AuditLog>> audit;
    private final Clock clock;
    private final ReminderTexts texts = new ReminderTexts();

    public ExpiryScan(LicenceRepository repository, WorkingDayCalendar calendar,
            Supplier<Optional<Reminders>> reminders, Supplier<Optional<AuditLog>> audit, Clock clock) {
        this.repository = repository;
        this.calendar = calendar;
        this.reminders = reminders;
        this.audit = audit;
        this.clock = clock;
    }

    /** The scan for today (Beijing time). */
    public Result run() {
        return run(LocalDate.now(clock.withZone(LicenceService.ZONE)));
    }

    public Result run(LocalDate today) {
        Reminders sender = reminders.get().orElse(null);
        if (sender == null) {
            // without the platform's reminders nothing could be sent once: leave the steps for a run that can
            LOG.warn("licence expiry scan skipped: no Reminders service");
            return new Result(0, 0, 0, 0);
        }
        int opened = repository.openWindows(today);
        int expired = repository.expire(today);
        Map<String, LicenceType> types = repository.types().stream()
                .collect(java.util.stream.Collectors.toMap(LicenceType::code, t -> t));
        int due = 0;
        int sent = 0;
        long after = 0;
        List<Licence> page;
        do {
            page = repository.due(today, after, PAGE);
            for (Licence licence : page) {
                after = licence.id();
                LicenceType type = types.get(licence.typeCode());
                if (type == null) {
                    continue;
                }
                due++;
                sent += remind(sender, type, licence, today);
            }
        } while (page.size() == PAGE);
        Result result = new Result(opened, expired, due, sent);
        if (opened + expired + sent > 0) {
            audit.get().ifPresent(log -> log.record(Market.PLUGIN, "licence.scan", "Licence", today.toString(), null,
                    "{\"opened\":" + opened + ",\"expired\":" + expired + ",\"due\":" + result.due() + ",\"sent\":"
                            + result.sent() + "}"));
        }
        return result;
    }

    /** Sends the latest step due to the holder and the staff (each once), then moves the licence to its next step. */
    private int remind(Reminders sender, LicenceType type, Licence licence, LocalDate today) {
        ReminderSchedule schedule = ReminderSchedule.of(type, licence.window(), calendar);
        int sent = 0;
        Optional<ReminderSchedule.Step> step = schedule.due(today);
        if (step.isPresent() && licence.state().current()) {
            String name = step.get().name();
            String title = texts.title(type, licence, name);
            Severity severity = ReminderSchedule.EXPIRED.equals(name) ? Severity.WARNING : Severity.INFO;
            Recipient holder = Recipient.enterprise(licence.uscc());
            if (sender.sendOnce(licence.reminderRecord(), name + "/holder", holder, new Message(Market.PLUGIN, title,
                    texts.body(type, licence, true), "market/my-licences/" + licence.id(), severity))) {
                repository.logReminder(licence, name, "ENTERPRISE", licence.uscc(), title, clock.instant());
                sent++;
            }
            Recipient staff = Recipient.department(licence.departmentCode());
            if (sender.sendOnce(licence.reminderRecord(), name + "/staff", staff, new Message(Market.PLUGIN, title,
                    texts.body(type, licence, false), "market/licences/" + licence.id(), severity))) {
                repository.logReminder(licence, name, "DEPARTMENT", licence.departmentCode(), title, clock.instant());
                sent++;
            }
        }
        Optional<ReminderSchedule.Step> next = schedule.next(today);
        repository.nextStep(licence.id(), licence.nextStep(), next.map(ReminderSchedule.Step::name).orElse(null),
                next.map(ReminderSchedule.Step::on).orElse(null));
        return sent;
    }
}
