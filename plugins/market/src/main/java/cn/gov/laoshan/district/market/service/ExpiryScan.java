package cn.gov.laoshan.district.market.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * and every licence with a reminder step due is reminded — its enterprise's users; the staff of its department in the
 * day's digest ({@link StaffDigest}) — once per licence term and step, however many nodes run the scan or how often ({@code Reminders.sendOnce} claims a
 * unique key in the platform's database). It reads only what is due (an index on the next step's day), so its time
 * grows with the day's reminders, not with the number of licences.
 */
public class ExpiryScan {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiryScan.class);
    private static final int PAGE = 500;
    /**
     * One sender: with four, concurrent inserts into the platform's notification table on embedded Derby waited past
     * Derby's lock timeout on a loaded machine (the benchmark, 40XL1), and a failed scan helps nobody.
     */
    private static final int SENDERS = 1;

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
        // sending is a platform transaction per recipient (the once-only claim), off the page's reading
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            do {
                page = repository.due(today, after, PAGE);
                List<Future<List<LicenceRepository.Sent>>> sending = new ArrayList<>();
                List<LicenceRepository.Next> next = new ArrayList<>();
                for (Licence licence : page) {
                    after = licence.id();
                    LicenceType type = types.get(licence.typeCode());
                    if (type == null) {
                        continue;
                    }
                    due++;
                    ReminderSchedule schedule = ReminderSchedule.of(type, licence.window(), calendar);
                    Optional<ReminderSchedule.Step> step = schedule.due(today);
                    if (step.isPresent() && licence.state().current()) {
                        sending.add(senders.submit(() -> remind(sender, type, licence, step.get().name())));
                    }
                    Optional<ReminderSchedule.Step> following = schedule.next(today);
                    next.add(new LicenceRepository.Next(licence.id(), licence.nextStep(),
                            following.map(ReminderSchedule.Step::name).orElse(null),
                            following.map(ReminderSchedule.Step::on).orElse(null)));
                }
                List<LicenceRepository.Sent> log = new ArrayList<>();
                for (Future<List<LicenceRepository.Sent>> f : sending) {
                    log.addAll(f.get());
                }
                // what was sent and where each licence goes next, in one transaction per page
                repository.afterSending(log, next);
                sent += log.size();
            } while (page.size() == PAGE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("licence expiry scan interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("licence expiry scan failed", e.getCause());
        } finally {
            senders.shutdown();
        }
        Result result = new Result(opened, expired, due, sent);
        if (opened + expired + sent > 0) {
            audit.get().ifPresent(a -> a.record(Market.PLUGIN, "licence.scan", "Licence", today.toString(), null,
                    "{\"opened\":" + opened + ",\"expired\":" + expired + ",\"due\":" + result.due() + ",\"sent\":"
                            + result.sent() + "}"));
        }
        return result;
    }

    /** Sends the step to the holder, once; returns what this call sent. */
    private List<LicenceRepository.Sent> remind(Reminders sender, LicenceType type, Licence licence, String step) {
        List<LicenceRepository.Sent> sent = new ArrayList<>(2);
        String title = texts.title(type, licence, step);
        Severity severity = ReminderSchedule.EXPIRED.equals(step) ? Severity.WARNING : Severity.INFO;
        if (sender.sendOnce(licence.reminderRecord(), step + "/holder", Recipient.enterprise(licence.uscc()),
                new Message(Market.PLUGIN, title, texts.body(type, licence, true), "market/my-licences/" + licence.id(),
                        severity))) {
            sent.add(new LicenceRepository.Sent(licence, step, "ENTERPRISE", licence.uscc(), title, clock.instant()));
        }
        // the department's staff hear of it in the day's digest (StaffDigest), which logs it per licence
        return sent;
    }
}
