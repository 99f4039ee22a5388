package cn.gov.laoshan.district.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One start's timeline as the platform logs it ({@code start-up: <phase> +<ms since the JVM started> ms (<own ms>)
 * [thread]}, docs/runtime.md), read from {@code logs/district.log}: the phases of its last start, in the order they
 * ended, and the number of migration runs that needed Flyway.
 *
 * @param phases phase → {when it ended (ms since the JVM started), its own duration or -1 for a milestone}
 * @param thread phase → the thread it ran on
 */
record StartupLog(Map<String, long[]> phases, Map<String, String> thread, String flywayRuns) {

    private static final Pattern PHASE = Pattern.compile(
            "start-up: (.+?) \\+(\\d+) ms(?: \\((\\d+) ms\\))? \\[([^\\]]+)\\]\\s*$");
    private static final Pattern FLYWAY = Pattern.compile("(\\d+) migration run\\(s\\) needed Flyway");
    private static final String FIRST = "start-up: JVM started, main entered";
    private static final String LAST = "start-up timeline";

    /** The last start's phases; waits up to {@code wait} for its summary line (UP is answered just before it). */
    static StartupLog lastStart(Path log, Duration wait) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        List<String> lines;
        while (true) {
            lines = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
            if (lastIndex(lines, LAST) > lastIndex(lines, FIRST) || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(50);
        }
        Map<String, long[]> phases = new LinkedHashMap<>();
        Map<String, String> threads = new LinkedHashMap<>();
        String flyway = "?";
        for (String line : lines.subList(Math.max(0, lastIndex(lines, FIRST)), lines.size())) {
            Matcher phase = PHASE.matcher(line);
            if (phase.find()) {
                String name = phase.group(1).replaceAll(" on port \\d+", "");
                phases.put(name, new long[] {Long.parseLong(phase.group(2)),
                        phase.group(3) == null ? -1 : Long.parseLong(phase.group(3))});
                threads.put(name, phase.group(4));
            }
            Matcher runs = FLYWAY.matcher(line);
            if (runs.find()) {
                flyway = runs.group(1);
            }
        }
        return new StartupLog(phases, threads, flyway);
    }

    private static int lastIndex(List<String> lines, String text) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** The phases, one a line: ended at, own duration, thread. */
    void print(PrintStream out) {
        out.printf("  %-62s %8s %8s  %s%n", "phase (platform's log)", "at ms", "own ms", "thread");
        phases.forEach((name, at) -> out.printf("  %-62s %8d %8s  %s%n", abbreviate(name), at[0],
                at[1] < 0 ? "" : Long.toString(at[1]), thread.get(name)));
        out.printf("  migration runs that needed Flyway: %s%n", flywayRuns);
    }

    /** Per phase, the median of when it ended and of its own duration over these starts. */
    static void medians(String kind, List<StartupLog> starts, PrintStream out) {
        if (starts.isEmpty()) {
            return;
        }
        Map<String, List<long[]>> byPhase = new LinkedHashMap<>();
        for (StartupLog start : starts) {
            start.phases.forEach((name, at) -> byPhase.computeIfAbsent(name, n -> new ArrayList<>()).add(at));
        }
        out.printf("%s: start-up timeline, median of %d start(s)%n", kind, starts.size());
        out.printf("  %-62s %8s %8s%n", "phase", "at ms", "own ms");
        byPhase.forEach((name, values) -> {
            List<Long> at = new ArrayList<>();
            List<Long> own = new ArrayList<>();
            for (long[] v : values) {
                at.add(v[0]);
                if (v[1] >= 0) {
                    own.add(v[1]);
                }
            }
            out.printf("  %-62s %8d %8s%n", abbreviate(name), median(at), own.isEmpty() ? "" : median(own));
        });
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String abbreviate(String name) {
        return name.length() <= 62 ? name : name.substring(0, 59) + "...";
    }
}
