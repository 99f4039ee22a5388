package cn.gov.laoshan.district.notify.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.plugin.ScheduledJob;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.notify.NotifyModule;
import cn.gov.laoshan.district.testdoubles.TestDatabase;
import cn.gov.laoshan.district.uikit.SettableClock;

/**
 * Daily jobs on Derby and PostgreSQL with a clock the test moves (no sleeping): two nodes run a 02:00 job once a
 * day, Beijing time, whatever the server's zone; a day whose time passed while every node was down is run at the
 * next start, once; a new job waits for its time.
 */
class DailyJobTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }


    /** The platform's time, in a server's zone (UTC), set by the test to a time of Beijing. */
    private static SettableClock clock(LocalDateTime beijing) {
        SettableClock clock = new SettableClock();
        set(clock, beijing);
        return clock;
    }

    private static void set(SettableClock clock, LocalDateTime beijing) {
        clock.set(beijing.atZone(BEIJING).toInstant());
    }

    /** A node of its own (a scheduler that runs only when asked) on the shared database. */
    private static JobScheduler node(Database database, String name, java.time.Clock clock) {
        return JobScheduler.manual(new JobLeases(database.jdbi("platform")), name, clock, Duration.ofMinutes(1));
    }

    private static Database open(TestDatabase test) throws Exception {
        Database database = Database.open(test.settings());
        database.migrateFromClassPath("platform", "migrations_notify", NotifyModule.class.getClassLoader(),
                "cn/gov/laoshan/district/notify/db");
        return database;
    }

    private static int runBoth(JobScheduler a, JobScheduler b, String job) {
        return (a.runIfDue(job) ? 1 : 0) + (b.runIfDue(job) ? 1 : 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoNodesRunADailyJobOnceADayAtItsLocalTime(TestDatabase test) throws Exception {
        try (test; Database database = open(test)) {
            SettableClock clock = clock(LocalDateTime.of(2026, 12, 7, 15, 0));
            AtomicInteger runs = new AtomicInteger();
            ScheduledJob job = ScheduledJob.daily("close", LocalTime.of(2, 0), runs::incrementAndGet);
            try (JobScheduler node1 = node(database, "node-1", clock);
                    JobScheduler node2 = node(database, "node-2", clock)) {
                node1.register("notice/close", job);
                node2.register("notice/close", job);
                assertEquals(0, runBoth(node1, node2, "notice/close"), "a new job waits for its time (02:00 tomorrow)");

                set(clock, LocalDateTime.of(2026, 12, 8, 1, 59, 59));
                assertEquals(0, runBoth(node1, node2, "notice/close"));
                set(clock, LocalDateTime.of(2026, 12, 8, 2, 0));
                assertEquals(1, runBoth(node1, node2, "notice/close"), "at 02:00 Beijing time, by one node");
                set(clock, LocalDateTime.of(2026, 12, 8, 23, 0));
                assertEquals(0, runBoth(node1, node2, "notice/close"), "once that day");
                set(clock, LocalDateTime.of(2026, 12, 9, 2, 0, 3));
                assertEquals(1, runBoth(node1, node2, "notice/close"), "and again the next day");
                assertEquals(2, runs.get());

                var schedule = node1.jobs().get(0);
                assertEquals(LocalTime.of(2, 0), schedule.dailyAt());
                assertEquals(LocalDateTime.of(2026, 12, 10, 2, 0).atZone(BEIJING).toInstant(), schedule.nextRun());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRunMissedWhileEveryNodeWasDownHappensAtTheNextStartOnce(TestDatabase test) throws Exception {
        try (test; Database database = open(test)) {
            SettableClock clock = clock(LocalDateTime.of(2026, 12, 7, 1, 0));
            AtomicInteger runs = new AtomicInteger();
            ScheduledJob job = ScheduledJob.daily("close", LocalTime.of(2, 0), runs::incrementAndGet);
            try (JobScheduler node = node(database, "node-1", clock)) {
                node.register("notice/close", job);
                set(clock, LocalDateTime.of(2026, 12, 7, 2, 0));
                assertTrue(node.runIfDue("notice/close"));
            }
            // down from 7 December 03:00 until 10 December 09:30: three days' runs were missed
            set(clock, LocalDateTime.of(2026, 12, 10, 9, 30));
            try (JobScheduler restarted = node(database, "node-2", clock)) {
                restarted.register("notice/close", job);
                assertTrue(restarted.runIfDue("notice/close"), "the missed run happens at the start");
                assertFalse(restarted.runIfDue("notice/close"), "once, not once per missed day");
                assertEquals(2, runs.get());
                assertEquals(LocalDateTime.of(2026, 12, 11, 2, 0).atZone(BEIJING).toInstant(),
                        restarted.jobs().get(0).nextRun());
            }
            // a start on a day whose run already happened runs nothing before the next day's time
            set(clock, LocalDateTime.of(2026, 12, 10, 18, 0));
            try (JobScheduler again = node(database, "node-3", clock)) {
                again.register("notice/close", job);
                assertFalse(again.runIfDue("notice/close"));
                assertEquals(2, runs.get());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anIntervalJobTurnedDailyOrAnEarlierTimeMovesItsNextRun(TestDatabase test) throws Exception {
        try (test; Database database = open(test)) {
            SettableClock clock = clock(LocalDateTime.of(2026, 12, 7, 10, 0));
            AtomicInteger runs = new AtomicInteger();
            try (JobScheduler node = node(database, "node-1", clock)) {
                node.register("calendar/next-year", Duration.ofDays(3), runs::incrementAndGet);
                assertTrue(node.runIfDue("calendar/next-year"), "an interval job is due at once");
                // next due in three days; the new version of the plugin runs it daily at 06:00
                node.register("calendar/next-year", ScheduledJob.daily("next-year", LocalTime.of(6, 0),
                        runs::incrementAndGet));
                assertEquals(LocalDateTime.of(2026, 12, 8, 6, 0).atZone(BEIJING).toInstant(),
                        node.jobs().get(0).nextRun());
                set(clock, LocalDateTime.of(2026, 12, 8, 6, 0));
                assertTrue(node.runIfDue("calendar/next-year"));
                assertEquals(2, runs.get());
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theNextOccurrenceIsStrictlyAfterAndInTheClocksZone() {
        SettableClock clock = clock(LocalDateTime.of(2026, 12, 7, 2, 0));
        try (JobScheduler node = JobScheduler.manual(null, "n", clock, Duration.ofMinutes(1))) {
            long at0200 = LocalDateTime.of(2026, 12, 7, 2, 0).atZone(BEIJING).toInstant().toEpochMilli();
            assertEquals(at0200, node.nextDaily(LocalTime.of(2, 0), at0200 - 1));
            assertEquals(at0200 + Duration.ofDays(1).toMillis(), node.nextDaily(LocalTime.of(2, 0), at0200));
            // 02:00 in Beijing is 18:00 UTC of the day before: never the server's midnight
            assertEquals(Instant.parse("2026-12-06T18:00:00Z").toEpochMilli(), at0200);
        }
    }
}
