package cn.gov.laoshan.district.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.db.DatabaseSettings;
import cn.gov.laoshan.district.core.db.MigrationFiles;
import cn.gov.laoshan.district.market.MarketPlugin;
import cn.gov.laoshan.district.market.domain.Licence;
import cn.gov.laoshan.district.market.domain.LicenceType;
import cn.gov.laoshan.district.market.domain.LicenceTypes;
import cn.gov.laoshan.district.market.service.ExpiryScan;
import cn.gov.laoshan.district.market.service.LicenceRepository;
import cn.gov.laoshan.district.market.service.LicenceFacts;
import cn.gov.laoshan.district.market.service.LicenceService;
import cn.gov.laoshan.district.market.service.StaffDigest;
import cn.gov.laoshan.district.notify.NotifyModule;
import cn.gov.laoshan.district.notify.service.InboxListeners;
import cn.gov.laoshan.district.notify.service.NotificationService;
import cn.gov.laoshan.district.notify.service.ReminderService;
import cn.gov.laoshan.district.testdoubles.TestAccess;

/**
 * The market plugin's daily expiry scan over 1,000,000 licences (issue #20; goal ≤ 5 s): licences of the fourteen
 * types held by 100,000 enterprises, expiries spread evenly from a year ago to five years ahead (about 550 expire
 * every day), on a fresh embedded Derby with the plugin's real migrations and the platform's real reminders (each
 * step sent once under a unique key, a notification per holder) and the departments' daily digest after each scan. The
 * licences are written as of the day before
 * the first scan; then the scan of each of five following days is timed, with what it moved and sent.
 *
 * <pre>
 * java -cp ... cn.gov.laoshan.district.benchmarks.LicenceScanBenchmark [licences=1000000] [days=5] [seed=20]
 * (days=0: only the licence facts, {@link #facts})
 * </pre>
 */
public final class LicenceScanBenchmark {

    private LicenceScanBenchmark() {
    }

    /**
     * The licence facts the policy rules read ({@code HeldLicences.holders}): which of 1,000,000 sorted codes (the
     * 100,000 holders' among 900,000 others) hold a valid licence of a kind on a day — one query of that kind's valid
     * licences and a binary search per licence — and the same codes unsorted (a hash of them).
     */
    static void facts(Database database, LocalDate day) {
        // read as a rule engine's job does: as the system
        TestAccess system = new TestAccess();
        system.asSystem(() -> {
            timeFacts(new LicenceFacts(database.jdbi("market"), system), day);
            return null;
        });
    }

    private static void timeFacts(LicenceFacts facts, LocalDate day) {
        String[] codes = new String[1_000_000];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = Uscc.withCheck(String.format("91370212MA%07d", i)).toString();
        }
        java.util.Arrays.sort(codes);
        String[] shuffled = codes.clone();
        java.util.Collections.shuffle(java.util.Arrays.asList(shuffled), new Random(7));
        for (String kind : new String[] {LicenceTypes.FOOD_BUSINESS, "FOOD_PRODUCTION", "MEDICAL_DEVICE_3"}) {
            for (int run = 0; run < 3; run++) {
                long s = System.nanoTime();
                java.util.BitSet held = facts.holders(kind, day, codes);
                double sorted = (System.nanoTime() - s) / 1e9;
                s = System.nanoTime();
                java.util.BitSet again = facts.holders(kind, day, shuffled);
                double unsorted = (System.nanoTime() - s) / 1e9;
                System.out.printf("holders of %s on %s over %,d codes: %,d — sorted %.2f s, unsorted %.2f s (%,d)%n",
                        kind, day, codes.length, held.cardinality(), sorted, unsorted, again.cardinality());
            }
        }
        long s = System.nanoTime();
        int found = 0;
        for (int i = 0; i < 1000; i++) {
            found += facts.heldBy(codes[i * 997], day).size();
        }
        System.out.printf("heldBy for 1,000 enterprises: %.2f s (%,d licences)%n", (System.nanoTime() - s) / 1e9, found);
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20L;
        System.out.printf("%d cores, Java %s, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path dir = Files.createTempDirectory("district-licence-bench");
        System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        WorkingDayCalendar calendar = OfficialSchedules.calendar();
        LocalDate first = LocalDate.of(2026, 12, 8);
        try (Database database = Database.open(DatabaseSettings.embeddedDerby(dir))) {
            database.migrateFromClassPath("platform", "migrations_notify", NotifyModule.class.getClassLoader(),
                    "cn/gov/laoshan/district/notify/db");
            java.net.URL classes = MarketPlugin.class.getProtectionDomain().getCodeSource().getLocation();
            try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {classes}, null)) {
                database.migrate("market", "flyway_schema_history", MigrationFiles.ofPlugin(loader, database.kind()));
            }
            LicenceRepository repository = new LicenceRepository(database.jdbi("market"));
            for (LicenceType type : LicenceTypes.DEFAULTS) {
                repository.saveType(type, "bench", java.time.Instant.now());
            }
            Random random = new Random(seed);
            long t0 = System.nanoTime();
            List<Licence> batch = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                LicenceType type = LicenceTypes.DEFAULTS.get(random.nextInt(10) < 5 ? 0
                        : random.nextInt(LicenceTypes.DEFAULTS.size()));
                String uscc = Uscc.withCheck(String.format("91370212MA%07d", random.nextInt(100_000))).toString();
                LocalDate expires = first.plusDays(random.nextInt(6 * 365) - 365);
                int months = type.validityMonths() == null ? 36 : type.validityMonths();
                Licence l = LicenceService.prepare(type, calendar, i, uscc, "青岛崂山测试企业" + i + "有限公司",
                        "预包装食品销售", "山东省青岛市崂山区", "王芳", expires.plusDays(1).minusMonths(months), expires,
                        i % 4 == 0 ? "market-shazikou" : "market", null, null, "bench", first.minusDays(1));
                batch.add(new Licence(0, "B" + i, l.typeCode(), l.uscc(), l.holderName(), l.scope(), l.premises(),
                        l.keyStaff(), l.issuedOn(), l.expiresOn(), l.windowOpens(), l.windowCloses(), l.state(),
                        l.departmentCode(), l.nextStep(), l.nextStepOn(), null, null, "bench", l.createdAt()));
                if (batch.size() == 5_000) {
                    repository.insertAll(batch);
                    batch.clear();
                }
            }
            repository.insertAll(batch);
            System.out.printf("written %,d licences in %.1f s%n", repository.countAll(), (System.nanoTime() - t0) / 1e9);
            facts(database, first);
            var jdbi = database.jdbi("platform");
            Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
            ReminderService reminders = new ReminderService(jdbi, clock, new NotificationService(jdbi,
                    new TestAccess(), clock, new InboxListeners()));
            ExpiryScan scan = new ExpiryScan(repository, calendar, () -> Optional.of(reminders), Optional::empty, clock);
            StaffDigest digest = new StaffDigest(repository, () -> Optional.of(reminders), clock);
            for (int d = 0; d < days; d++) {
                LocalDate day = first.plusDays(d);
                long s = System.nanoTime();
                ExpiryScan.Result result = scan.run(day);
                double seconds = (System.nanoTime() - s) / 1e9;
                System.out.printf("scan of %s over %,d licences: %.2f s — %d entered their window, %d expired, %d "
                        + "reminded, %d notifications sent%n", day, count, seconds, result.opened(), result.expired(),
                        result.due(), result.sent());
                long d0 = System.nanoTime();
                StaffDigest.Result digested = digest.run(day);
                System.out.printf("  the departments' digest: %.2f s — %d digests listing %d licence steps%n",
                        (System.nanoTime() - d0) / 1e9, digested.departments(), digested.licences());
            }
            if (days > 0) {
                long again = System.nanoTime();
                ExpiryScan.Result repeat = scan.run(first.plusDays(days - 1));
                System.out.printf("the last day scanned again (a second node, or a restart): %.2f s, %d sent%n",
                        (System.nanoTime() - again) / 1e9, repeat.sent());
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
