package cn.gov.laoshan.district.loadtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server process seen from outside, on Linux: CPU time from {@code /proc/<pid>/stat}, RSS from
 * {@code /proc/<pid>/status}, and the live heap after a full GC through {@code jcmd} (GC.run, then GC.heap_info) —
 * the JDK's own tool, so the server needs no agent or JMX port for a load run.
 */
final class ServerProbe {

    /** Linux's clock ticks per second for /proc CPU times (USER_HZ; 100 on every common kernel). */
    private static final double TICKS = 100.0;
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final long pid;

    ServerProbe(long pid) {
        this.pid = pid;
    }

    /** CPU seconds used so far (user + system). */
    record CpuSample(double seconds) {
        double minus(CpuSample before) {
            return seconds - before.seconds;
        }
    }

    CpuSample cpu() throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        // fields after the command's closing parenthesis; utime and stime are fields 14 and 15 of the line
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new CpuSample((Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS);
    }

    long rssKiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IOException("no VmRSS for process " + pid);
    }

    /** Bytes of heap in use right after a full collection. */
    long liveHeapAfterGc() throws IOException {
        jcmd("GC.run");
        return heapUsed(jcmd("GC.heap_info"));
    }

    /** The heap in use in {@code GC.heap_info}'s answer (G1: "garbage-first heap total …K, used …K"). */
    static long heapUsed(String heapInfo) {
        Matcher m = USED.matcher(heapInfo);
        if (!m.find()) {
            throw new IllegalArgumentException("no heap use in: " + heapInfo);
        }
        return Long.parseLong(m.group(1)) * 1024;
    }

    private String jcmd(String command) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(List.of(Files.exists(java) ? java.toString() : "jcmd", String.valueOf(pid),
                command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IOException("jcmd " + command + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return out;
    }
}
