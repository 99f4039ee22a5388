package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.console.system.SystemFacts;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.jobs.JobSchedule;
import cn.gov.laoshan.district.notify.NotifyModule;
import cn.gov.laoshan.district.notify.scheduler.JobLeases;
import cn.gov.laoshan.district.notify.scheduler.JobScheduler;
import cn.gov.laoshan.district.testkit.TestDatabase;
import cn.gov.laoshan.district.testkit.TestPlatform;

/** The job schedule of the notify module's scheduler, on the system screen's service and in {@code /health}. */
class JobScheduleIT {

    private static JsonNode reminders(TestPlatform platform) {
        for (JsonNode job : platform.health().path("system").path("jobs")) {
            if (job.path("id").asText().equals("notify/reminders")) {
                return job;
            }
        }
        return null;
    }

    @Test
    void theScheduleShowsEachJobsLastAndNextRunAndItsNode() throws Exception {
        try (TestPlatform platform = TestPlatform.start()) {
            TestPlatform.await(() -> {
                JsonNode job = reminders(platform);
                return job != null && job.path("result").asText().equals("ok");
            }, Duration.ofSeconds(20), "the reminder job's first run in /health");
            JsonNode job = reminders(platform);
            JsonNode system = platform.health().path("system");
            assertEquals("notify", job.path("plugin").asText());
            assertEquals("reminders", job.path("name").asText());
            assertEquals(30.0, job.path("intervalSeconds").asDouble());
            assertTrue(job.path("runs").asLong() >= 1, job.toString());
            assertEquals(system.path("jobsNode").asText(), job.path("lastNode").asText());
            Instant last = Instant.parse(job.path("lastStarted").asText());
            Instant next = Instant.parse(job.path("nextRun").asText());
            assertTrue(next.isAfter(last), job.toString());
            assertTrue(job.path("leaseHolder").isNull(), "not running now: " + job);
            assertTrue(job.path("dailyAt").isNull(), "an interval job");
            JsonNode close = null;
            for (JsonNode j : platform.health().path("system").path("jobs")) {
                if (j.path("id").asText().equals("notice/close")) {
                    close = j;
                }
            }
            assertTrue(close != null, "the public notices' daily job is scheduled");
            assertEquals("00:10", close.path("dailyAt").asText());
            // its next run is the next 00:10 in Beijing, whatever the server's zone
            java.time.ZonedDateTime nextClose = Instant.parse(close.path("nextRun").asText())
                    .atZone(java.time.ZoneId.of("Asia/Shanghai"));
            assertEquals(java.time.LocalTime.of(0, 10), nextClose.toLocalTime(), close.toString());
            assertTrue(nextClose.toInstant().isAfter(Instant.now())
                    && nextClose.toInstant().isBefore(Instant.now().plus(Duration.ofDays(1))), close.toString());

            SystemFacts facts = platform.runtime().service(SystemFacts.class).orElseThrow();
            AccessControl access = platform.runtime().service(AccessControl.class).orElseThrow();
            List<JobSchedule.Job> jobs = access.asSystem(facts::readJobs);
            JobSchedule.Job reminders = jobs.stream().filter(j -> j.id().equals("notify/reminders")).findFirst()
                    .orElseThrow();
            assertEquals(Duration.ofSeconds(30), reminders.interval());
            assertNotNull(reminders.lastFinished());
            // "not never" also held for a run that failed: the last run must have succeeded ("running" when the
            // next 30 s run has begun; a failure leaves its lastError until a run succeeds)
            assertNull(reminders.lastError(), "the reminder job's last run failed: " + reminders);
            assertTrue(List.of("ok", "running").contains(reminders.result()), reminders.toString());
        }
    }

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    /** The schedule's one query on Derby and PostgreSQL: a job that ran, one that failed, one never run. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theScheduleIsReadOnEveryDatabase(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            database.migrateFromClassPath("platform", "migrations_notify", NotifyModule.class.getClassLoader(),
                    "cn/gov/laoshan/district/notify/db");
            JobLeases leases = new JobLeases(database.jdbi("platform"));
            java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(2);
            try (JobScheduler scheduler = new JobScheduler(leases, "node-a", java.time.Clock.systemUTC(), r -> r,
                    Duration.ofSeconds(5))) {
                scheduler.register("mediation/deadlines", Duration.ofMinutes(10), ran::countDown);
                scheduler.register("market/licences", Duration.ofHours(1), () -> {
                    ran.countDown();
                    throw new IllegalStateException("registry unreachable");
                });
                assertTrue(ran.await(20, java.util.concurrent.TimeUnit.SECONDS));
                TestPlatform.await(() -> scheduler.jobs().stream().allMatch(j -> j.lastFinished() != null),
                        Duration.ofSeconds(20), "both runs recorded");
                scheduler.register("policy/match", Duration.ofDays(1), () -> { });
                scheduler.unregister("policy/match");
                List<JobSchedule.Job> jobs = scheduler.jobs();
                assertEquals(List.of("market/licences", "mediation/deadlines"), jobs.stream().map(JobSchedule.Job::id).toList());
                JobSchedule.Job failed = jobs.get(0);
                assertEquals("market", failed.plugin());
                assertEquals("licences", failed.name());
                assertEquals("failed", failed.result());
                assertTrue(failed.lastError().contains("registry unreachable"), failed.lastError());
                assertEquals("node-a", failed.lastNode());
                assertEquals(Duration.ofHours(1), failed.interval());
                JobSchedule.Job ok = jobs.get(1);
                assertEquals("ok", ok.result());
                assertEquals(1, ok.runs());
                assertTrue(ok.nextRun().isAfter(ok.lastFinished().plus(Duration.ofMinutes(9))), ok.toString());
                assertEquals(null, ok.leaseHolder());
            }
        }
    }
}
