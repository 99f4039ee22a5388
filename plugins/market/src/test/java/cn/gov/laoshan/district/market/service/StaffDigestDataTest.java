package cn.gov.laoshan.district.market.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.market.domain.Licence;
import cn.gov.laoshan.district.market.domain.LicenceTypes;
import cn.gov.laoshan.district.notify.service.InboxListeners;
import cn.gov.laoshan.district.notify.service.NotificationService;
import cn.gov.laoshan.district.notify.service.ReminderService;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * The departments' daily digest: one notice per department and day listing the holder reminders not yet digested,
 * each department's own; run again the same day it sends nothing; a reminder logged after the day's digest is in the
 * next day's; each listed licence step gets one department entry in the log. Derby and PostgreSQL.
 */
class StaffDigestDataTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void eachDepartmentGetsOneDigestADayOfWhatItsHoldersWereReminded(TestDatabase test) {
        try (test; Fixture f = new Fixture(test, TODAY)) {
            Jdbi platform = f.platform.jdbi("platform");
            StaffDigest digest = new StaffDigest(f.repository, () -> Optional.of(new ReminderService(platform,
                    f.clock(), new NotificationService(platform, new TestAccess(), f.clock(), new InboxListeners()))),
                    f.clock());
            Licence a = f.licence(LicenceTypes.FOOD_BUSINESS, Fixture.HAILAN, LocalDate.of(2027, 3, 1));
            Licence b = f.licence("FOOD_PRODUCTION", Fixture.MINGDE, LocalDate.of(2027, 4, 1));
            Licence c = f.licence(LicenceTypes.FOOD_BUSINESS, Fixture.MINGDE, LocalDate.of(2027, 5, 1));
            f.repository.jdbi().useHandle(h -> h.execute("update licence set department_code = 'market-shazikou' "
                    + "where id = ?", c.id()));
            Licence inShazikou = f.repository.find(cn.gov.laoshan.district.api.security.RecordScope.ALL, c.id())
                    .orElseThrow();
            assertEquals(new StaffDigest.Result(0, 0), digest.run(TODAY), "nothing reminded, nothing digested");

            holderReminded(f, a, "opens");
            holderReminded(f, b, "opens");
            holderReminded(f, inShazikou, "closes-30");
            assertEquals(new StaffDigest.Result(2, 3), digest.run(TODAY));
            assertEquals(new StaffDigest.Result(0, 0), digest.run(TODAY), "once a day");
            assertEquals(List.of("今日许可证照到期提醒 1 件", "今日许可证照到期提醒 2 件"), notified(platform));

            // a reminder after the day's digest waits for the next day's
            holderReminded(f, a, "closes-30");
            assertEquals(new StaffDigest.Result(0, 0), digest.run(TODAY));
            f.today(TODAY.plusDays(1));
            assertEquals(new StaffDigest.Result(1, 1), digest.run(TODAY.plusDays(1)));
            assertEquals(java.util.Set.of("opens DEPARTMENT", "opens ENTERPRISE", "closes-30 DEPARTMENT",
                    "closes-30 ENTERPRISE"), f.repository.reminders(cn.gov.laoshan.district.api.security.RecordScope.ALL,
                            a.id(), 0, 10).stream().map(r -> r.step() + " " + r.recipientKind())
                            .collect(java.util.stream.Collectors.toSet()));
            assertTrue(notified(platform).contains("今日许可证照到期提醒 1 件"));
            assertEquals(3, notified(platform).size());
        }
    }

    private static void holderReminded(Fixture f, Licence l, String step) {
        f.repository.logReminder(l, step, "ENTERPRISE", l.uscc(), "提醒 " + step, f.clock().instant());
    }

    private static List<String> notified(Jdbi platform) {
        return platform.withHandle(h -> h.createQuery("select title from notification order by title")
                .mapTo(String.class).list());
    }
}
