package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSort;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.registry.RegistryModule;
import cn.gov.laoshan.district.registry.demo.DemoEnterprises;
import cn.gov.laoshan.district.registry.service.EventPublisher;
import cn.gov.laoshan.district.registry.service.JdbiEnterpriseRegistry;
import cn.gov.laoshan.district.registry.ui.XlsxTables;
import cn.gov.laoshan.district.testkit.TestDatabase;

/**
 * The registry's in-memory search index gives the pages and counts the SQL gives, on Derby and PostgreSQL, and
 * sees another node's writes after a refresh.
 */
class RegistrySearchIndexIT {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private static JdbiEnterpriseRegistry registry(Database database) {
        RegistryModule.migrate(database);
        return new JdbiEnterpriseRegistry(database.jdbi(Database.PLATFORM_SCHEMA), EnterpriseRegistryIT.ALL, Optional::empty,
                new EventPublisher(null), Clock.systemDefaultZone(), new XlsxTables());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void indexAndSqlAgreeAndAnotherNodesWritesShowAfterARefresh(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            JdbiEnterpriseRegistry sql = registry(database);
            List<Enterprise> demo = DemoEnterprises.generate(20261127L, 2500);
            sql.save(demo.subList(0, 2000));
            JdbiEnterpriseRegistry indexed = registry(database);
            assertEquals(2000, indexed.loadIndex().size());
            boolean derby = test.toString().equals("Derby");

            String[] fragments = {demo.get(3).name().substring(2, 4), "海澜", "有限公司", "王哥庄", "科技", "%"};
            String[] industries = {"I65", "I6510", "F", null};
            Random random = new Random(7);
            int compared = 0;
            for (int i = 0; i < 120; i++) {
                EnterpriseQuery q = new EnterpriseQuery(random.nextInt(4) == 0 ? "92370212" : null,
                        random.nextInt(3) == 0 ? fragments[random.nextInt(fragments.length)] : null,
                        industries[random.nextInt(industries.length)],
                        random.nextInt(3) == 0 ? EnterpriseStatus.EXISTING : null,
                        EnterpriseSort.values()[random.nextInt(EnterpriseSort.values().length)], random.nextBoolean(),
                        random.nextInt(3) * 50, 50);
                assertEquals(sql.count(q), indexed.count(q), q.toString());
                List<String> bySql = codes(sql.list(q));
                List<String> byIndex = codes(indexed.list(q));
                if (derby || q.sort() == EnterpriseSort.ESTABLISHED_ON || q.sort() == EnterpriseSort.REGISTERED_CAPITAL) {
                    // PostgreSQL orders text by its collation, the index (like Derby) by code point
                    assertEquals(bySql, byIndex, q.toString());
                } else {
                    assertEquals(bySql.size(), byIndex.size(), q.toString());
                }
                compared += byIndex.isEmpty() ? 0 : 1;
            }
            assertTrue(compared > 40, "queries with rows: " + compared);

            // another node (the plain registry) writes 500 new and changes one; the indexed one sees them after refresh
            sql.save(demo.subList(2000, 2500));
            Enterprise renamed = new Enterprise(demo.get(0).uscc(), "青岛测试改名海洋科技有限公司", demo.get(0).type(),
                    demo.get(0).legalRepresentative(), demo.get(0).registeredCapital(), demo.get(0).establishedOn(),
                    demo.get(0).address(), demo.get(0).industryCode(), EnterpriseStatus.DEREGISTERED, demo.get(0).creditGrade(),
                    demo.get(0).size());
            sql.update(renamed);
            indexed.refreshIndex();
            EnterpriseQuery all = EnterpriseQuery.all();
            assertEquals(2500, indexed.count(all));
            List<Enterprise> found = indexed.list(all.withNameFragment("测试改名海洋"));
            assertEquals(1, found.size());
            assertEquals(EnterpriseStatus.DEREGISTERED, found.get(0).status());
            assertEquals(sql.count(all.withStatus(EnterpriseStatus.DEREGISTERED)), indexed.count(all.withStatus(EnterpriseStatus.DEREGISTERED)));

            // its own writes show at once, without a refresh
            Enterprise again = new Enterprise(renamed.uscc(), "青岛再改名有限公司", renamed.type(), renamed.legalRepresentative(),
                    renamed.registeredCapital(), renamed.establishedOn(), renamed.address(), "I6510", EnterpriseStatus.EXISTING,
                    renamed.creditGrade(), renamed.size());
            indexed.update(again);
            assertEquals(0, indexed.count(all.withNameFragment("测试改名海洋")));
            assertNotNull(indexed.list(all.withNameFragment("再改名")).stream().filter(e -> e.uscc().equals(again.uscc()))
                    .findFirst().orElse(null));
            assertEquals(2500, new HashSet<>(codes(indexed.list(all.page(0, 1000)))).size()
                    + new HashSet<>(codes(indexed.list(all.page(1000, 1000)))).size()
                    + new HashSet<>(codes(indexed.list(all.page(2000, 1000)))).size());

            // another node writes 3,000 at once (logged as one change of many rows): the refresh reloads the index
            List<Enterprise> more = DemoEnterprises.generate(20261128L, 3000).stream()
                    .filter(e -> demo.stream().noneMatch(d -> d.uscc().equals(e.uscc()))).toList();
            sql.save(more);
            assertEquals(2500, indexed.count(all));
            indexed.refreshIndex();
            assertEquals(2500 + more.size(), indexed.count(all));
            assertEquals(2500 + more.size(), indexed.index().size());
            Enterprise last = more.get(more.size() - 1);
            assertEquals(List.of(last.uscc().value()), codes(indexed.list(all.withCodePrefix(last.uscc().value()))));
        }
    }

    /** A search asked while the index loads waits for it (the table has no index for a name order of its own). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void searchesWaitForTheIndexBeingLoaded(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            registry(database).save(DemoEnterprises.generate(42L, 1200));
            JdbiEnterpriseRegistry starting = registry(database);
            java.util.concurrent.Executor late = task -> new Thread(() -> {
                try {
                    Thread.sleep(400);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                task.run();
            }).start();
            starting.loadIndexAsync(late);
            assertEquals(null, starting.index());
            assertEquals(1200, starting.count(EnterpriseQuery.all()));
            assertNotNull(starting.index(), "the count was served by the loaded index");
            assertEquals(50, starting.list(EnterpriseQuery.all()).size());
        }
    }

    /** The export of an indexed registry: the rows the SQL export gives, in the grid's order. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void exportByTheIndexGivesTheRowsOfTheSqlExport(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            JdbiEnterpriseRegistry sql = registry(database);
            sql.save(DemoEnterprises.generate(99L, 2600));
            JdbiEnterpriseRegistry indexed = registry(database);
            indexed.loadIndex();
            for (EnterpriseQuery q : List.of(EnterpriseQuery.all(), EnterpriseQuery.all().withIndustryPrefix("I65")
                    .sortedBy(EnterpriseSort.ESTABLISHED_ON, false), EnterpriseQuery.all().withNameFragment("科技"))) {
                List<Enterprise> bySql = exported(sql, q);
                List<Enterprise> byIndex = exported(indexed, q);
                assertEquals(sql.count(q), byIndex.size(), q.toString());
                if (test.toString().equals("Derby") || q.sort() == EnterpriseSort.ESTABLISHED_ON) {
                    assertEquals(bySql, byIndex, q.toString());
                } else {
                    // PostgreSQL orders text by its collation, the index (like Derby) by code point
                    assertEquals(new HashSet<>(bySql), new HashSet<>(byIndex), q.toString());
                }
            }
        }
    }

    /**
     * A problem late in a large file, after many good rows have gone to the database (an empty registry on Derby
     * inserts them while the file is read): the report names it and nothing is written; the good file then imports.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aProblemLateInALargeFileLeavesTheRegistryAsItWas(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            JdbiEnterpriseRegistry registry = registry(database);
            registry.loadIndex();
            List<Enterprise> demo = DemoEnterprises.generate(31L, 12_000);
            String good = DemoEnterprises.csv(demo);
            String code = demo.get(11_000).uscc().value();
            String corrupted = code.substring(0, 17) + (code.charAt(17) == '1' ? '2' : '1');
            String bad = good.replace(code, corrupted);
            String duplicate = good.replace(demo.get(11_500).uscc().value(), demo.get(3).uscc().value());
            for (String file : List.of(bad, duplicate)) {
                cn.gov.laoshan.district.api.enterprise.ImportReport report = registry.importFile(
                        new java.io.ByteArrayInputStream(file.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        cn.gov.laoshan.district.api.enterprise.ImportFormat.CSV, "late.csv");
                assertTrue(!report.accepted() && report.rowsImported() == 0, report.toString());
                assertEquals(file == bad ? 11_002 : 11_502, report.problems().get(0).row(), report.problems().toString());
                assertTrue(registry.find(demo.get(0).uscc()).isEmpty(), "nothing written");
                assertEquals(0, registry.count(EnterpriseQuery.all()));
                assertTrue(registry(database).isEmpty(), "the table is empty");
            }
            cn.gov.laoshan.district.api.enterprise.ImportReport report = registry.importFile(
                    new java.io.ByteArrayInputStream(good.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    cn.gov.laoshan.district.api.enterprise.ImportFormat.CSV, "good.csv");
            assertTrue(report.accepted(), report.problems().toString());
            assertEquals(12_000, report.rowsImported());
            assertEquals(12_000, registry.count(EnterpriseQuery.all()));
            assertEquals(demo.get(11_000), registry.find(demo.get(11_000).uscc()).orElseThrow());
            assertEquals(12_000, registry(database).loadIndex().size());
        }
    }

    private static List<Enterprise> exported(JdbiEnterpriseRegistry registry, EnterpriseQuery query) throws Exception {
        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        registry.exportXlsx(query, xlsx);
        var parsed = new cn.gov.laoshan.district.registry.service.ImportReader(
                new cn.gov.laoshan.district.registry.service.RowValidator(java.time.LocalDate.now()))
                .read(new java.io.ByteArrayInputStream(xlsx.toByteArray()), cn.gov.laoshan.district.api.enterprise.ImportFormat.XLSX);
        assertTrue(parsed.problems().isEmpty(), parsed.problems().toString());
        return parsed.enterprises();
    }

    /** 6,000 rows into an empty registry (Derby: the bulk import procedure; PostgreSQL: COPY), then over them again. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void bulkWritesKeepEveryFieldAndUpdateKnownCodes(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            JdbiEnterpriseRegistry registry = registry(database);
            List<Enterprise> demo = new ArrayList<>(DemoEnterprises.generate(777L, 6000));
            Enterprise odd = demo.get(10);
            // quotes, commas and a line break in text; empty capital, date, industry, credit and size
            demo.set(10, new Enterprise(odd.uscc(), "青岛\"引号\",逗号\n换行有限公司", odd.type(), null, null, null,
                    "崂山区,株洲路\"1\"号", null, odd.status(), null, null));
            assertEquals(6000, registry.save(demo));
            assertEquals(6000, registry.count(EnterpriseQuery.all()));
            for (int i : new int[] {0, 10, 2999, 5999}) {
                assertEquals(demo.get(i), registry.find(demo.get(i).uscc()).orElseThrow(), "row " + i);
            }
            // the same codes again with other names: all updates, no new rows
            List<Enterprise> renamed = new ArrayList<>();
            for (Enterprise e : demo) {
                renamed.add(new Enterprise(e.uscc(), e.name() + "二", e.type(), e.legalRepresentative(), e.registeredCapital(),
                        e.establishedOn(), e.address(), e.industryCode(), e.status(), e.creditGrade(), e.size()));
            }
            registry.save(renamed);
            assertEquals(6000, registry.count(EnterpriseQuery.all()));
            assertEquals(renamed.get(10), registry.find(demo.get(10).uscc()).orElseThrow());
            assertEquals(renamed.get(4321), registry.find(demo.get(4321).uscc()).orElseThrow());
            assertEquals(6000, registry.loadIndex().size());
            assertEquals(6000, registry.count(EnterpriseQuery.all().withNameFragment("二")));
        }
    }

    private static List<String> codes(List<Enterprise> list) {
        List<String> codes = new ArrayList<>();
        for (Enterprise e : list) {
            codes.add(e.uscc().value());
        }
        return codes;
    }
}
