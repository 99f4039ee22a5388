package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSort;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.EnterpriseValidationException;
import cn.gov.laoshan.district.api.enterprise.ImportFormat;
import cn.gov.laoshan.district.api.enterprise.ImportReport;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.registry.RegistryModule;
import cn.gov.laoshan.district.registry.demo.DemoEnterprises;
import cn.gov.laoshan.district.registry.service.EventPublisher;
import cn.gov.laoshan.district.registry.service.JdbiEnterpriseRegistry;
import cn.gov.laoshan.district.registry.ui.XlsxTables;
import cn.gov.laoshan.district.testkit.TestDatabase;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.TestAccess;

/** The enterprise registry's data layer on Derby and (where configured) PostgreSQL. */
class EnterpriseRegistryIT {

    private static final String HEADER = "统一社会信用代码,企业名称,企业类型,法定代表人,注册资本（元）,成立日期,住所,所属行业,登记状态,信用等级,企业规模\n";

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    /** A tester holding the registry's permissions. */
    static final TestAccess ALL = TestAccess.holding("registry.enterprise.read", "registry.enterprise.edit",
            "registry.enterprise.import");

    /** The audit records as "source action object (before or -) after", oldest first. */
    private static List<String> texts(RecordingAuditLog audit) {
        return audit.entries().stream().map(e -> e.source() + " " + e.action() + " " + e.objectId() + " "
                + (e.before() == null ? "-" : "before") + " " + e.after()).toList();
    }

    private static JdbiEnterpriseRegistry registry(Database database, AccessControl access, RecordingAuditLog audit) {
        RegistryModule.migrate(database);
        return new JdbiEnterpriseRegistry(database.jdbi(Database.PLATFORM_SCHEMA), access, () -> Optional.of(audit),
                new EventPublisher(null), Clock.systemDefaultZone(), new XlsxTables());
    }

    private static Enterprise sample(String code, String name) {
        return new Enterprise(Uscc.parse(code), name, "有限责任公司", "王海涛", new BigDecimal("5000000.00"),
                LocalDate.of(2018, 5, 20), "山东省青岛市崂山区株洲路1号", "I6510", EnterpriseStatus.EXISTING, CreditGrade.A,
                EnterpriseSize.SMALL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void createFindUpdateAndAudit(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            RecordingAuditLog audit = new RecordingAuditLog();
            JdbiEnterpriseRegistry registry = registry(database, ALL, audit);
            Enterprise haier = sample("91370200163562681G", "青岛海澜智联科技有限公司");
            registry.create(haier);
            assertEquals(Optional.of(haier), registry.find(haier.uscc()));

            EnterpriseValidationException twice = assertThrows(EnterpriseValidationException.class, () -> registry.create(haier));
            assertEquals("统一社会信用代码", twice.problems().get(0).field());

            Enterprise changed = new Enterprise(haier.uscc(), haier.name(), "股份有限公司", "李秀英", null, null, null, "J6760",
                    EnterpriseStatus.DEREGISTERED, CreditGrade.A, null);
            registry.update(changed);
            assertEquals(Optional.of(changed), registry.find(haier.uscc()));

            Enterprise unknown = sample("91350100M000100Y43", "青岛崂峰茶业有限公司");
            assertThrows(EnterpriseValidationException.class, () -> registry.update(unknown));
            Enterprise badIndustry = new Enterprise(unknown.uscc(), "青岛崂峰茶业有限公司", null, null, null,
                    LocalDate.now().plusDays(3), null, "tea", EnterpriseStatus.EXISTING, null, null);
            EnterpriseValidationException invalid = assertThrows(EnterpriseValidationException.class,
                    () -> registry.create(badIndustry));
            assertEquals(List.of("成立日期", "所属行业"), invalid.problems().stream().map(ImportReport.Problem::field).toList());
            assertTrue(registry.find(unknown.uscc()).isEmpty());

            assertEquals(2, audit.entries().size(), texts(audit).toString());
            assertTrue(texts(audit).get(0).startsWith("registry enterprise.create 91370200163562681G -"));
            assertTrue(texts(audit).get(1).startsWith("registry enterprise.update 91370200163562681G before"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void searchFiltersSortsPagesAndCounts(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            JdbiEnterpriseRegistry registry = registry(database, ALL, new RecordingAuditLog());
            List<Enterprise> demo = DemoEnterprises.generate(42, 2000);
            assertEquals(2000, registry.save(demo));

            EnterpriseQuery all = EnterpriseQuery.all();
            assertEquals(2000, registry.count(all));
            List<Enterprise> first = registry.list(all);
            assertEquals(50, first.size());
            List<String> expectedNames = demo.stream().map(Enterprise::name).sorted().limit(50).toList();
            if (test.toString().equals("Derby")) {
                // Derby compares by code point; PostgreSQL by its collation
                assertEquals(expectedNames, first.stream().map(Enterprise::name).toList());
            }
            List<Enterprise> page2 = registry.list(all.page(50, 50));
            assertTrue(first.stream().noneMatch(page2::contains));

            String fragment = demo.get(7).name().substring(2, 4);
            long expected = demo.stream().filter(e -> e.name().contains(fragment)).count();
            assertEquals(expected, registry.count(all.withNameFragment(fragment)));
            assertTrue(registry.list(all.withNameFragment(fragment)).stream().allMatch(e -> e.name().contains(fragment)));

            long software = demo.stream().filter(e -> e.industryCode().startsWith("I65")).count();
            assertEquals(software, registry.count(all.withIndustryPrefix("i65")));
            long revoked = demo.stream().filter(e -> e.status() == EnterpriseStatus.REVOKED).count();
            assertEquals(revoked, registry.count(all.withStatus(EnterpriseStatus.REVOKED)));
            long individual = demo.stream().filter(e -> e.uscc().value().startsWith("92370212")).count();
            assertEquals(individual, registry.count(all.withCodePrefix("92370212")));
            long combined = demo.stream().filter(e -> e.industryCode().startsWith("I65") && e.status() == EnterpriseStatus.EXISTING)
                    .count();
            assertEquals(combined, registry.count(all.withIndustryPrefix("I65").withStatus(EnterpriseStatus.EXISTING)));

            List<Enterprise> richest = registry.list(all.sortedBy(EnterpriseSort.REGISTERED_CAPITAL, false).page(0, 5));
            BigDecimal max = demo.stream().map(Enterprise::registeredCapital).filter(c -> c != null).max(BigDecimal::compareTo)
                    .orElseThrow();
            // enterprises without capital (individual businesses) come last in both directions
            assertEquals(0, max.compareTo(richest.get(0).registeredCapital()));
            List<Enterprise> poorest = registry.list(all.sortedBy(EnterpriseSort.REGISTERED_CAPITAL, true).page(0, 1));
            assertTrue(poorest.get(0).registeredCapital() != null);
            List<Enterprise> oldest = registry.list(all.sortedBy(EnterpriseSort.ESTABLISHED_ON, true).page(0, 3));
            LocalDate min = demo.stream().map(Enterprise::establishedOn).min(LocalDate::compareTo).orElseThrow();
            assertEquals(min, oldest.get(0).establishedOn());
            // a wildcard in the user's text is not a wildcard
            assertEquals(0, registry.count(all.withNameFragment("%")) == 2000 ? 0 : 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFileWithOneBadRowImportsNothingAndAGoodOneImportsAll(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            RecordingAuditLog audit = new RecordingAuditLog();
            JdbiEnterpriseRegistry registry = registry(database, ALL, audit);
            registry.create(sample("91370200163562681G", "青岛海澜智联科技有限公司"));

            StringBuilder csv = new StringBuilder(HEADER);
            List<Enterprise> rows = DemoEnterprises.generate(99, 300);
            for (Enterprise e : rows) {
                csv.append(line(e));
            }
            // row 152 (header is row 1): a wrong check character
            String good = line(rows.get(150));
            String bad = good.replaceFirst("^(.{17}).", "$1" + (good.charAt(17) == '0' ? '1' : '0'));
            String badFile = csv.toString().replace(good, bad);
            ImportReport refused = registry.importFile(new ByteArrayInputStream(badFile.getBytes(StandardCharsets.UTF_8)),
                    ImportFormat.CSV, "bad.csv");
            assertFalse(refused.accepted());
            assertEquals(300, refused.rowsRead());
            assertEquals(0, refused.rowsImported());
            assertEquals(1, refused.problems().size(), refused.problems().toString());
            ImportReport.Problem problem = refused.problems().get(0);
            assertEquals(152, problem.row());
            assertEquals("统一社会信用代码", problem.field());
            assertTrue(problem.messageZh().startsWith("校验码（第18位）为"), problem.messageZh());
            assertEquals(1, registry.count(EnterpriseQuery.all()), "nothing of the bad file is written");

            // the good file, with one known code (updated) among new ones
            // (its grade cell empty: the registered grade A stays)
            csv.append(line(new Enterprise(Uscc.parse("91370200163562681G"), "青岛海澜智联科技股份有限公司", "股份有限公司", "李秀英",
                    null, LocalDate.of(2019, 1, 2), null, "I6510", EnterpriseStatus.OPERATING, null, null)));
            List<String> progress = new java.util.ArrayList<>();
            ImportReport accepted = registry.importFile(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                    ImportFormat.CSV, "good.csv", new cn.gov.laoshan.district.api.enterprise.ImportProgress() {
                        @Override
                        public void rowsRead(int n) {
                            progress.add("read " + n);
                        }

                        @Override
                        public void writing() {
                            // said once the file is checked, before the rows are in
                            progress.add("writing, registry at " + registry.count(EnterpriseQuery.all()));
                        }
                    });
            assertTrue(accepted.accepted(), accepted.problems().toString());
            assertEquals(List.of("writing, registry at 1"), progress, "301 rows: less than a chunk, then writing");
            assertEquals(301, accepted.rowsImported());
            assertEquals(301, registry.count(EnterpriseQuery.all()));
            assertEquals("青岛海澜智联科技股份有限公司", registry.find(Uscc.parse("91370200163562681G")).orElseThrow().name());
            assertEquals(CreditGrade.A, registry.find(Uscc.parse("91370200163562681G")).orElseThrow().creditGrade());
            assertEquals(rows.get(150), registry.find(rows.get(150).uscc()).orElseThrow());
            assertTrue(texts(audit).get(audit.entries().size() - 1).startsWith("registry enterprise.import good.csv"));
        }
    }

    /**
     * A registered enterprise's grade changes only with a reason (the facts service): the registration's update and
     * import refuse another grade, with the field and, in a file, the row; nothing else of the update or file is
     * written. An empty cell keeps the grade, the same grade is no change, a new enterprise comes with its grade.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRegisteredGradeChangesOnlyWithAReason(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            RecordingAuditLog audit = new RecordingAuditLog();
            JdbiEnterpriseRegistry registry = registry(database, ALL, audit);
            Enterprise graded = sample("91370200163562681G", "青岛海澜智联科技有限公司");
            Enterprise ungraded = new Enterprise(Uscc.parse("91370212MA3C4XK2QQ"), "青岛崂峰茶业有限公司", null, null, null, null, null,
                    "A0169", EnterpriseStatus.EXISTING, null, null);
            registry.create(graded);
            registry.create(ungraded);
            int recorded = audit.entries().size();

            // the edit form's path: another grade (or none) is refused at the grade, nothing of the change is written
            Enterprise renamedAndDowngraded = new Enterprise(graded.uscc(), "青岛海澜智联科技股份有限公司", graded.type(),
                    graded.legalRepresentative(), graded.registeredCapital(), graded.establishedOn(), graded.address(),
                    graded.industryCode(), graded.status(), CreditGrade.D, graded.size());
            EnterpriseValidationException refused = assertThrows(EnterpriseValidationException.class,
                    () -> registry.update(renamedAndDowngraded));
            assertEquals("信用等级", refused.problems().get(0).field());
            assertTrue(refused.problems().get(0).messageZh().contains("附理由"), refused.problems().get(0).messageZh());
            assertThrows(EnterpriseValidationException.class, () -> registry.update(new Enterprise(ungraded.uscc(), ungraded.name(),
                    null, null, null, null, null, "A0169", EnterpriseStatus.EXISTING, CreditGrade.A, null)));
            assertEquals(graded, registry.find(graded.uscc()).orElseThrow());
            assertEquals(recorded, audit.entries().size());

            // the import: a changed grade is a problem of its row; the whole file is refused
            Enterprise fresh = DemoEnterprises.generate(12, 1).get(0);
            String file = HEADER + line(fresh)
                    + line(new Enterprise(graded.uscc(), "青岛海澜智联科技股份有限公司", null, null, null, null, null, "I6510",
                            EnterpriseStatus.EXISTING, CreditGrade.C, null))
                    + line(new Enterprise(ungraded.uscc(), ungraded.name(), null, null, null, null, null, "A0169",
                            EnterpriseStatus.EXISTING, CreditGrade.B, null));
            ImportReport report = registry.importFile(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), ImportFormat.CSV,
                    "grades.csv");
            assertFalse(report.accepted());
            assertEquals(List.of("3 信用等级", "4 信用等级"), report.problems().stream().map(p -> p.row() + " " + p.field()).toList(),
                    report.problems().toString());
            assertTrue(report.problems().get(0).messageZh().startsWith("信用等级登记为A，文件中为C"), report.problems().get(0).messageZh());
            assertTrue(report.problems().get(1).messageEn().contains("registered is none"), report.problems().get(1).messageEn());
            assertTrue(registry.find(fresh.uscc()).isEmpty(), "nothing of the file is written");
            assertEquals(graded, registry.find(graded.uscc()).orElseThrow());
            assertEquals(recorded, audit.entries().size());

            // the same grade, an empty cell: accepted, the grades stay; a new enterprise has its file's grade
            String kept = HEADER + line(fresh) + line(graded).replace("青岛海澜智联科技有限公司", "青岛海澜智联科技股份有限公司")
                    + line(ungraded);
            ImportReport accepted = registry.importFile(new ByteArrayInputStream(kept.getBytes(StandardCharsets.UTF_8)), ImportFormat.CSV,
                    "kept.csv");
            assertTrue(accepted.accepted(), accepted.problems().toString());
            assertEquals("青岛海澜智联科技股份有限公司", registry.find(graded.uscc()).orElseThrow().name());
            assertEquals(CreditGrade.A, registry.find(graded.uscc()).orElseThrow().creditGrade());
            assertEquals(null, registry.find(ungraded.uscc()).orElseThrow().creditGrade());
            assertEquals(fresh.creditGrade(), registry.find(fresh.uscc()).orElseThrow().creditGrade());
            String emptyCell = HEADER + line(new Enterprise(graded.uscc(), "青岛海澜智联科技有限公司", null, null, null, null, null,
                    "I6510", EnterpriseStatus.EXISTING, null, null));
            assertTrue(registry.importFile(new ByteArrayInputStream(emptyCell.getBytes(StandardCharsets.UTF_8)), ImportFormat.CSV,
                    "empty-cell.csv").accepted());
            assertEquals(CreditGrade.A, registry.find(graded.uscc()).orElseThrow().creditGrade());

            // with a reason, through the facts service, the grade changes; the form then saves with the new one
            RecordingAuditLog factsAudit = new RecordingAuditLog();
            new cn.gov.laoshan.district.registry.facts.JdbiEnterpriseFacts(database.jdbi(Database.PLATFORM_SCHEMA), EnterpriseFactsIT.STAFF,
                    new cn.gov.laoshan.district.registry.service.RegistryAudit(() -> Optional.of(factsAudit)), Clock.systemDefaultZone())
                    .setCreditGrade(graded.uscc(), CreditGrade.C, "2025年度纳税信用评价为C级");
            assertEquals("facts.credit-grade", factsAudit.entries().get(0).action());
            Enterprise now = registry.find(graded.uscc()).orElseThrow();
            assertEquals(CreditGrade.C, now.creditGrade());
            registry.update(new Enterprise(now.uscc(), now.name(), now.type(), "李秀英", now.registeredCapital(), now.establishedOn(),
                    now.address(), now.industryCode(), now.status(), now.creditGrade(), now.size()));
            assertEquals("李秀英", registry.find(graded.uscc()).orElseThrow().legalRepresentative());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void exportedWorkbookImportsBackToTheSameEnterprises(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            JdbiEnterpriseRegistry registry = registry(database, ALL, new RecordingAuditLog());
            List<Enterprise> demo = DemoEnterprises.generate(5, 1500);
            registry.save(demo);
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            EnterpriseQuery software = EnterpriseQuery.all().withIndustryPrefix("I65");
            registry.exportXlsx(software, xlsx);

            try (Database second = Database.open(TestDatabase.derby().settings())) {
                JdbiEnterpriseRegistry copy = registry(second, ALL, new RecordingAuditLog());
                ImportReport report = copy.importFile(new ByteArrayInputStream(xlsx.toByteArray()), ImportFormat.XLSX, "export.xlsx");
                assertTrue(report.accepted(), report.problems().toString());
                List<Enterprise> expected = demo.stream().filter(e -> e.industryCode().startsWith("I65")).toList();
                assertEquals(expected.size(), report.rowsImported());
                for (Enterprise e : expected) {
                    assertEquals(e, copy.find(e.uscc()).orElseThrow());
                }
            }
            // an English screen exports English headers (issue 13), and the import reads them back all the same
            ByteArrayOutputStream english = new ByteArrayOutputStream();
            registry.exportXlsx(software, english, java.util.Locale.ENGLISH);
            try (Database third = Database.open(TestDatabase.derby().settings())) {
                JdbiEnterpriseRegistry copy = registry(third, ALL, new RecordingAuditLog());
                ImportReport report = copy.importFile(new ByteArrayInputStream(english.toByteArray()), ImportFormat.XLSX,
                        "export-en.xlsx");
                assertTrue(report.accepted(), report.problems().toString());
                assertEquals(demo.stream().filter(e -> e.industryCode().startsWith("I65")).count(), report.rowsImported());
            }
            java.nio.file.Path file = java.nio.file.Files.createTempFile("export-en", ".xlsx");
            java.nio.file.Files.write(file, english.toByteArray());
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                StringBuilder text = new StringBuilder();
                for (var entry : java.util.Collections.list(zip.entries())) {
                    text.append(new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
                assertTrue(text.indexOf("Unified social credit code") >= 0, "English headers");
                assertTrue(text.indexOf("统一社会信用代码") < 0, "no Chinese headers");
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        }
    }

    /** Text that a spreadsheet would run is exported as quoted text; the capital stays a number. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anExportedFormulaIsTextThatNoSpreadsheetRuns(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            JdbiEnterpriseRegistry registry = registry(database, ALL, new RecordingAuditLog());
            Enterprise hostile = new Enterprise(Uscc.parse("91370200163562681G"), "青岛海澜智联科技有限公司", "有限责任公司",
                    "=HYPERLINK(\"http://evil.example\",\"王海涛\")", new BigDecimal("5000000.00"), LocalDate.of(2018, 5, 20),
                    "+86 532 崂山区株洲路1号", "I6510", EnterpriseStatus.EXISTING, CreditGrade.A, EnterpriseSize.SMALL);
            registry.create(hostile);
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            registry.exportXlsx(EnterpriseQuery.all(), xlsx);
            try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                    new ByteArrayInputStream(xlsx.toByteArray()))) {
                List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
                org.dhatim.fastexcel.reader.Row row = rows.get(1);
                assertEquals("'=HYPERLINK(\"http://evil.example\",\"王海涛\")", row.getCellText(3));
                assertEquals(org.dhatim.fastexcel.reader.CellType.STRING, row.getCell(3).getType());
                assertEquals("'+86 532 崂山区株洲路1号", row.getCellText(6));
                assertEquals("青岛海澜智联科技有限公司", row.getCellText(1));
                assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, row.getCell(4).getType());
                assertEquals(0, new BigDecimal("5000000").compareTo(row.getCellAsNumber(4).orElseThrow()));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void everyMethodChecksItsPermission(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            JdbiEnterpriseRegistry reader = registry(database, TestAccess.holding("registry.enterprise.read"), new RecordingAuditLog());
            Enterprise e = sample("91370200163562681G", "青岛海澜智联科技有限公司");
            assertEquals("registry.enterprise.edit", assertThrows(AccessDeniedException.class, () -> reader.create(e)).permission());
            assertThrows(AccessDeniedException.class, () -> reader.update(e));
            assertEquals("registry.enterprise.import", assertThrows(AccessDeniedException.class,
                    () -> reader.importFile(new ByteArrayInputStream(new byte[0]), ImportFormat.CSV, "x.csv")).permission());
            assertEquals(0, reader.count(EnterpriseQuery.all()));
            JdbiEnterpriseRegistry nobody = registry(database, TestAccess.holding(), new RecordingAuditLog());
            assertThrows(AccessDeniedException.class, () -> nobody.find(e.uscc()));
            assertThrows(AccessDeniedException.class, () -> nobody.list(EnterpriseQuery.all()));
            assertThrows(AccessDeniedException.class, () -> nobody.count(EnterpriseQuery.all()));
            assertThrows(AccessDeniedException.class, () -> nobody.exportXlsx(EnterpriseQuery.all(), new ByteArrayOutputStream()));
        }
    }

    static String line(Enterprise e) {
        List<String> cells = new ArrayList<>();
        cells.add(e.uscc().value());
        cells.add(e.name());
        cells.add(nz(e.type()));
        cells.add(nz(e.legalRepresentative()));
        cells.add(e.registeredCapital() == null ? "" : e.registeredCapital().toPlainString());
        cells.add(e.establishedOn() == null ? "" : e.establishedOn().getYear() + "/" + e.establishedOn().getMonthValue() + "/"
                + e.establishedOn().getDayOfMonth());
        cells.add(nz(e.address()));
        cells.add(nz(e.industryCode()));
        cells.add(e.status().zh());
        cells.add(e.creditGrade() == null ? "" : e.creditGrade().name());
        cells.add(e.size() == null ? "" : e.size().zh());
        return String.join(",", cells) + "\n";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
