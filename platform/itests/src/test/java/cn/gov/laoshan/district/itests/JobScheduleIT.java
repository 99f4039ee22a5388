package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.console.system.SystemFacts;
import cn.gov.laoshan.district.core.jobs.JobSchedule;
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

            SystemFacts facts = platform.runtime().service(SystemFacts.class).orElseThrow();
            AccessControl access = platform.runtime().service(AccessControl.class).orElseThrow();
            List<JobSchedule.Job> jobs = access.asSystem(facts::readJobs);
            JobSchedule.Job reminders = jobs.stream().filter(j -> j.id().equals("notify/reminders")).findFirst()
                    .orElseThrow();
            assertEquals(Duration.ofSeconds(30), reminders.interval());
            assertNotNull(reminders.lastFinished());
            assertFalse(reminders.result().equals("never"));
        }
    }
}
