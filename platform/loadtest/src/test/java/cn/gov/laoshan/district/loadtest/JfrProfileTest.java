package cn.gov.laoshan.district.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jdk.jfr.Recording;

class JfrProfileTest {

    @Test
    void threadsAreGroupedHttpJobsAndTheRestByName() {
        assertEquals(JfrProfile.HTTP, JfrProfile.group("district-http-17"));
        assertEquals(JfrProfile.JOB, JfrProfile.group("district-job-2"));
        assertEquals("C2 CompilerThread", JfrProfile.group("C2 CompilerThread1"));
        assertEquals("district-push-closer", JfrProfile.group("district-push-closer"));
        assertEquals("com.vaadin.flow", JfrProfile.library("com.vaadin.flow.internal.StateTree.collectChanges"));
        assertEquals("java.util", JfrProfile.library("java.util.HashMap.get"));
    }

    @Test
    void ourNearestFrameTakesTheLibraryWorkBelowIt() {
        List<JfrProfile.Sample> samples = List.of(
                new JfrProfile.Sample("http", List.of("org.apache.derby.impl.Foo.run", "org.jdbi.v3.Handle.select",
                        "cn.gov.laoshan.district.a.Repo.list", "cn.gov.laoshan.district.a.View.<init>"), 1),
                new JfrProfile.Sample("http", List.of("cn.gov.laoshan.district.a.Repo.list",
                        "cn.gov.laoshan.district.a.View.<init>"), 1),
                new JfrProfile.Sample("http", List.of("com.vaadin.flow.Ui.write"), 1));
        Map<String, Long> nearest = JfrProfile.nearestOurs(samples);
        assertEquals(2L, nearest.get("cn.gov.laoshan.district.a.Repo.list"));
        assertEquals(1L, nearest.get("(none of our code)"));
        assertEquals(2L, JfrProfile.total(samples, f -> f.startsWith(JfrProfile.OURS)).get(
                "cn.gov.laoshan.district.a.View.<init>"));
        assertEquals(1L, JfrProfile.kinds(samples).get("Derby"));
        assertEquals(1L, JfrProfile.kinds(samples).get("JDBC (a Jdbi handle, HikariCP or a driver below)"));
        assertTrue(JfrProfile.callers(samples, "Handle.select", 2).keySet().iterator().next()
                .contains("cn.gov.laoshan.district.a.Repo.list"));
    }

    /** A real recording of this JVM: the busy work of an "HTTP" thread is found, named and told apart from a job's. */
    @Test
    void aRecordingOfBusyThreadsShowsWhereTheirCpuWent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("busy.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.enable("jdk.ObjectAllocationSample").with("throttle", "1000/s");
            recording.start();
            Thread http = new Thread(() -> Busy.spinAndAllocate(1200), "district-http-3");
            Thread job = new Thread(() -> Busy.spinAndAllocate(300), "district-job-1");
            http.start();
            job.start();
            http.join();
            job.join();
            recording.stop();
            recording.dump(file);
        }
        JfrProfile profile = JfrProfile.read(file);
        Map<String, Long> groups = JfrProfile.byGroup(profile.cpu());
        assertTrue(groups.getOrDefault(JfrProfile.HTTP, 0L) > 20, "HTTP samples: " + groups);
        assertTrue(groups.getOrDefault(JfrProfile.HTTP, 0L) > groups.getOrDefault(JfrProfile.JOB, 0L), groups.toString());
        List<JfrProfile.Sample> http = profile.cpu().stream().filter(s -> JfrProfile.HTTP.equals(s.group())).toList();
        String busy = Busy.class.getName() + ".spinAndAllocate";
        assertTrue(JfrProfile.total(http, f -> true).getOrDefault(busy, 0L) > http.size() / 2,
                "busy method on the HTTP threads' stacks: " + JfrProfile.total(http, f -> true));
        assertTrue(JfrProfile.nearestOurs(http).keySet().stream().limit(2).anyMatch(f -> f.startsWith(
                Busy.class.getName())), JfrProfile.nearestOurs(http).toString());

        ByteArrayOutputStream text = new ByteArrayOutputStream();
        profile.print(new PrintStream(text, true, StandardCharsets.UTF_8), 10, null, 10);
        String report = text.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("HTTP threads (district-http)") && report.contains(busy), report);
        assertTrue(report.contains("==== allocation"), report);
    }

    static final class Busy {
        static volatile long sink;

        /** Busy on the CPU for {@code millis} of its thread's CPU time, allocating as it goes. */
        static void spinAndAllocate(long millis) {
            var bean = java.lang.management.ManagementFactory.getThreadMXBean();
            long until = bean.getCurrentThreadCpuTime() + millis * 1_000_000;
            List<long[]> kept = new ArrayList<>();
            long x = 1;
            while (bean.getCurrentThreadCpuTime() < until) {
                for (int i = 0; i < 100_000; i++) {
                    x = x * 6364136223846793005L + 1442695040888963407L;
                }
                kept.add(new long[64]);
                if (kept.size() > 1000) {
                    kept.clear();
                }
            }
            sink = x + kept.size();
        }
    }
}
