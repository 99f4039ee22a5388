package cn.gov.laoshan.district.market.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * one database), every day from June to the end of 2026, then the departments' digest on both: each licence's every
 * step reaches its holder exactly once, on the step's day, and its department in that day's one digest; the states
 * follow the windows. Derby and PostgreSQL.
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
            List<StaffDigest> digesters = List.of(new StaffDigest(f.repository, () -> Optional.of(node(platform, f)),
                    f.clock()), new StaffDigest(f.repository, () -> Optional.of(node(platform, f)), f.clock()));
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
                // the departments' digest of the day, on both nodes at once
                CyclicBarrier again = new CyclicBarrier(2);
                List<Future<StaffDigest.Result>> digests = new ArrayList<>();
                for (StaffDigest digest : digesters) {
                    LocalDate today = day;
                    digests.add(threads.submit(() -> {
                        again.await(30, TimeUnit.SECONDS);
                        return digest.run(today);
                    }));
                }
                for (Future<StaffDigest.Result> run : digests) {
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
                    .filter(r -> r.step().equals("closes-7") && r.recipientKind().equals("ENTERPRISE")).findFirst()
                    .orElseThrow().title());
            assertTrue(firstSent.stream().filter(r -> r.step().equals("closes-7")
                    && r.recipientKind().equals("DEPARTMENT")).findFirst().orElseThrow().title()
                    .startsWith("今日许可证照到期提醒"));
            int logged = f.repository.jdbi().withHandle(h -> h.createQuery("select count(*) from licence_reminder")
                    .mapTo(Integer.class).one());
            int notified = platform.withHandle(h -> h.createQuery("select count(*) from notification")
                    .mapTo(Integer.class).one());
            assertEquals(13 * 8, logged);
            // the holder's step once each, whichever node sent it; the department's once a day, listing that day's
            List<String> departmentDays = f.repository.jdbi().withHandle(h -> h.createQuery("select sent_at from "
                    + "licence_reminder where recipient_kind = 'DEPARTMENT'").mapTo(java.sql.Timestamp.class).list())
                    .stream().map(t -> t.toInstant().atZone(LicenceService.ZONE).toLocalDate().toString()).distinct()
                    .toList();
            int digests = platform.withHandle(h -> h.createQuery("select count(*) from notification where title "
                    + "like '今日许可证照到期提醒%'").mapTo(Integer.class).one());
            assertEquals(departmentDays.size(), digests, "one digest a day with reminders");
            assertEquals(13 * 4 + digests, notified);
            assertEquals(firstSent.stream().filter(r -> r.step().equals("opens")).map(r -> r.sentAt()
                    .atZone(LicenceService.ZONE).toLocalDate()).distinct().count(), 1L,
                    "the department's entry is of the holder's reminder day");
            f.access.as("liuyang", Market.DEPARTMENT, Market.READ).within(Market.DEPARTMENT);
            assertEquals(LicenceState.EXPIRED, f.licences.find(device.id()).orElseThrow().state());
            assertEquals(13, f.licences.count(new LicenceFilter(null, LicenceState.EXPIRED, null, null, null, null)));
        } finally {
            threads.shutdownNow();
        }
    }
}
