package cn.gov.laoshan.district.benchmarks;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.imports.ImportFormat;
import cn.gov.laoshan.district.api.imports.ImportReport;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.finance.FinancePlugin;
import cn.gov.laoshan.district.finance.domain.Total;
import cn.gov.laoshan.district.finance.domain.Totals;
import cn.gov.laoshan.district.finance.service.Budgets;
import cn.gov.laoshan.district.finance.service.EnterpriseLookup;
import cn.gov.laoshan.district.finance.service.PayoutImport;
import cn.gov.laoshan.district.finance.service.PayoutIntake;
import cn.gov.laoshan.district.finance.service.PayoutRepository;
import cn.gov.laoshan.district.finance.service.PayoutService;
import cn.gov.laoshan.district.finance.service.PayoutWorkflow;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.RecordingTimeline;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * The payout ledger's figure (issue #19): a batch of 150,000 payout requests imported from a CSV file (read and
 * checked by the import kit, written in one transaction), confirmed (the enterprises' signed confirmations recorded
 * for the whole period) and totalled (by policy, batch, department, industry, street and month) — goal ≤ 10 s in all — on a real
 * embedded Derby with the plugin's migration, and on PostgreSQL when {@code DISTRICT_TEST_POSTGRES_*} are set. The
 * sum of the totals is compared with the file's to the fen. Seeded, so runs differ only by the machine.
 *
 * <pre>
 * java -cp ... cn.gov.laoshan.district.benchmarks.PayoutBenchmark [rows=150000] [rounds=3]
 * </pre>
 */
public final class PayoutBenchmark {

    private PayoutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 150_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.printf("%d cores, Java %s, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Random random = new Random(19);
        StringBuilder csv = new StringBuilder(String.join(",", PayoutImport.HEADERS)).append('\n');
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < rows; i++) {
            Yuan amount = Yuan.ofFen(1 + random.nextInt(50_000_000));
            expected = expected.add(amount.amount());
            csv.append("LS-2026-").append(String.format("%03d", i % 20)).append(",2026,")
                    .append(Uscc.withCheck(String.format("9137%013d", i)).value()).append(",企业").append(i).append(',')
                    .append(amount.amount().toPlainString()).append(",中国农业银行青岛崂山支行,企业").append(i).append(',')
                    .append(String.format("62284800%011d", i)).append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        System.out.printf("file: %,d rows, %.1f MB of CSV, total %s%n", rows, file.length / 1e6,
                Yuan.of(expected).format());
        // a fresh database each round: the schema's close drops its database (PostgreSQL's is gone after a round)
        for (int r = 0; r < rounds; r++) {
            try (TestDatabase derby = TestDatabase.derby()) {
                round(derby, file, rows, expected);
            }
        }
        if (System.getenv("DISTRICT_TEST_POSTGRES_URL") != null) {
            for (int r = 0; r < rounds; r++) {
                try (TestDatabase postgresql = TestDatabase.postgresql()) {
                    round(postgresql, file, rows, expected);
                }
            }
        }
    }

    private static void round(TestDatabase database, byte[] file, int rows, BigDecimal expected) throws Exception {
        try (PluginSchema schema = PluginSchema.migrate(database, PayoutWorkflow.PLUGIN, FinancePlugin.class)) {
            TestAccess access = TestAccess.staff("chenjing", PayoutWorkflow.DEPARTMENT, PayoutWorkflow.READ,
                    PayoutWorkflow.MANAGE).within(PayoutWorkflow.DEPARTMENT);
            Clock clock = Clock.systemUTC();
            PayoutRepository repository = new PayoutRepository(schema.jdbi());
            RecordingAuditLog audit = new RecordingAuditLog();
            PayoutService payouts = new PayoutService(repository, access, new RecordingTimeline(), audit,
                    new RecordEvents(PayoutWorkflow.PLUGIN, () -> null, access, clock), Optional::empty, clock);
            Budgets budgets = new Budgets(repository, access, audit);
            PayoutIntake intake = new PayoutIntake(payouts, repository, access, audit, EnterpriseLookup.NONE, clock);
            for (int p = 0; p < 20; p++) {
                budgets.setBudget(String.format("LS-2026-%03d", p), "政策" + p, 2026, null, Yuan.parse("9000000000"), 5);
            }
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ImportReport report = intake.importFile(new ByteArrayInputStream(file), ImportFormat.CSV, null);
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            if (report.rowsImported() != rows) {
                throw new IllegalStateException("import refused: " + report.problems().subList(0,
                        Math.min(5, report.problems().size())));
            }
            int confirmed = 0;
            for (int p = 0; p < 20; p++) {
                confirmed += payouts.confirmOnPaper(String.format("LS-2026-%03d", p), "2026");
            }
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            Totals totals = payouts.totals(2026);
            List<Total> byPolicy = totals.by(Total.By.POLICY);
            int groups = totals.groupings().values().stream().mapToInt(List::size).sum();
            long t3 = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime() - c0;
            BigDecimal sum = byPolicy.stream().map(t -> t.requested().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (confirmed != rows || sum.compareTo(expected) != 0) {
                throw new IllegalStateException("confirmed " + confirmed + ", sum " + sum + " expected " + expected);
            }
            // the thread's CPU time per step: on a shared machine the figure least disturbed by the others' load
            System.out.printf("%s: import %,d ms, confirm %,d ms, totals (6 groupings, %d groups) %,d ms — total %,d "
                            + "ms; CPU time of the thread %,d ms (import %,d, confirm %,d, totals %,d); load average "
                            + "now %.1f (sum equal to the fen: %s)%n", database,
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, groups, (t3 - t2) / 1_000_000,
                    (t3 - t0) / 1_000_000, cpu / 1_000_000, (c1 - c0) / 1_000_000, (c2 - c1) / 1_000_000,
                    (c0 + cpu - c2) / 1_000_000,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Yuan.of(sum).format());
        }
    }
}
