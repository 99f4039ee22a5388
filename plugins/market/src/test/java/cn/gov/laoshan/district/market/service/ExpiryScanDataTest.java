package cn.gov.laoshan.district.market.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.market.domain.Licence;
import cn.gov.laoshan.district.market.domain.LicenceState;
import cn.gov.laoshan.district.market.domain.LicenceTypes;
import cn.gov.laoshan.district.notify.service.InboxListeners;
import cn.gov.laoshan.district.notify.service.NotificationService;
import cn.gov.laoshan.district.notify.service.ReminderService;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * The daily scan on two nodes at once (two threads, each with its own scan and its own platform reminders service, on
 * one database), every day from June to the end of 2026: each licence's every step reaches its holder and its
 * department exactly once, on the step's day, and the states follow the windows. Derby and PostgreSQL.
 */
class ExpiryScanDataTest {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private static Reminders node(Jdbi platform, Fixture f) {
        return new ReminderService(platform, f.clock(), new NotificationService(platform, new TestAccess(), f.clock(),
                new InboxListeners()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoNodesRemindEachStepOnceOnItsDay(TestDatabase test) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (test; Fixture f = new Fixture(test, LocalDate.of(2026, 6, 1))) {
            Jdbi platform = f.platform.jdbi("platform");
            List<Licence> made = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                made.add(f.licence(LicenceTypes.FOOD_BUSINESS, i % 2 == 0 ? Fixture.HAILAN : Fixture.MINGDE,
                        LocalDate.of(2026, 10, 20).plusDays(i * 5)));
            }
            Licence device = f.licence("MEDICAL_DEVICE_3", Fixture.MINGDE, LocalDate.of(2026, 12, 31));
            List<ExpiryScan> scans = List.of(
                    new ExpiryScan(f.repository, Fixture.CALENDAR, () -> Optional.of(node(platform, f)),
                            () -> Optional.of(f.audit), f.clock()),
                    new ExpiryScan(f.repository, Fixture.CALENDAR, () -> Optional.of(node(platform, f)),
                            () -> Optional.of(f.audit), f.clock()));
            for (LocalDate day = f.today(); !day.isAfter(LocalDate.of(2027, 1, 5)); day = day.plusDays(1)) {
                f.today(day);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<ExpiryScan.Result>> runs = new ArrayList<>();
                for (ExpiryScan scan : scans) {
                    LocalDate today = day;
                    runs.add(threads.submit(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        return scan.run(today);
                    }));
                }
                for (Future<ExpiryScan.Result> run : runs) {
                    run.get(60, TimeUnit.SECONDS);
                }
            }
            // four steps (opens, 30 and 7 working days before the window closes, expired) to two recipients each
            for (Licence l : made) {
                List<ReminderEntry> sent = f.repository.reminders(
                        cn.gov.laoshan.district.api.security.RecordScope.ALL, l.id(), 0, 100);
                assertEquals(8, sent.size(), l.licenceNo() + ": " + sent);
                assertEquals(Map.of("opens", 2L, "closes-30", 2L, "closes-7", 2L, "expired", 2L), sent.stream()
                        .collect(java.util.stream.Collectors.groupingBy(ReminderEntry::step,
                                java.util.stream.Collectors.counting())));
            }
            Licence first = made.get(0);
            List<ReminderEntry> firstSent = f.repository.reminders(
                    cn.gov.laoshan.district.api.security.RecordScope.ALL, first.id(), 0, 100);
            // sent on the step's own day (the scan ran every day): the window of 2026-10-20 opened on 2026-06-09
            assertEquals(LocalDate.of(2026, 6, 9), firstSent.stream().filter(r -> r.step().equals("opens")).findFirst()
                    .orElseThrow().sentAt().atZone(LicenceService.ZONE).toLocalDate());
            assertEquals(LocalDate.of(2026, 9, 14), firstSent.stream().filter(r -> r.step().equals("closes-7"))
                    .findFirst().orElseThrow().sentAt().atZone(LicenceService.ZONE).toLocalDate());
            // in words, from the plugin's own message file
            assertEquals("食品经营许可证（" + first.licenceNo() + "）续期申请还剩 7 个工作日", firstSent.stream()
                    .filter(r -> r.step().equals("closes-7")).findFirst().orElseThrow().title());
            int logged = f.repository.jdbi().withHandle(h -> h.createQuery("select count(*) from licence_reminder")
                    .mapTo(Integer.class).one());
            int notified = platform.withHandle(h -> h.createQuery("select count(*) from notification")
                    .mapTo(Integer.class).one());
            assertEquals(13 * 8, logged);
            assertEquals(logged, notified, "every step's notification once, whichever node sent it");
            f.access.as("liuyang", Market.DEPARTMENT, Market.READ).within(Market.DEPARTMENT);
            assertEquals(LicenceState.EXPIRED, f.licences.find(device.id()).orElseThrow().state());
            assertEquals(13, f.licences.count(new LicenceFilter(null, LicenceState.EXPIRED, null, null, null, null)));
        } finally {
            threads.shutdownNow();
        }
    }
}
