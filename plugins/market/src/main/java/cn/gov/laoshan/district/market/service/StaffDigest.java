package cn.gov.laoshan.district.market.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.notify.Message;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.notify.Severity;
import cn.gov.laoshan.district.market.domain.LicenceType;

/**
 * The departments' daily digest of licence reminders: instead of one notice per licence and step, each department's
 * staff get one notice a day listing how many of its licences' holders were reminded, by type (a busy office has
 * hundreds on a weekday). What is digested is read from the reminders log: the holder reminders of the last week that
 * no department entry matches yet, so a reminder sent after the day's digest (a scan caught up late) is in the next
 * day's. The digest is sent once per department and day ({@code Reminders.sendOnce}, however many nodes run it), and
 * the node that sent it logs one department entry per licence and step: the log stays per licence.
 */
public class StaffDigest {

    private static final Logger LOG = LoggerFactory.getLogger(StaffDigest.class);
    /** How far back a holder reminder still waits for its department's digest. */
    static final int LOOK_BACK_DAYS = 7;

    /** What one run did: digests sent, and the licence steps they listed. */
    public record Result(int departments, int licences) {
    }

    private final LicenceRepository repository;
    private final Supplier<Optional<Reminders>> reminders;
    private final Clock clock;
    private final ReminderTexts texts = new ReminderTexts();

    public StaffDigest(LicenceRepository repository, Supplier<Optional<Reminders>> reminders, Clock clock) {
        this.repository = repository;
        this.reminders = reminders;
        this.clock = clock;
    }

    public Result run() {
        return run(LocalDate.now(clock.withZone(LicenceService.ZONE)));
    }

    public Result run(LocalDate today) {
        Reminders sender = reminders.get().orElse(null);
        if (sender == null) {
            LOG.warn("licence reminder digest skipped: no Reminders service");
            return new Result(0, 0);
        }
        List<LicenceRepository.Undigested> pending = repository.undigested(today.minusDays(LOOK_BACK_DAYS)
                .atStartOfDay(LicenceService.ZONE).toInstant());
        if (pending.isEmpty()) {
            return new Result(0, 0);
        }
        Map<String, String> typeNames = repository.types().stream()
                .collect(Collectors.toMap(LicenceType::code, LicenceType::nameZh));
        Map<String, List<LicenceRepository.Undigested>> byDepartment = pending.stream()
                .collect(Collectors.groupingBy(LicenceRepository.Undigested::departmentCode, TreeMap::new,
                        Collectors.toList()));
        int departments = 0;
        int licences = 0;
        for (Map.Entry<String, List<LicenceRepository.Undigested>> e : byDepartment.entrySet()) {
            Map<String, Long> byType = new LinkedHashMap<>();
            e.getValue().forEach(u -> byType.merge(typeNames.getOrDefault(u.typeCode(), u.typeCode()), 1L,
                    Long::sum));
            String title = texts.digestTitle(e.getValue().size());
            if (sender.sendOnce("digest-" + e.getKey() + "@" + today, "staff", Recipient.department(e.getKey()),
                    new Message(Market.PLUGIN, title, texts.digestBody(byType), "market/reminders",
                            Severity.INFO))) {
                repository.logDigest(e.getValue(), title, clock.instant());
                departments++;
                licences += e.getValue().size();
            }
        }
        return new Result(departments, licences);
    }
}
