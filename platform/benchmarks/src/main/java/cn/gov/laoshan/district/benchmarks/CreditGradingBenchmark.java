package cn.gov.laoshan.district.benchmarks;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.enterprise.facts.FactColumn;
import cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.db.DatabaseSettings;
import cn.gov.laoshan.district.core.db.MigrationFiles;
import cn.gov.laoshan.district.market.MarketPlugin;
import cn.gov.laoshan.district.market.credit.domain.GradingRun;
import cn.gov.laoshan.district.market.credit.service.CreditGrading;
import cn.gov.laoshan.district.market.credit.service.CreditSignalSource;
import cn.gov.laoshan.district.market.inspection.domain.Draw;
import cn.gov.laoshan.district.market.inspection.domain.DrawRequest;
import cn.gov.laoshan.district.market.inspection.service.InspectionService;
import cn.gov.laoshan.district.testdoubles.TestAccess;

/**
 * The market plugin's monthly credit-risk grading over a registry of 1,000,000 enterprises (issue #21): one snapshot
 * (street, industry, status, two credit marks), a source of signals for one enterprise in ten, on a fresh embedded Derby
 * with the plugin's real migrations; then a random inspection draw over the whole graded population and its
 * verification (drawn again from the seed and the recorded input).
 *
 * <pre>
 * java -cp ... cn.gov.laoshan.district.benchmarks.CreditGradingBenchmark [enterprises=1000000]
 * </pre>
 */
public final class CreditGradingBenchmark {

    private CreditGradingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        System.out.printf("%d cores, Java %s, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path dir = Files.createTempDirectory("district-credit-bench");
        System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        String[] codes = new String[count];
        for (int i = 0; i < count; i++) {
            codes[i] = Uscc.withCheck(String.format("91370212MA%07d", i)).toString();
        }
        java.util.Arrays.sort(codes);
        String[] streets = {"中韩街道", "沙子口街道", "王哥庄街道", "北宅街道", "金家岭街道"};
        String[] industries = {"I6510", "F5221", "C1469", "L7212", "H6241", "M7512"};
        Random random = new Random(21);
        Map<String, List<CreditSignalSource.CreditSignal>> signals = new HashMap<>();
        String[] kinds = {"licence.expired", "violation", "licence.revoked", "inspection.failed", "inspection.passed"};
        LocalDate today = LocalDate.of(2026, 12, 7);
        for (int i = 0; i < count / 10; i++) {
            List<CreditSignalSource.CreditSignal> own = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                own.add(new CreditSignalSource.CreditSignal(kinds[random.nextInt(kinds.length)],
                        today.minusDays(random.nextInt(600)), "bench"));
            }
            signals.put(codes[random.nextInt(count)], own);
        }
        FactSnapshot snapshot = new FactSnapshot() {
            public long version() {
                return 1;
            }

            public Instant takenAt() {
                return Instant.now();
            }

            public String[] usccs() {
                return codes;
            }

            public int size() {
                return codes.length;
            }

            public List<FactColumn> columns() {
                return List.of();
            }

            public long[] numbers(FactColumn column) {
                throw new UnsupportedOperationException();
            }

            public String[] texts(FactColumn column) {
                String[] values = new String[count];
                for (int i = 0; i < count; i++) {
                    values[i] = column instanceof FactColumn.Street ? streets[i % streets.length]
                            : column instanceof FactColumn.IndustryCode ? industries[i % industries.length] : "EXISTING";
                }
                return values;
            }

            public BitSet flags(FactColumn column) {
                BitSet set = new BitSet(count);
                for (int i = 0; i < count; i += 997) {
                    set.set(i);
                }
                return set;
            }
        };
        EnterpriseFactsService facts = (EnterpriseFactsService) Proxy.newProxyInstance(
                CreditGradingBenchmark.class.getClassLoader(), new Class<?>[] {EnterpriseFactsService.class},
                (proxy, method, a) -> snapshot);
        EnterpriseRegistry registry = (EnterpriseRegistry) Proxy.newProxyInstance(
                CreditGradingBenchmark.class.getClassLoader(), new Class<?>[] {EnterpriseRegistry.class},
                (proxy, method, a) -> Optional.empty());
        TestAccess system = new TestAccess();
        Clock clock = Clock.fixed(today.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai"));
        try (Database database = Database.open(DatabaseSettings.embeddedDerby(dir))) {
            java.net.URL classes = MarketPlugin.class.getProtectionDomain().getCodeSource().getLocation();
            try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {classes}, null)) {
                database.migrate("market", "flyway_schema_history", MigrationFiles.ofPlugin(loader, database.kind()));
            }
            var jdbi = database.jdbi("market");
            CreditGrading credit = new CreditGrading(jdbi, system, () -> Optional.of(facts),
                    () -> List.of((from, to) -> signals), Optional::empty,
                    new RecordEvents("market/credit", () -> null, system, clock), clock);
            InspectionService inspections = new InspectionService(jdbi, system, registry, Optional::empty,
                    new RecordEvents("market/inspection", () -> null, system, clock), clock);
            system.asSystem(() -> {
                credit.seedDefaults();
                inspections.seedDefaults();
                for (int i = 0; i < 40; i++) {
                    inspections.addInspector("bench" + i, "检查员" + i);
                }
                for (int run = 1; run <= 2; run++) {
                    long s = System.nanoTime();
                    GradingRun graded = credit.run();
                    System.out.printf("grading %d of %,d enterprises (%,d with signals): %.1f s — A %,d, B %,d, C %,d,"
                            + " D %,d%n", run, graded.enterprises(), signals.size(), (System.nanoTime() - s) / 1e9,
                            graded.gradeA(), graded.gradeB(), graded.gradeC(), graded.gradeD());
                }
                Map<CreditGrade, Integer> percents = new EnumMap<>(CreditGrade.class);
                percents.put(CreditGrade.A, 1);
                percents.put(CreditGrade.B, 5);
                percents.put(CreditGrade.C, 21);
                percents.put(CreditGrade.D, 61);
                long s = System.nanoTime();
                Draw draw = inspections.draw(new DrawRequest("bench", null, null, null, percents, 2));
                System.out.printf("draw over %,d candidates: %,d targets in %.1f s%n", draw.population(), draw.drawn(),
                        (System.nanoTime() - s) / 1e9);
                s = System.nanoTime();
                boolean verified = inspections.verify(draw.id()).verified();
                System.out.printf("verify: %s in %.1f s%n", verified, (System.nanoTime() - s) / 1e9);
                s = System.nanoTime();
                Draw street = inspections.draw(new DrawRequest("bench street", "I65", "中韩街道", null, percents, 2));
                System.out.printf("draw over %,d candidates (industry I65, one street): %,d targets in %.1f s%n",
                        street.population(), street.drawn(), (System.nanoTime() - s) / 1e9);
                return null;
            });
        }
    }
}
