package cn.gov.laoshan.district.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSort;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.ImportFormat;
import cn.gov.laoshan.district.api.enterprise.ImportReport;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.db.DatabaseSettings;
import cn.gov.laoshan.district.registry.RegistryModule;
import cn.gov.laoshan.district.registry.demo.DemoEnterprises;
import cn.gov.laoshan.district.registry.service.EventPublisher;
import cn.gov.laoshan.district.registry.service.JdbiEnterpriseRegistry;
import cn.gov.laoshan.district.registry.ui.XlsxTables;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.uikit.XlsxSheet;

/**
 * The enterprise registry's figures: page latency (p50/p95) at N rows for the grid's typical queries, and import
 * rows/s for a CSV and an .xlsx file.
 *
 * <pre>
 * java -cp ... RegistryBenchmark pages derby /tmp/registry-1m 1000000 200 [only-queries-whose-name-contains]
 * java -cp ... RegistryBenchmark import derby /tmp/registry-import 100000 3
 * java -cp ... RegistryBenchmark import derby-secured /tmp/registry-import-secured 100000 3
 * </pre>
 * {@code derby-secured} is embedded Derby encrypted at rest (AES, {@code derby.encryption=true}) with NATIVE
 * authentication ({@code derby.authentication=true}), as {@code conf/database.properties} sets them: what the
 * protection costs.
 * For PostgreSQL give {@code postgresql} and set DISTRICT_TEST_POSTGRES_URL (a database that exists), _USER, _PASSWORD.
 */
public final class RegistryBenchmark {

    /** The platform acting for itself: every check passes (the benchmarks measure the data layer, not access). */
    static final AccessControl SYSTEM = new TestAccess().as(CurrentUser.SYSTEM);


    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String kind = args[1];
        Path dir = Path.of(args[2]);
        int rows = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        only = args.length > 5 ? args[5] : "";
        System.setProperty("derby.stream.error.file", Files.createDirectories(dir).resolve("derby.log").toString());
        DatabaseSettings derby = DatabaseSettings.embeddedDerby(dir);
        DatabaseSettings settings = kind.equals("derby") ? derby
                : kind.equals("derby-secured") ? new DatabaseSettings(derby.url(), "district", "bench-Pa55-2026",
                        "bench-boot-phrase-2026", derby.maxPoolSize(), true)
                : new DatabaseSettings(System.getenv("DISTRICT_TEST_POSTGRES_URL"), System.getenv("DISTRICT_TEST_POSTGRES_USER"),
                        System.getenv("DISTRICT_TEST_POSTGRES_PASSWORD"), null, 5);
        System.out.printf("%s, %d cores, Java %s, %s%n", kind, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), settings.url());
        try (Database database = Database.open(settings)) {
            long migrateBegin = System.nanoTime();
            RegistryModule.migrate(database);
            System.out.printf("migrations (an existing database upgrades here): %.1f s; %s%n",
                    (System.nanoTime() - migrateBegin) / 1e9, load());
            JdbiEnterpriseRegistry registry = new JdbiEnterpriseRegistry(database.jdbi(Database.PLATFORM_SCHEMA), SYSTEM,
                    Optional::empty, new EventPublisher(null), Clock.systemDefaultZone(), new XlsxTables());
            current = registry;
            if (mode.equals("pages")) {
                pages(registry, rows, rounds);
            } else {
                imports(registry, database, rows, rounds);
            }
        }
    }

    private static void pages(JdbiEnterpriseRegistry registry, int rows, int rounds) {
        long have = registry.count(EnterpriseQuery.all());
        if (have < rows) {
            long begin = System.nanoTime();
            List<Enterprise> chunk = new ArrayList<>();
            int[] done = {0};
            // a seed of its own so that loading more later keeps the first rows
            DemoEnterprises.generate(1_000_003L, rows, e -> {
                if (done[0]++ < have) {
                    return;
                }
                chunk.add(e);
                if (chunk.size() == 50_000) {
                    registry.save(chunk);
                    chunk.clear();
                    System.out.printf("loaded %,d%n", done[0]);
                }
            });
            registry.save(chunk);
            System.out.printf("loaded %,d rows in %.1f s%n", rows - have, (System.nanoTime() - begin) / 1e9);
        }
        registry.forgetCounts();
        System.out.printf("rows: %,d (SQL count)%n", registry.count(EnterpriseQuery.all()));
        if (!Boolean.getBoolean("sql")) {
            long begin = System.nanoTime();
            var index = registry.loadIndex();
            System.out.printf("search index loaded: %,d rows in %.1f s, ~%d MB; heap used %d MB%n", index.size(),
                    (System.nanoTime() - begin) / 1e9, index.bytes() >> 20,
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        }
        System.out.println(load());
        EnterpriseQuery all = EnterpriseQuery.all();
        String someCode = registry.list(all.page(123_456 % (int) Math.max(1, registry.count(all)), 1)).get(0).uscc().value();
        String[] fragments = {"海澜", "茗香", "智联科技", "崂峰", "王哥庄", "鲲鹏", "石老人", "蓝湾", "量子", "兰亭", "澜智", "海鲜酒家",
            "北宅樱桃", "科技有限", "雕龙嘴"};
        int[] i = {0};
        measure("first page, unfiltered, by name", rounds, () -> all);
        measure("first page, by name descending", rounds, () -> all.sortedBy(EnterpriseSort.NAME, false));
        measure("code exact (18 characters)", rounds, () -> all.withCodePrefix(someCode));
        measure("code prefix 92370212 (个体工商户), by name", rounds, () -> all.withCodePrefix("92370212"));
        measure("name fragment (海澜, 智联科技, 王哥庄, ...)", rounds, () -> all.withNameFragment(fragments[i[0]++ % fragments.length]));
        measure("name fragment, by 成立日期 descending", rounds,
                () -> all.withNameFragment(fragments[i[0]++ % fragments.length]).sortedBy(EnterpriseSort.ESTABLISHED_ON, false));
        measure("industry I6510, by name", rounds, () -> all.withIndustryPrefix("I6510"));
        measure("industry prefix I65, by name", rounds, () -> all.withIndustryPrefix("I65"));
        measure("industry I65 + status 存续, by name", rounds, () -> all.withIndustryPrefix("I65").withStatus(EnterpriseStatus.EXISTING));
        measure("status 吊销, by name", rounds, () -> all.withStatus(EnterpriseStatus.REVOKED));
        measure("fragment + industry I65 + status 存续", rounds, () -> all.withNameFragment(fragments[i[0]++ % fragments.length])
                .withIndustryPrefix("I65").withStatus(EnterpriseStatus.EXISTING));
        measure("code prefix 91370212 + fragment, by name desc", rounds, () -> all.withCodePrefix("91370212")
                .withNameFragment(fragments[i[0]++ % fragments.length]).sortedBy(EnterpriseSort.NAME, false));
        measure("sorted by 成立日期 ascending", rounds, () -> all.sortedBy(EnterpriseSort.ESTABLISHED_ON, true));
        measure("sorted by 成立日期 descending", rounds, () -> all.sortedBy(EnterpriseSort.ESTABLISHED_ON, false));
        measure("status 存续, by 成立日期 descending", rounds, () -> all.withStatus(EnterpriseStatus.EXISTING)
                .sortedBy(EnterpriseSort.ESTABLISHED_ON, false));
        measure("sorted by 注册资本 descending", rounds, () -> all.sortedBy(EnterpriseSort.REGISTERED_CAPITAL, false));
        measure("page 2 (offset 50)", rounds, () -> all.page(50, 50));
        measure("deep page (offset 500,000), by name", rounds, () -> all.page(500_000, 50));
        measure("deep page (offset 900,000), 成立日期 desc", rounds, () -> all.sortedBy(EnterpriseSort.ESTABLISHED_ON, false).page(900_000, 50));
        measure("deep page of a fragment (offset 5,000)", rounds, () -> all.withNameFragment("海").page(5_000, 50));
        System.out.println(load());
        if (registry.index() != null && (only.isEmpty() || "save".contains(only))) {
            // one enterprise renamed and renamed back: a transaction each, merged into the index
            Enterprise e = registry.list(all.page(4_711, 1)).get(0);
            long[] saves = new long[10];
            for (int r = 0; r < saves.length; r++) {
                Enterprise changed = new Enterprise(e.uscc(), r % 2 == 0 ? e.name() + "（测试）" : e.name(), e.type(),
                        e.legalRepresentative(), e.registeredCapital(), e.establishedOn(), e.address(), e.industryCode(),
                        e.status(), e.creditGrade(), e.size());
                long t0 = System.nanoTime();
                registry.save(List.of(changed));
                saves[r] = System.nanoTime() - t0;
            }
            System.out.printf("%-40s p50 %7.1f ms  p95 %7.1f ms (n=%d); %s%n", "save one enterprise (merged into the index)",
                    pct(saves, 50), pct(saves, 95), saves.length, load());
        }
    }

    /** The machine's load average (shared with other builds: every figure goes with it). */
    static String load() {
        try {
            return "load average: " + Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "load average: unknown";
        }
    }

    private static void measure(String name, int rounds, Supplier<EnterpriseQuery> queries) {
        if (!name.contains(only)) {
            return;
        }
        JdbiEnterpriseRegistry registry = current;
        for (int w = 0; w < Math.min(20, rounds); w++) {
            EnterpriseQuery q = queries.get();
            registry.forgetCounts();
            registry.list(q);
            registry.count(q);
        }
        long[] list = new long[rounds];
        long[] count = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            EnterpriseQuery q = queries.get();
            registry.forgetCounts(); // no fragment remembered: each page is the first of its search
            long t0 = System.nanoTime();
            registry.list(q);
            long t1 = System.nanoTime();
            registry.forgetCounts();
            registry.count(q);
            long t2 = System.nanoTime();
            list[r] = t1 - t0;
            count[r] = t2 - t1;
        }
        System.out.printf("%-40s page p50 %7.1f ms  p95 %7.1f ms | count (uncached) p50 %7.1f ms  p95 %7.1f ms  (n=%d)%n", name,
                pct(list, 50), pct(list, 95), pct(count, 50), pct(count, 95), rounds);
    }

    private static JdbiEnterpriseRegistry current;
    /** Only the query types whose name contains this (6th argument), e.g. {@code page}. */
    private static String only = "";

    private static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static void imports(JdbiEnterpriseRegistry registry, Database database, int rows, int rounds) throws Exception {
        List<Double> csvRates = new ArrayList<>();
        List<Double> xlsxRates = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            List<Enterprise> data = DemoEnterprises.generate(2000L + round, rows);
            byte[] csv = csv(data);
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            try (XlsxSheet sheet = XlsxSheet.open(xlsx, "市场主体", List.of("统一社会信用代码", "企业名称", "企业类型",
                    "法定代表人", "注册资本（元）", "成立日期", "住所", "所属行业", "登记状态", "信用等级", "企业规模"))) {
                for (Enterprise e : data) {
                    sheet.row(e.uscc().value(), e.name(), e.type(), e.legalRepresentative(), e.registeredCapital(),
                            e.establishedOn(), e.address(), e.industryCode(), e.status().zh(),
                            e.creditGrade() == null ? null : e.creditGrade().name(), e.size() == null ? null : e.size().zh());
                }
            }
            double csvParse = timeParse(csv, ImportFormat.CSV, rows);
            double xlsxParse = timeParse(xlsx.toByteArray(), ImportFormat.XLSX, rows);
            System.out.printf("round %d: reading and checking only: CSV %,.0f rows/s | xlsx %,.0f rows/s; %s%n", round + 1, csvParse,
                    xlsxParse, load());
            empty(registry, database);
            double csvRate = timeImport(registry, csv, ImportFormat.CSV, rows);
            empty(registry, database);
            double xlsxRate = timeImport(registry, xlsx.toByteArray(), ImportFormat.XLSX, rows);
            System.out.printf("round %d: CSV %,d rows (%.1f MB) %,.0f rows/s | xlsx (%.1f MB) %,.0f rows/s (into an empty table); %s%n",
                    round + 1, rows, csv.length / 1e6, csvRate, xlsx.size() / 1e6, xlsxRate, load());
            if (round > 0 || rounds == 1) {
                csvRates.add(csvRate);
                xlsxRates.add(xlsxRate);
            }
        }
        // the first round of a fresh JVM runs mostly interpreted code: the summary leaves it out when there are more
        System.out.printf("into an empty table, rounds %s: CSV median %,.0f rows/s (%,.0f-%,.0f) | xlsx median %,.0f rows/s (%,.0f-%,.0f)%n",
                rounds == 1 ? "1" : "2-" + rounds, median(csvRates), min(csvRates), max(csvRates), median(xlsxRates),
                min(xlsxRates), max(xlsxRates));
        // updates: the same file again over existing rows
        List<Enterprise> data = DemoEnterprises.generate(2000L, rows);
        empty(registry, database);
        byte[] csv = csv(data);
        timeImport(registry, csv, ImportFormat.CSV, rows);
        double again = timeImport(registry, csv, ImportFormat.CSV, rows);
        System.out.printf("CSV over existing rows (all updates): %,.0f rows/s; %s%n", again, load());
    }

    /** An empty registry with its (empty) search index loaded, as a running platform has it. */
    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static void empty(JdbiEnterpriseRegistry registry, Database database) {
        database.jdbi(Database.PLATFORM_SCHEMA).useHandle(h -> {
            h.execute("delete from enterprise");
            h.execute("delete from enterprise_change");
        });
        registry.loadIndex();
    }

    /** CPU seconds of this process (all threads: Derby's, the collector's): the work, whatever the machine's load. */
    static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static double timeImport(JdbiEnterpriseRegistry registry, byte[] file, ImportFormat format, int rows) throws Exception {
        double cpu = cpuSeconds();
        long begin = System.nanoTime();
        ImportReport report;
        try (InputStream in = new java.io.ByteArrayInputStream(file)) {
            report = registry.importFile(in, format, "bench." + format.name().toLowerCase());
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        System.out.printf("  %s: %,d rows in %.1f s wall, %.1f s CPU (%,.0f rows per CPU second)%n", format, rows, seconds,
                cpuSeconds() - cpu, rows / (cpuSeconds() - cpu));
        if (!report.accepted() || report.rowsImported() != rows) {
            throw new IllegalStateException("import refused: " + report.problems().subList(0, Math.min(5, report.problems().size())));
        }
        return rows / seconds;
    }

    private static double timeParse(byte[] file, ImportFormat format, int rows) throws Exception {
        long begin = System.nanoTime();
        var parsed = new cn.gov.laoshan.district.registry.service.ImportReader(
                new cn.gov.laoshan.district.registry.service.RowValidator(java.time.LocalDate.now()))
                .read(new java.io.ByteArrayInputStream(file), format);
        if (parsed.enterprises().size() != rows) {
            throw new IllegalStateException("parse refused: " + parsed.problems().subList(0, Math.min(5, parsed.problems().size())));
        }
        return rows / ((System.nanoTime() - begin) / 1e9);
    }

    private static byte[] csv(List<Enterprise> data) {
        return DemoEnterprises.csv(data).getBytes(StandardCharsets.UTF_8);
    }
}
