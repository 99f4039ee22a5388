package cn.gov.laoshan.district.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.audit.AuditModule;
import cn.gov.laoshan.district.audit.domain.Verification;
import cn.gov.laoshan.district.audit.service.AuditService;
import cn.gov.laoshan.district.audit.service.AuditStore;
import cn.gov.laoshan.district.audit.service.CallerContext;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.db.DatabaseSettings;

/**
 * How long one audit append takes: single records through {@code AuditLog.record} (one transaction each, with the
 * chain-head lock), first from one thread, then from several; then the verification of everything written.
 *
 * <pre>
 * java -cp ... cn.gov.laoshan.district.benchmarks.AuditAppendBenchmark [records=2000] [threads=4] [jdbc-url user password]
 * </pre>
 * Without a JDBC URL it uses a fresh embedded Derby in a temporary directory (deleted afterwards).
 */
public final class AuditAppendBenchmark {

    private AuditAppendBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path dir = null;
        DatabaseSettings settings;
        if (args.length > 2) {
            settings = new DatabaseSettings(args[2], args.length > 3 ? args[3] : null, args.length > 4 ? args[4] : null,
                    null, 10);
        } else {
            dir = Files.createTempDirectory("district-audit-bench");
            System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
            settings = DatabaseSettings.embeddedDerby(dir);
        }
        try (Database database = Database.open(settings)) {
            AuditModule.migrate(database);
            AuditService audit = new AuditService(new AuditStore(database.dataSource(Database.PLATFORM_SCHEMA)),
                    new CallerContext(Optional::<AccessControl>empty), Clock.systemUTC());
            String before = "{\"status\":\"已登记\",\"type\":\"劳动争议\",\"applicant\":\"王**\"}";
            String after = "{\"status\":\"已受理\",\"type\":\"劳动争议\",\"applicant\":\"王**\",\"group\":\"劳动争议调解组\"}";

            // warm-up: JIT, statement caches, pool
            for (int i = 0; i < 300; i++) {
                audit.record("bench", "warm.up", "MediationCase", "w" + i, before, after);
            }

            long[] single = new long[records];
            long begin = System.nanoTime();
            for (int i = 0; i < records; i++) {
                long t0 = System.nanoTime();
                audit.record("mediation", "case.accept", "MediationCase", "崂调〔2026〕" + i + "号", before, after);
                single[i] = System.nanoTime() - t0;
            }
            long singleWall = System.nanoTime() - begin;
            report(database.kind() + ", 1 thread", single, singleWall);

            long[] concurrent = new long[records];
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> done = new ArrayList<>();
            int each = records / threads;
            begin = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int offset = t * each;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        long t0 = System.nanoTime();
                        audit.record("mediation", "case.accept", "MediationCase", "c" + (offset + i), before, after);
                        concurrent[offset + i] = System.nanoTime() - t0;
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            long concurrentWall = System.nanoTime() - begin;
            pool.shutdown();
            report(database.kind() + ", " + threads + " threads", Arrays.copyOf(concurrent, each * threads),
                    concurrentWall);

            Verification verification = new AuditStore(database.dataSource(Database.PLATFORM_SCHEMA)).verify();
            System.out.printf("verify: %s, %,d records in %,d ms%n", verification.ok() ? "OK" : verification.detail(),
                    verification.checked(), verification.took().toMillis());
        } finally {
            if (dir != null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }

    private static void report(String what, long[] nanos, long wallNanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        System.out.printf("append (%s): n=%,d  mean %.2f ms  median %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms  "
                + "throughput %,.0f/s%n", what, sorted.length, mean, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6, sorted.length / (wallNanos / 1e9));
    }
}
