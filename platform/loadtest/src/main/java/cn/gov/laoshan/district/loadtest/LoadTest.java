package cn.gov.laoshan.district.loadtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Runs {@link StaffJourneys} against a running platform and prints, beside Gatling's own summary, the figures the
 * performance notes need: per step the request count, errors and the 50th/95th/99th percentile (from Gatling's
 * report), errors by kind, throughput, and the server's side — CPU used over the run (of its cores), its RSS, and the
 * live heap per signed-in UI (heap after a full GC right after the run, while every user's UI is still held, less the
 * heap after a full GC before the run, divided by the users).
 *
 * <pre>
 * java -cp … cn.gov.laoshan.district.loadtest.LoadTest home=/path/to/home users=100 ramp=60 duration=120 \
 *     [think=1000-3000] [storm=300 [stormSeconds=60]] [abandon=2000 [abandonWait=480]] [url=http://127.0.0.1:8080] [results=target/gatling]
 * </pre>
 * The home gives the server's pid ({@code district.pid}), its port ({@code district.port}) and the accounts.
 */
public final class LoadTest {

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        Path home = Path.of(options.getOrDefault("home", "distribution/target/district/home"));
        long pid = Long.parseLong(Files.readString(home.resolve("district.pid")).strip());
        String port = Files.exists(home.resolve("district.port")) ? Files.readString(home.resolve("district.port"))
                .strip() : "8080";
        System.setProperty("load.baseUrl", options.getOrDefault("url", "http://127.0.0.1:" + port));
        System.setProperty("load.users", options.getOrDefault("users", "10"));
        System.setProperty("load.rampSeconds", options.getOrDefault("ramp", "10"));
        System.setProperty("load.durationSeconds", options.getOrDefault("duration", "60"));
        String[] think = options.getOrDefault("think", "1000-3000").split("-");
        System.setProperty("load.thinkMinMillis", think[0]);
        System.setProperty("load.thinkMaxMillis", think.length > 1 ? think[1] : think[0]);
        System.setProperty("load.accounts", home.resolve("conf/demo-accounts.txt").toString());
        System.setProperty("load.storm", options.getOrDefault("storm", "0"));
        System.setProperty("load.stormSeconds", options.getOrDefault("stormSeconds", "60"));
        System.setProperty("load.abandon", options.getOrDefault("abandon", "0"));
        long reclaimWait = Long.parseLong(options.getOrDefault("abandonWait", "480"));
        LoadSettings settings = LoadSettings.fromSystemProperties();
        Path results = Path.of(options.getOrDefault("results", "target/gatling")).toAbsolutePath();

        ServerProbe server = new ServerProbe(pid);
        long heapBefore = server.liveHeapAfterGc();
        ServerProbe.CpuSample cpuBefore = server.cpu();
        // RSS sampled through the run (cheap); the heap is measured after it, not during: a full GC mid-run
        // would stop the server for a moment and show in the latencies. Right after the run every user's UI is
        // still held (no one signed out; Vaadin closes a UI only after three missed heartbeats, minutes later).
        long[] rssPeak = {server.rssKiB()};
        Thread sampler = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    rssPeak[0] = Math.max(rssPeak[0], server.rssKiB());
                    Thread.sleep(1000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                System.err.println("loadtest: cannot sample the server: " + e.getMessage());
            }
        }, "server-sampler");
        sampler.setDaemon(true);
        sampler.start();
        Instant start = Instant.now();
        int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {"--simulation",
                StaffJourneys.class.getName(), "--results-folder", results.toString(), "--run-description",
                settings.users() + " users"});
        Duration took = Duration.between(start, Instant.now());
        ServerProbe.CpuSample cpuAfter = server.cpu();
        sampler.interrupt();

        System.out.println();
        System.out.println("==== District Platform load test: " + settings.users() + " users, ramp " + settings.ramp()
                .toSeconds() + " s, steady " + settings.duration().toSeconds() + " s, think " + think[0] + "-"
                + (think.length > 1 ? think[1] : think[0]) + " ms" + (settings.storm() == 0 ? "" : ", sign-in storm: "
                + settings.storm() + " users within " + settings.stormDuration().toSeconds() + " s after the ramp"));
        latestStats(results).ifPresentOrElse(LoadTest::printSteps,
                () -> System.out.println("(no Gatling report found under " + results + ")"));
        System.out.printf("server CPU over the run: %.2f cores (%.1f s CPU in %.1f s)%n",
                cpuAfter.minus(cpuBefore) / (double) took.toMillis() * 1000, cpuAfter.minus(cpuBefore),
                took.toMillis() / 1000.0);
        long heapAfter = server.liveHeapAfterGc();
        int held = settings.abandon() > 0 ? settings.abandon() : settings.users() + settings.storm();
        System.out.printf("server RSS: at most %d MiB during the run, %d MiB after it%n", rssPeak[0] / 1024,
                server.rssKiB() / 1024);
        System.out.printf("live heap after a full GC: %d MiB before the run, %d MiB after it with %d UIs held → %d KiB"
                + " per signed-in UI%n", heapBefore / (1024 * 1024), heapAfter / (1024 * 1024), held,
                (heapAfter - heapBefore) / 1024 / held);
        if (settings.abandon() > 0) {
            // what the session time-out gives back: the heap after a full GC each minute until abandonWait has passed
            // (the test home's idle times: session.idle-minutes for the signed-in half, the shell's 6.5 minutes for
            // sign-in pages; Jetty looks for expired sessions every minute)
            long waited = 0;
            while (waited < reclaimWait) {
                long step = Math.min(60, reclaimWait - waited);
                Thread.sleep(step * 1000);
                waited += step;
                System.out.printf("live heap after a full GC %d s after the last abandoned session: %d MiB%n", waited,
                        server.liveHeapAfterGc() / (1024 * 1024));
            }
        }
        System.exit(status);
    }

    /**
     * The newest report's per-request statistics: Gatling writes them as a JavaScript object literal
     * ({@code js/stats.js}, {@code var stats = {…}}, unquoted names), read here leniently as JSON.
     */
    static Optional<JsonNode> latestStats(Path results) throws IOException {
        if (!Files.isDirectory(results)) {
            return Optional.empty();
        }
        try (Stream<Path> runs = Files.list(results)) {
            Optional<Path> newest = runs.filter(p -> Files.exists(p.resolve("js/stats.js")))
                    .max(Comparator.comparing(p -> p.toFile().lastModified()));
            if (newest.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(readStats(Files.readString(newest.get().resolve("js/stats.js"),
                    StandardCharsets.UTF_8)));
        }
    }

    static JsonNode readStats(String script) throws IOException {
        int start = script.indexOf('{');
        if (start < 0) {
            throw new IOException("no statistics in the report");
        }
        ObjectMapper lenient = JsonMapper.builder().enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES).build();
        try (JsonParser parser = lenient.getFactory().createParser(script.substring(start))) {
            return lenient.readTree(parser);
        }
    }

    /**
     * One line per step: requests, errors, p50/p95/p99 in ms, and the whole run's throughput. A group (a sign-in storm's
     * phases: {@code navigation}, {@code navigation during storm}, {@code sign-in storm}) has a line of its own — all
     * its requests together — before its steps, which are indented.
     */
    static void printSteps(JsonNode stats) {
        System.out.printf("%-32s %8s %7s %7s %7s %7s%n", "step", "requests", "errors", "p50", "p95", "p99");
        printContents(stats.path("contents"), "");
        JsonNode all = stats.path("stats");
        System.out.printf("%-32s %8d %7d %7d %7d %7d%n", "all", all.path("numberOfRequests").path("total").asLong(),
                all.path("numberOfRequests").path("ko").asLong(), all.path("percentiles1").path("total").asLong(),
                all.path("percentiles3").path("total").asLong(), all.path("percentiles4").path("total").asLong());
        System.out.printf("throughput: %.1f requests/s%n", all.path("meanNumberOfRequestsPerSecond").path("total")
                .asDouble());
    }

    private static void printContents(JsonNode contents, String indent) {
        Iterator<JsonNode> entries = contents.elements();
        while (entries.hasNext()) {
            JsonNode entry = entries.next();
            JsonNode s = entry.path("stats");
            String name = ("GROUP".equals(entry.path("type").asText()) ? "[" + s.path("name").asText() + "]"
                    : s.path("name").asText());
            System.out.printf("%-32s %8d %7d %7d %7d %7d%n", indent + name,
                    s.path("numberOfRequests").path("total").asLong(), s.path("numberOfRequests").path("ko").asLong(),
                    s.path("percentiles1").path("total").asLong(), s.path("percentiles3").path("total").asLong(),
                    s.path("percentiles4").path("total").asLong());
            if (entry.has("contents")) {
                printContents(entry.path("contents"), indent + "  ");
            }
        }
    }
}
