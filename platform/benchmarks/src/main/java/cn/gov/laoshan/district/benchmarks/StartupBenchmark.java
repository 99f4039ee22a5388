package cn.gov.laoshan.district.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures the distribution as an operator runs it, and prints the figures:
 * <ul>
 * <li>cold start: from launching {@code bin/district start} on a fresh home ({@code --no-demo}) to the sign-in page
 * answering 200, and on to {@code /health} answering UP (everything started: sign-ins no longer wait); each with
 * the machine's load average at that moment;</li>
 * <li>the same on an existing home (started once before, unmeasured; its migrations are applied), when asked;</li>
 * <li>resident memory (VmRSS) of the JVM after start, and after the plugin is deployed;</li>
 * <li>hot deploy: from a plugin jar appearing in {@code deploy/} to its route answering 200, and from its deletion
 * to the route answering 404;</li>
 * <li>where each start's time went: the platform's own start-up timeline from {@code logs/district.log} (each phase:
 * when it ended, ms since the JVM started, and its own duration; its thread), and the median of each phase over
 * the starts of each kind ({@link StartupLog}).</li>
 * </ul>
 * Usage: {@code java -cp platform/benchmarks/target/classes cn.gov.laoshan.district.benchmarks.StartupBenchmark
 * <distribution dir> <plugin jar> <route of the plugin> [cold starts] [deploy rounds] [existing-home starts]}
 * ({@code -Dstartup.port=N}: the port, 18500 unless set)
 */
public final class StartupBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: StartupBenchmark <distribution dir> <plugin jar> <plugin route> [cold starts] [deploy rounds]");
            System.exit(2);
        }
        Path dist = Path.of(args[0]).toAbsolutePath();
        Path plugin = Path.of(args[1]).toAbsolutePath();
        String route = args[2];
        int starts = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        int existingStarts = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        // another port with -Dstartup.port=N, when someone else's benchmark may be using this one
        int port = Integer.getInteger("startup.port", 18500);

        System.out.printf("machine: %d cores, Java %s, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name"));
        List<Long> coldStarts = new ArrayList<>();
        List<Long> coldUp = new ArrayList<>();
        List<Long> rss = new ArrayList<>();
        List<Long> rssWithPlugin = new ArrayList<>();
        List<Long> deploys = new ArrayList<>();
        List<Long> undeploys = new ArrayList<>();
        List<StartupLog> freshTimeline = new ArrayList<>();
        List<StartupLog> existingTimeline = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
            Path home = Files.createTempDirectory("district-bench-home");
            long begin = System.nanoTime();
            Process process = new ProcessBuilder(dist.resolve("bin/district").toString(), "start", "--home",
                    home.toString(), "--port", Integer.toString(port), "--no-demo")
                    .redirectErrorStream(true).redirectOutput(home.resolve("console.out").toFile()).start();
            try {
                waitFor("http://127.0.0.1:" + port + "/login", 200, Duration.ofSeconds(60), process);
                coldStarts.add(elapsedMillis(begin));
                String load = loadAverage();
                waitForUp(port, process);
                coldUp.add(elapsedMillis(begin));
                System.out.printf("fresh home start %d: sign-in page %d ms, UP %d ms (load average %s)%n", i + 1,
                        coldStarts.get(coldStarts.size() - 1), coldUp.get(coldUp.size() - 1), load);
                freshTimeline.add(StartupLog.lastStart(home.resolve("logs/district.log"), Duration.ofSeconds(10)));
                freshTimeline.get(freshTimeline.size() - 1).print(System.out);
                Thread.sleep(2000);
                rss.add(rssKiB(process.pid()));
                if (i == 0) {
                    for (int r = 0; r < rounds; r++) {
                        Path target = home.resolve("deploy").resolve(plugin.getFileName());
                        Path partial = home.resolve(plugin.getFileName() + ".partial");
                        Files.copy(plugin, partial, StandardCopyOption.REPLACE_EXISTING);
                        long drop = System.nanoTime();
                        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                        waitFor("http://127.0.0.1:" + port + route, 200, Duration.ofSeconds(20), process);
                        deploys.add(elapsedMillis(drop));
                        if (r == 0) {
                            Thread.sleep(1000);
                            rssWithPlugin.add(rssKiB(process.pid()));
                        }
                        long delete = System.nanoTime();
                        Files.delete(target);
                        waitFor("http://127.0.0.1:" + port + route, 404, Duration.ofSeconds(20), process);
                        undeploys.add(elapsedMillis(delete));
                    }
                }
            } finally {
                process.destroy();
                process.waitFor();
                deleteTree(home);
            }
        }
        List<Long> existing = new ArrayList<>();
        List<Long> existingUp = new ArrayList<>();
        if (existingStarts > 0) {
            Path home = Files.createTempDirectory("district-bench-existing");
            try {
                for (int i = -1; i < existingStarts; i++) {
                    long begin = System.nanoTime();
                    Process process = new ProcessBuilder(dist.resolve("bin/district").toString(), "start", "--home",
                            home.toString(), "--port", Integer.toString(port), "--no-demo")
                            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                                    home.resolve("console.out").toFile())).start();
                    try {
                        waitFor("http://127.0.0.1:" + port + "/login", 200, Duration.ofSeconds(60), process);
                        long login = elapsedMillis(begin);
                        String load = loadAverage();
                        waitForUp(port, process);
                        long up = elapsedMillis(begin);
                        if (i >= 0) { // the first start makes the home
                            existing.add(login);
                            existingUp.add(up);
                            System.out.printf("existing home start %d: sign-in page %d ms, UP %d ms (load average %s)%n",
                                    i + 1, login, up, load);
                            existingTimeline.add(StartupLog.lastStart(home.resolve("logs/district.log"),
                                    Duration.ofSeconds(10)));
                            existingTimeline.get(existingTimeline.size() - 1).print(System.out);
                        }
                    } finally {
                        process.destroy();
                        process.waitFor();
                    }
                }
            } finally {
                deleteTree(home);
            }
        }
        report("cold start to sign-in page (ms)", coldStarts);
        report("cold start to /health UP (ms)", coldUp);
        report("existing home: to sign-in page (ms)", existing);
        report("existing home: to /health UP (ms)", existingUp);
        report("RSS after start (MiB)", rss.stream().map(k -> k / 1024).toList());
        report("RSS with one plugin deployed (MiB)", rssWithPlugin.stream().map(k -> k / 1024).toList());
        report("deploy-dir drop to route live (ms)", deploys);
        report("deploy-dir delete to route gone (ms)", undeploys);
        StartupLog.medians("fresh home", freshTimeline, System.out);
        StartupLog.medians("existing home", existingTimeline, System.out);
    }

    private static void waitFor(String url, int status, Duration timeout, Process process) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the platform exited with " + process.exitValue());
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == status) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("timed out waiting for " + url + " to answer " + status);
    }

    /** Polls {@code /health} until it says UP (200); a fresh home on a machine loaded by others takes over a minute. */
    private static void waitForUp(int port, Process process) throws Exception {
        waitFor("http://127.0.0.1:" + port + "/health", 200, Duration.ofSeconds(180), process);
    }

    /** The 1-minute load average (Linux), or "?". */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static long rssKiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void report(String what, List<Long> values) {
        if (values.isEmpty()) {
            return;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        long median = sorted.get(sorted.size() / 2);
        long p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
        System.out.printf("%-40s n=%-3d min=%-6d median=%-6d p95=%-6d max=%-6d%n", what, sorted.size(), sorted.get(0),
                median, p95, sorted.get(sorted.size() - 1));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
