package cn.gov.laoshan.district.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.FactColumn;
import cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.api.enterprise.facts.Location;
import cn.gov.laoshan.district.api.enterprise.facts.Qualification;
import cn.gov.laoshan.district.api.enterprise.facts.YearlyFigure;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.db.DatabaseSettings;
import cn.gov.laoshan.district.registry.RegistryModule;
import cn.gov.laoshan.district.registry.demo.DemoEnterprises;
import cn.gov.laoshan.district.registry.demo.DemoFacts;
import cn.gov.laoshan.district.registry.facts.JdbiEnterpriseFacts;
import cn.gov.laoshan.district.registry.service.EventPublisher;
import cn.gov.laoshan.district.registry.service.JdbiEnterpriseRegistry;
import cn.gov.laoshan.district.registry.service.RegistryAudit;
import cn.gov.laoshan.district.registry.ui.XlsxTables;

/**
 * The bulk read of enterprise facts (issue 16, item 6): ten columns of a {@link FactSnapshot} for every enterprise.
 * Generates N demo enterprises with their demo facts once (figures of the last demo year, qualifications,
 * locations) and keeps them: a second run on the same directory (Derby) or database (PostgreSQL) starts timing at
 * once. Then times R snapshots of ten columns read from the database (what was kept forgotten before each), the
 * first snapshot after a start (from the kept copy; also with a change since the copy), the start-up read-ahead, R
 * snapshots at an unchanged version, R snapshots each after one change of a fact (caught up), and R imports of 1,001
 * rows (one change of many: read again by the background refresh) each followed by a snapshot, a change and a start
 * within the minute.
 *
 * <pre>
 * java -Xmx3g -cp ... FactSnapshotBenchmark derby /tmp/facts-1m 1000000 5 [profile]
 * java -Xmx3g -cp ... FactSnapshotBenchmark postgresql /tmp/ignored 1000000 5   (DISTRICT_TEST_POSTGRES_*)
 * </pre>
 */
public final class FactSnapshotBenchmark {

    private static final long SEED = 370212L;

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        Path dir = Path.of(args[1]);
        int rows = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        System.setProperty("derby.stream.error.file", Files.createDirectories(dir).resolve("derby.log").toString());
        DatabaseSettings settings = kind.equals("derby") ? DatabaseSettings.embeddedDerby(dir)
                : new DatabaseSettings(System.getenv("DISTRICT_TEST_POSTGRES_URL"), System.getenv("DISTRICT_TEST_POSTGRES_USER"),
                        System.getenv("DISTRICT_TEST_POSTGRES_PASSWORD"), null, 5);
        System.out.printf("%s, %d cores, Java %s, -Xmx%d MB, %s; %s%n", kind, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, settings.url(), RegistryBenchmark.load());
        try (Database database = Database.open(settings)) {
            RegistryModule.migrate(database);
            JdbiEnterpriseRegistry registry = new JdbiEnterpriseRegistry(database.jdbi(Database.PLATFORM_SCHEMA),
                    RegistryBenchmark.SYSTEM, Optional::empty, new EventPublisher(null), Clock.systemDefaultZone(),
                    new XlsxTables());
            JdbiEnterpriseFacts facts = new JdbiEnterpriseFacts(database.jdbi(Database.PLATFORM_SCHEMA),
                    RegistryBenchmark.SYSTEM, new RegistryAudit(Optional::empty), Clock.systemDefaultZone());
            if (registry.isEmpty()) {
                generate(registry, facts, rows);
            }
            int year = DemoFacts.LAST_YEAR;
            LocalDate day = LocalDate.of(year, 12, 31);
            List<FactColumn> columns = List.of(new FactColumn.IndustryCode(), new FactColumn.RegisteredCapital(),
                    new FactColumn.Status(), new FactColumn.CreditGrade(), new FactColumn.Street(), new FactColumn.Park(),
                    new FactColumn.Figure(FigureKind.HEADCOUNT, year), new FactColumn.Figure(FigureKind.OPERATING_REVENUE, year),
                    new FactColumn.Qualified("HNTE", day), new FactColumn.Qualified("SRDI", day));
            FactSnapshot warmUp = facts.snapshot(columns);
            System.out.printf("%,d enterprises, %,d 高新技术企业 on %s, %s%n", warmUp.size(), warmUp.flags(columns.get(8)).cardinality(),
                    day, RegistryBenchmark.load());
            if (args.length > 4 && args[4].equals("profile")) {
                // where a full read's time goes: the codes alone, then each column alone (its time less the codes')
                facts.snapshots().forgetAll();
                double codes = time(() -> facts.snapshot(List.of()));
                System.out.printf("profile: the codes (primary key, %,d rows) %.3f s%n", warmUp.size(), codes);
                for (FactColumn column : columns) {
                    facts.snapshots().forgetAll();
                    System.out.printf("profile: %s %.3f s%n", column, time(() -> facts.snapshot(List.of(column))) - codes);
                }
                facts.snapshots().forgetAll();
                System.out.printf("profile: the registry's own four together %.3f s%n",
                        time(() -> facts.snapshot(columns.subList(0, 4))) - codes);
            }
            double[] cold = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                facts.snapshots().forgetAll();
                cold[r] = time(() -> facts.snapshot(columns));
            }
            print("ten columns read from the tables (nothing kept)", cold);
            // a start: memory empty, the copy kept in the database after the last full read (facts_snapshot_store)
            facts.snapshots().awaitStored();
            double[] kept = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                facts.snapshots().forget();
                kept[r] = time(() -> facts.snapshot(columns));
            }
            print("ten columns, the first snapshot after a start (from the kept copy)", kept);
            facts.snapshots().awaitStored();
            double[] keptChanged = new double[rounds];
            Uscc other = Uscc.parse(warmUp.usccs()[warmUp.size() / 3]);
            int readsBefore = facts.snapshots().fullReads();
            for (int r = 0; r < rounds; r++) {
                facts.snapshots().forget();
                facts.putFigure(new YearlyFigure(other, FigureKind.HEADCOUNT, year, java.math.BigDecimal.valueOf(20 + r), "基准测试",
                        day));
                keptChanged[r] = time(() -> facts.snapshot(columns));
            }
            print("ten columns, the first snapshot after a start, one fact changed since the copy", keptChanged);
            System.out.printf("(read the tables instead: %d of %d times)%n", facts.snapshots().fullReads() - readsBefore, rounds);
            // what a start does in the background (RegistryModule: after the search index), then a rule's first run;
            // the read-ahead holds this year's qualification flags, not those of the program's day: it reads those two
            double[] ahead = new double[rounds];
            double[] first = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                facts.snapshots().forgetAll();
                ahead[r] = time(() -> facts.snapshots().warm());
                first[r] = time(() -> facts.snapshot(columns));
            }
            print("start-up read-ahead (in the background)", ahead);
            print("ten columns, the first snapshot after the read-ahead", first);
            double[] warm = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                warm[r] = time(() -> facts.snapshot(columns));
            }
            print("ten columns at an unchanged version", warm);
            double[] changed = new double[rounds];
            int fullReads = facts.snapshots().fullReads();
            Uscc someone = Uscc.parse(warmUp.usccs()[warmUp.size() / 2]);
            for (int r = 0; r < rounds; r++) {
                facts.putFigure(new YearlyFigure(someone, FigureKind.HEADCOUNT, year, java.math.BigDecimal.valueOf(10 + r), "基准测试",
                        day));
                changed[r] = time(() -> facts.snapshot(columns));
            }
            print("ten columns after one fact changed", changed);
            System.out.printf("(read everything again after a change: %d of %d times; otherwise caught up)%n",
                    facts.snapshots().fullReads() - fullReads, rounds);
            // an import of 1,001 rows (the registry logs it as one change of many): read again once, by the
            // registry's refresh job in the background; then, within the minute the catch-up looks back, a change
            // and a start, which skip the change of many already read
            List<Enterprise> imported = new ArrayList<>();
            for (int i = 0; i < 1_001; i++) {
                imported.add(registry.find(Uscc.parse(warmUp.usccs()[(int) ((long) i * warmUp.size() / 1_001)])).orElseThrow());
            }
            double[] importRead = new double[rounds];
            double[] afterImport = new double[rounds];
            double[] changeAfterImport = new double[rounds];
            double[] startAfterImport = new double[rounds];
            int readsBeforeImports = facts.snapshots().fullReads();
            for (int r = 0; r < rounds; r++) {
                registry.save(imported);
                importRead[r] = time(() -> facts.snapshots().refresh());
                afterImport[r] = time(() -> facts.snapshot(columns));
                facts.putFigure(new YearlyFigure(someone, FigureKind.HEADCOUNT, year, java.math.BigDecimal.valueOf(30 + r), "基准测试",
                        day));
                changeAfterImport[r] = time(() -> facts.snapshot(columns));
                facts.snapshots().awaitStored();
                facts.snapshots().forget();
                startAfterImport[r] = time(() -> facts.snapshot(columns));
            }
            print("an import of 1,001 rows: the refresh reads everything (in the background)", importRead);
            print("ten columns, the first snapshot after that refresh", afterImport);
            print("ten columns after one fact changed within a minute of the import", changeAfterImport);
            print("ten columns, the first snapshot after a start within a minute of the import", startAfterImport);
            System.out.printf("(read everything: %d times in %d rounds; once a round is the import's own read)%n",
                    facts.snapshots().fullReads() - readsBeforeImports, rounds);
            System.out.println(RegistryBenchmark.load());
            facts.snapshots().awaitStored();
        }
    }

    /** N demo enterprises and their facts (the last demo year's figures), in chunks. */
    private static void generate(JdbiEnterpriseRegistry registry, JdbiEnterpriseFacts facts, int rows) {
        long begin = System.nanoTime();
        List<Enterprise> enterprises = DemoEnterprises.generate(SEED, rows);
        registry.save(enterprises);
        System.out.printf("%,d enterprises written in %.1f s%n", rows, (System.nanoTime() - begin) / 1e9);
        begin = System.nanoTime();
        long figures = 0;
        for (int i = 0; i < enterprises.size(); i += 50_000) {
            List<YearlyFigure> chunkFigures = new ArrayList<>();
            List<Qualification> qualifications = new ArrayList<>();
            List<Uscc> usccs = new ArrayList<>();
            List<Location> locations = new ArrayList<>();
            for (Enterprise e : enterprises.subList(i, Math.min(enterprises.size(), i + 50_000))) {
                DemoFacts.Facts f = DemoFacts.of(e, SEED);
                f.figures().stream().filter(y -> y.year() == DemoFacts.LAST_YEAR).forEach(chunkFigures::add);
                qualifications.addAll(f.qualifications());
                usccs.add(e.uscc());
                locations.add(f.location());
            }
            figures += chunkFigures.size();
            facts.save(chunkFigures, qualifications, usccs, locations);
        }
        System.out.printf("facts of %,d enterprises (%,d figures) written in %.1f s%n", rows, figures, (System.nanoTime() - begin) / 1e9);
    }

    private static double time(Runnable work) {
        long begin = System.nanoTime();
        work.run();
        return (System.nanoTime() - begin) / 1e9;
    }

    private static void print(String what, double[] seconds) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: median %.3f s (min %.3f, max %.3f), %d rounds%n", what, sorted[sorted.length / 2], sorted[0],
                sorted[sorted.length - 1], sorted.length);
    }
}
