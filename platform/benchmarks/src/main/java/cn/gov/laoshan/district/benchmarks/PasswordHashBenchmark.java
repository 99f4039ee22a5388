package cn.gov.laoshan.district.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import cn.gov.laoshan.district.core.security.PasswordCost;
import cn.gov.laoshan.district.core.security.PasswordHash;

/**
 * What one password check costs: the Argon2id hash the platform makes ({@link PasswordCost#OWASP}) against the
 * 600,000-iteration PBKDF2 it replaced, as wall time and as CPU time of the checking thread (the figure that decides
 * how many sign-ins a core serves while others navigate).
 *
 * <pre>
 * java -cp ... cn.gov.laoshan.district.benchmarks.PasswordHashBenchmark [checks=30]
 * </pre>
 */
public final class PasswordHashBenchmark {

    private PasswordHashBenchmark() {
    }

    public static void main(String[] args) {
        int checks = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        String argon = PasswordHash.hash("Laoshan-2026".toCharArray(), PasswordCost.OWASP);
        String pbkdf2 = PasswordHash.legacyPbkdf2("Laoshan-2026".toCharArray(), 600_000);
        System.out.printf("load average %.2f, %d cores, Java %s%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        measure("argon2id m=19 MiB t=2 p=1", argon, checks);
        measure("pbkdf2-sha256 600,000 iterations", pbkdf2, checks);
    }

    private static void measure(String name, String stored, int checks) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 5; i++) {
            check(stored);
        }
        long[] wall = new long[checks];
        long[] cpu = new long[checks];
        for (int i = 0; i < checks; i++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            check(stored);
            wall[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpu0;
        }
        System.out.printf("%-34s wall median %5.1f ms p95 %5.1f ms | cpu median %5.1f ms%n", name,
                percentile(wall, 50), percentile(wall, 95), percentile(cpu, 50));
    }

    private static void check(String stored) {
        if (!PasswordHash.verify("Laoshan-2026".toCharArray(), stored)) {
            throw new IllegalStateException("the benchmark's own password did not verify");
        }
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
