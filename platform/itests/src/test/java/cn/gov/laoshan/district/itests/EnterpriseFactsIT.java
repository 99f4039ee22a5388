package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseValidationException;
import cn.gov.laoshan.district.api.enterprise.ImportReport;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFacts;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.enterprise.facts.FactColumn;
import cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.api.enterprise.facts.Location;
import cn.gov.laoshan.district.api.enterprise.facts.Qualification;
import cn.gov.laoshan.district.api.enterprise.facts.YearlyFigure;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.registry.RegistryModule;
import cn.gov.laoshan.district.registry.demo.DemoEnterprises;
import cn.gov.laoshan.district.registry.demo.DemoFacts;
import cn.gov.laoshan.district.registry.facts.FactChange;
import cn.gov.laoshan.district.registry.facts.JdbiEnterpriseFacts;
import cn.gov.laoshan.district.registry.service.EventPublisher;
import cn.gov.laoshan.district.registry.service.JdbiEnterpriseRegistry;
import cn.gov.laoshan.district.registry.service.RegistryAudit;
import cn.gov.laoshan.district.registry.ui.XlsxTables;
import cn.gov.laoshan.district.testkit.TestDatabase;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.TestAccess;

/** Enterprise facts on Derby and (where configured) PostgreSQL: permissions, validation, audit, snapshots. */
class EnterpriseFactsIT {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    static final TestAccess STAFF = TestAccess.holding("registry.enterprise.read",
            "registry.enterprise.edit", "registry.enterprise.import", EnterpriseFactsService.PERMISSION_READ,
            EnterpriseFactsService.PERMISSION_EDIT, EnterpriseFactsService.PERMISSION_IMPORT);

    private static final Uscc HAILAN = Uscc.parse("91370212MA3C4XK2QQ");

    private record Fixture(JdbiEnterpriseRegistry registry, Database database) {
        JdbiEnterpriseFacts facts(cn.gov.laoshan.district.api.security.AccessControl grants, RecordingAuditLog audit) {
            return new JdbiEnterpriseFacts(database.jdbi(Database.PLATFORM_SCHEMA), grants,
                    new RegistryAudit(() -> Optional.of(audit)), Clock.systemDefaultZone());
        }
    }

    private static Fixture fixture(Database database, List<Enterprise> enterprises) {
        RegistryModule.migrate(database);
        JdbiEnterpriseRegistry registry = new JdbiEnterpriseRegistry(database.jdbi(Database.PLATFORM_SCHEMA), STAFF,
                Optional::empty, new EventPublisher(null), Clock.systemDefaultZone(), new XlsxTables());
        registry.save(enterprises);
        return new Fixture(registry, database);
    }

    private static Enterprise hailan() {
        return new Enterprise(HAILAN, "青岛海澜智联科技有限公司", "有限责任公司", "林海澜", new BigDecimal("10000000.00"),
                LocalDate.of(2016, 9, 12), "山东省青岛市崂山区株洲路151号", "I6510",
                cn.gov.laoshan.district.api.enterprise.EnterpriseStatus.EXISTING, CreditGrade.B, null);
    }

    private static YearlyFigure headcount(int year, int value) {
        return new YearlyFigure(HAILAN, FigureKind.HEADCOUNT, year, BigDecimal.valueOf(value), "统计年报", LocalDate.of(year + 1, 3, 31));
    }

    /** Keeps what would be posted to EventAdmin. */
    static final class RecordingEvents extends EventPublisher {
        final List<java.util.Map<String, ?>> updated = new java.util.concurrent.CopyOnWriteArrayList<>();

        RecordingEvents() {
            super(null);
        }

        @Override
        public void post(String topic, java.util.Map<String, ?> properties) {
            if (cn.gov.laoshan.district.api.enterprise.EnterpriseEvents.UPDATED.equals(topic)) {
                updated.add(properties);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aChangeOfOneEnterprisesFactsIsPostedAsItsUpdateSoThatRuleEnginesFollow(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            Fixture f = fixture(database, List.of(hailan()));
            RecordingEvents events = new RecordingEvents();
            JdbiEnterpriseFacts facts = new JdbiEnterpriseFacts(database.jdbi(Database.PLATFORM_SCHEMA), STAFF,
                    new RegistryAudit(() -> Optional.of(new RecordingAuditLog())), Clock.systemDefaultZone(), events);
            facts.putFigure(headcount(2025, 30));
            facts.setLocation(HAILAN, new Location("中韩街道", null));
            facts.putQualification(new Qualification(HAILAN, "HNTE", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), null));
            facts.removeQualification(HAILAN, "HNTE");
            facts.addCreditMark(HAILAN, "守信激励", "A级纳税人", null);
            facts.setCreditGrade(HAILAN, CreditGrade.A, "年度评价");
            assertEquals(6, events.updated.size());
            for (java.util.Map<String, ?> e : events.updated) {
                assertEquals(HAILAN.value(), e.get("uscc"));
                assertEquals("青岛海澜智联科技有限公司", e.get("name"));
            }
            // a refused change posts nothing
            assertThrows(RuntimeException.class, () -> facts.setCreditGrade(HAILAN, CreditGrade.B, ""));
            assertEquals(6, events.updated.size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void permissionsAreDeniedByDefaultAndEditingNeedsTheStaffPermission(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            Fixture f = fixture(database, List.of(hailan()));
            RecordingAuditLog audit = new RecordingAuditLog();
            EnterpriseFactsService nobody = f.facts(TestAccess.holding(), audit);
            assertThrows(AccessDeniedException.class, () -> nobody.facts(HAILAN));
            assertThrows(AccessDeniedException.class, () -> nobody.snapshot(List.of(new FactColumn.IndustryCode())));
            assertThrows(AccessDeniedException.class, () -> nobody.qualificationTypes());
            // the registry's own read permission is not enough
            EnterpriseFactsService registryReader = f.facts(TestAccess.holding("registry.enterprise.read",
                    "registry.enterprise.edit"), audit);
            assertThrows(AccessDeniedException.class, () -> registryReader.facts(HAILAN));
            assertThrows(AccessDeniedException.class, () -> registryReader.putFigure(headcount(2024, 30)));
            EnterpriseFactsService reader = f.facts(TestAccess.holding(EnterpriseFactsService.PERMISSION_READ), audit);
            assertTrue(reader.facts(HAILAN).figures().isEmpty());
            assertThrows(AccessDeniedException.class, () -> reader.putFigure(headcount(2024, 30)));
            assertThrows(AccessDeniedException.class, () -> reader.setLocation(HAILAN, new Location("中韩街道", null)));
            assertThrows(AccessDeniedException.class, () -> reader.addCreditMark(HAILAN, "守信激励", "A级纳税人", null));
            assertThrows(AccessDeniedException.class, () -> reader.setCreditGrade(HAILAN, CreditGrade.A, "年度评价"));
            assertThrows(AccessDeniedException.class, () -> reader.putQualification(new Qualification(HAILAN, "HNTE",
                    LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), null)));
            assertThrows(AccessDeniedException.class, () -> reader.removeQualification(HAILAN, "HNTE"));
            assertTrue(audit.entries().isEmpty());
            assertTrue(reader.facts(HAILAN).figures().isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anEnterpriseUserReadsOnlyTheirOwnFactsAndStaffReadAll(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            Enterprise other = DemoEnterprises.generate(8, 1).get(0);
            Fixture f = fixture(database, List.of(hailan(), other));
            RecordingAuditLog audit = new RecordingAuditLog();
            JdbiEnterpriseFacts staffFacts = f.facts(STAFF, audit);
            staffFacts.putFigure(headcount(2024, 30));
            staffFacts.putFigure(new YearlyFigure(other.uscc(), FigureKind.HEADCOUNT, 2024, BigDecimal.valueOf(7), "统计年报",
                    LocalDate.of(2025, 3, 31)));
            int recorded = audit.entries().size();

            // an enterprise user holding the read permission (and, by mistake, every other): their own facts only
            TestAccess access = new TestAccess().asEnterprise("hailan-qy", HAILAN.value(), EnterpriseFactsService.PERMISSION_READ,
                    EnterpriseFactsService.PERMISSION_EDIT, EnterpriseFactsService.PERMISSION_IMPORT);
            JdbiEnterpriseFacts own = f.facts(access, audit);
            assertEquals(new BigDecimal("30.00"), own.facts(HAILAN).figure(FigureKind.HEADCOUNT, 2024).orElseThrow().value());
            assertFalse(own.qualificationTypes().isEmpty());
            assertThrows(AccessDeniedException.class, () -> own.facts(other.uscc()));
            // every enterprise at once is staff work, and so is every change
            assertThrows(AccessDeniedException.class, () -> own.snapshot(List.of(new FactColumn.IndustryCode())));
            assertThrows(AccessDeniedException.class, () -> own.putFigure(headcount(2024, 300)));
            assertThrows(AccessDeniedException.class, () -> own.setCreditGrade(HAILAN, CreditGrade.A, "自评"));
            assertThrows(AccessDeniedException.class, () -> own.addCreditMark(HAILAN, "守信激励", "自评", null));
            assertThrows(AccessDeniedException.class, () -> own.setLocation(HAILAN, new Location("中韩街道", null)));
            assertThrows(AccessDeniedException.class, () -> own.putQualification(new Qualification(HAILAN, "HNTE",
                    LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), null)));
            assertThrows(AccessDeniedException.class, () -> own.removeQualification(HAILAN, "HNTE"));
            String file = "统一社会信用代码,指标,年度,数值,来源,截至日期\n" + HAILAN + ",从业人数,2024,300,企业自报,2025-03-31\n";
            assertThrows(AccessDeniedException.class, () -> own.importFigures(new java.io.ByteArrayInputStream(
                    file.getBytes(java.nio.charset.StandardCharsets.UTF_8)), cn.gov.laoshan.district.api.enterprise.ImportFormat.CSV,
                    "self.csv"));
            assertEquals(recorded, audit.entries().size());
            assertEquals(CreditGrade.B, f.registry().find(HAILAN).orElseThrow().creditGrade());
            assertEquals(new BigDecimal("30.00"), staffFacts.facts(HAILAN).figure(FigureKind.HEADCOUNT, 2024).orElseThrow().value());

            // the other enterprise's user: theirs, not hailan's; without the permission: nothing
            JdbiEnterpriseFacts theirs = f.facts(new TestAccess().asEnterprise("other-qy", other.uscc().value(),
                    EnterpriseFactsService.PERMISSION_READ), audit);
            assertEquals(new BigDecimal("7.00"), theirs.facts(other.uscc()).figure(FigureKind.HEADCOUNT, 2024).orElseThrow().value());
            assertThrows(AccessDeniedException.class, () -> theirs.facts(HAILAN));
            JdbiEnterpriseFacts without = f.facts(new TestAccess().asEnterprise("hailan-cw", HAILAN.value()), audit);
            assertThrows(AccessDeniedException.class, () -> without.facts(HAILAN));

            // staff with the read permission alone: every enterprise, and the snapshot
            JdbiEnterpriseFacts staffReader = f.facts(new TestAccess().as("finance-1", "finance",
                    EnterpriseFactsService.PERMISSION_READ), audit);
            assertEquals(new BigDecimal("7.00"), staffReader.facts(other.uscc()).figure(FigureKind.HEADCOUNT, 2024).orElseThrow().value());
            assertEquals(1, staffReader.facts(HAILAN).figures().size());
            assertEquals(2, staffReader.snapshot(List.of(new FactColumn.IndustryCode())).size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void everyChangeIsValidatedAndAudited(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            Fixture f = fixture(database, List.of(hailan()));
            RecordingAuditLog audit = new RecordingAuditLog();
            EnterpriseFactsService facts = f.facts(STAFF, audit);

            facts.putFigure(headcount(2024, 30));
            facts.putFigure(headcount(2024, 34));
            assertEquals(new BigDecimal("34.00"), facts.facts(HAILAN).figure(FigureKind.HEADCOUNT, 2024).orElseThrow().value());
            assertEquals(1, facts.facts(HAILAN).figures().size());
            assertEquals("facts.figure", audit.entries().get(1).action());
            assertTrue(audit.entries().get(1).before().contains("\"value\":\"30.00\""), audit.entries().get(1).before());
            assertTrue(audit.entries().get(1).after().contains("\"value\":\"34\""), audit.entries().get(1).after());

            // bad input: a clear problem, nothing written, nothing audited
            int recorded = audit.entries().size();
            EnterpriseValidationException negative = assertThrows(EnterpriseValidationException.class,
                    () -> facts.putFigure(new YearlyFigure(HAILAN, FigureKind.TAX_PAID, 2024, new BigDecimal("-1"), "税务",
                            LocalDate.of(2025, 5, 31))));
            assertEquals("数值", negative.problems().get(0).field());
            EnterpriseValidationException future = assertThrows(EnterpriseValidationException.class,
                    () -> facts.putFigure(headcount(LocalDate.now().getYear() + 1, 3)));
            assertEquals("年度", future.problems().get(0).field());
            Uscc unknown = Uscc.parse("91370212MA3D7LF8T7");
            assertThrows(EnterpriseValidationException.class, () -> facts.setLocation(unknown, new Location("中韩街道", null)));
            assertThrows(EnterpriseValidationException.class, () -> facts.putQualification(new Qualification(HAILAN, "NO_SUCH",
                    LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), null)));
            assertThrows(EnterpriseValidationException.class, () -> facts.putQualification(new Qualification(HAILAN, "HNTE",
                    LocalDate.of(2024, 1, 1), LocalDate.of(2023, 12, 31), null)));
            EnterpriseValidationException noReason = assertThrows(EnterpriseValidationException.class,
                    () -> facts.setCreditGrade(HAILAN, CreditGrade.D, " "));
            assertEquals("理由", noReason.problems().get(0).field());
            assertThrows(EnterpriseValidationException.class, () -> facts.addCreditMark(HAILAN, "失信惩戒", null, null));
            assertEquals(recorded, audit.entries().size());
            assertEquals(CreditGrade.B, f.registry().find(HAILAN).orElseThrow().creditGrade());
            assertEquals(1, facts.facts(HAILAN).figures().size());
            assertTrue(facts.facts(HAILAN).qualifications().isEmpty());

            facts.setCreditGrade(HAILAN, CreditGrade.A, "2024年度纳税信用A级");
            assertEquals(CreditGrade.A, f.registry().find(HAILAN).orElseThrow().creditGrade());
            RecordingAuditLog.Entry grade = audit.last();
            assertEquals("facts.credit-grade", grade.action());
            assertEquals("{\"creditGrade\":\"B\"}", grade.before());
            assertTrue(grade.after().contains("\"reason\":\"2024年度纳税信用A级\""), grade.after());

            long mark = facts.addCreditMark(HAILAN, "守信激励", "连续三年A级纳税人", LocalDate.now().plusYears(1));
            EnterpriseFacts read = facts.facts(HAILAN);
            assertEquals(mark, read.creditMarks().get(0).id());
            assertEquals("tester", read.creditMarks().get(0).setBy());
            assertEquals("守信激励", read.creditMarks().get(0).mark());

            facts.putQualification(new Qualification(HAILAN, "HNTE", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), "GR202437000123"));
            facts.setLocation(HAILAN, new Location("中韩街道", "青岛国际创新园"));
            read = facts.facts(HAILAN);
            assertEquals(new Location("中韩街道", "青岛国际创新园"), read.location());
            assertEquals("HNTE", read.qualifications().get(0).type());
            facts.removeQualification(HAILAN, "HNTE");
            assertTrue(facts.facts(HAILAN).qualifications().isEmpty());
            List<String> actions = audit.actions();
            assertEquals(List.of("facts.figure", "facts.figure", "facts.credit-grade", "facts.credit-mark", "facts.qualification",
                    "facts.location", "facts.qualification.remove"), actions);
            assertTrue(audit.entries().stream().allMatch(r -> r.source().equals("registry")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void snapshotsAreColumnWiseVersionedAndFollowChanges(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            List<Enterprise> enterprises = new ArrayList<>(DemoEnterprises.generate(5, 400));
            enterprises.add(hailan());
            Fixture f = fixture(database, enterprises);
            JdbiEnterpriseFacts facts = f.facts(STAFF, new RecordingAuditLog());
            List<YearlyFigure> figures = new ArrayList<>();
            List<Qualification> qualifications = new ArrayList<>();
            List<Uscc> usccs = new ArrayList<>();
            List<Location> locations = new ArrayList<>();
            for (Enterprise e : enterprises) {
                DemoFacts.Facts demo = DemoFacts.of(e, 5);
                figures.addAll(demo.figures());
                qualifications.addAll(demo.qualifications());
                usccs.add(e.uscc());
                locations.add(demo.location());
            }
            facts.save(figures, qualifications, usccs, locations);
            int year = DemoFacts.LAST_YEAR;
            LocalDate day = LocalDate.of(year, 12, 31);
            List<FactColumn> columns = List.of(new FactColumn.IndustryCode(), new FactColumn.RegisteredCapital(),
                    new FactColumn.CreditGrade(), new FactColumn.Street(), new FactColumn.Figure(FigureKind.HEADCOUNT, year),
                    new FactColumn.Qualified("HNTE", day), new FactColumn.Marked("守信激励", day), new FactColumn.Founded(),
                    new FactColumn.SizeClass());
            FactSnapshot first = facts.snapshot(columns);
            assertEquals(enterprises.size(), first.size());
            String[] sorted = enterprises.stream().map(e -> e.uscc().value()).sorted().toArray(String[]::new);
            assertArrayEquals(sorted, first.usccs());
            // every value as the row-by-row service says
            for (int i = 0; i < first.size(); i += 7) {
                Uscc uscc = Uscc.parse(first.usccs()[i]);
                Enterprise e = f.registry().find(uscc).orElseThrow();
                EnterpriseFacts one = facts.facts(uscc);
                assertEquals(e.industryCode(), first.texts(columns.get(0))[i]);
                assertEquals(e.registeredCapital() == null ? FactSnapshot.MISSING : e.registeredCapital().longValue(),
                        first.numbers(columns.get(1))[i]);
                assertEquals(e.creditGrade() == null ? null : e.creditGrade().name(), first.texts(columns.get(2))[i]);
                assertEquals(one.location().street(), first.texts(columns.get(3))[i]);
                assertEquals(one.figure(FigureKind.HEADCOUNT, year).map(y -> y.value().longValue()).orElse(FactSnapshot.MISSING),
                        first.numbers(columns.get(4))[i]);
                assertEquals(one.qualifications().stream().anyMatch(q -> q.type().equals("HNTE") && q.validOn(day)),
                        first.flags(columns.get(5)).get(i));
                assertEquals(e.establishedOn() == null ? FactSnapshot.MISSING : e.establishedOn().toEpochDay(),
                        first.numbers(columns.get(7))[i]);
                assertEquals(e.size() == null ? null : e.size().name(), first.texts(columns.get(8))[i]);
            }
            assertTrue(Arrays.stream(first.texts(columns.get(8))).anyMatch(java.util.Objects::nonNull), "demo sizes are read");
            assertTrue(first.flags(columns.get(5)).cardinality() > 0, "some demo enterprises are 高新技术企业");
            assertEquals(first.version(), facts.snapshot(columns).version(), "nothing changed, same version");

            // a change of a fact: a new version with the new value; the old snapshot keeps its values
            int at = Arrays.binarySearch(first.usccs(), HAILAN.value());
            long before = first.numbers(columns.get(4))[at];
            facts.putFigure(new YearlyFigure(HAILAN, FigureKind.HEADCOUNT, year, BigDecimal.valueOf(4321), "企业自报", day));
            facts.addCreditMark(HAILAN, "守信激励", "A级纳税人", null);
            FactSnapshot second = facts.snapshot(columns);
            assertNotEquals(first.version(), second.version());
            assertEquals(4321, second.numbers(columns.get(4))[at]);
            assertTrue(second.flags(columns.get(6)).get(at));
            assertEquals(before, first.numbers(columns.get(4))[at]);
            assertFalse(first.flags(columns.get(6)).get(at));

            // a change in the registry itself (a new enterprise, a grade) shows too
            facts.setCreditGrade(HAILAN, CreditGrade.D, "严重失信");
            Enterprise added = DemoEnterprises.generate(6, 1).get(0);
            f.registry().create(added);
            int readsBeforeNew = facts.snapshots().fullReads();
            FactSnapshot third = facts.snapshot(columns);
            assertEquals(readsBeforeNew, facts.snapshots().fullReads(), "a new enterprise is put in its place, not read with all");
            assertEquals(enterprises.size(), second.size(), "an older snapshot keeps its rows");
            assertEquals(enterprises.size() + 1, third.size());
            int hailanNow = Arrays.binarySearch(third.usccs(), HAILAN.value());
            assertEquals("D", third.texts(columns.get(2))[hailanNow]);
            int addedAt = Arrays.binarySearch(third.usccs(), added.uscc().value());
            assertEquals(added.industryCode(), third.texts(columns.get(0))[addedAt]);
            assertNull(third.texts(columns.get(3))[addedAt], "no location yet");
            // a qualification given and taken away again: the flag follows, each time with a new version
            int fullReads = facts.snapshots().fullReads();
            facts.putQualification(new Qualification(HAILAN, "HNTE", LocalDate.of(year, 1, 1), LocalDate.of(year + 2, 12, 31), null));
            FactSnapshot qualified = facts.snapshot(columns);
            assertTrue(qualified.flags(columns.get(5)).get(hailanNow));
            facts.removeQualification(HAILAN, "HNTE");
            facts.setLocation(HAILAN, new Location("沙子口街道", null));
            Enterprise grown = f.registry().find(HAILAN).orElseThrow();
            f.registry().update(new Enterprise(grown.uscc(), grown.name(), grown.type(), grown.legalRepresentative(),
                    grown.registeredCapital(), LocalDate.of(2017, 3, 1), grown.address(), grown.industryCode(), grown.status(),
                    grown.creditGrade(), cn.gov.laoshan.district.api.enterprise.EnterpriseSize.MEDIUM));
            FactSnapshot removed = facts.snapshot(columns);
            assertEquals(LocalDate.of(2017, 3, 1).toEpochDay(), removed.numbers(columns.get(7))[hailanNow]);
            assertEquals("MEDIUM", removed.texts(columns.get(8))[hailanNow]);
            assertEquals(LocalDate.of(2016, 9, 12).toEpochDay(), third.numbers(columns.get(7))[hailanNow]);
            assertFalse(removed.flags(columns.get(5)).get(hailanNow));
            assertEquals("沙子口街道", removed.texts(columns.get(3))[hailanNow]);
            assertTrue(qualified.flags(columns.get(5)).get(hailanNow), "an older snapshot keeps its values");
            assertEquals(third.flags(columns.get(5)).cardinality() - (third.flags(columns.get(5)).get(hailanNow) ? 1 : 0),
                    removed.flags(columns.get(5)).cardinality());
            assertEquals(fullReads, facts.snapshots().fullReads(), "caught up by re-reading the one changed enterprise");
            // what was caught up equals what a fresh read gives
            facts.snapshots().forget();
            FactSnapshot fresh = facts.snapshot(columns);
            assertEquals(removed.version(), fresh.version());
            for (FactColumn column : columns) {
                switch (column.type()) {
                    case NUMBER -> assertArrayEquals(fresh.numbers(column), removed.numbers(column), column.toString());
                    case TEXT -> assertArrayEquals(fresh.texts(column), removed.texts(column), column.toString());
                    case FLAG -> assertEquals(fresh.flags(column), removed.flags(column), column.toString());
                }
            }
            // the start-up read-ahead: the usual columns (the newest year's figures, street, today's qualifications …)
            // kept, so that a rule's first snapshot of them is served from memory — the very arrays read ahead
            facts.snapshots().forget();
            FactSnapshot ahead = facts.snapshots().warm();
            FactColumn headcountNow = new FactColumn.Figure(FigureKind.HEADCOUNT, year);
            FactColumn hnteToday = new FactColumn.Qualified("HNTE", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
            FactSnapshot firstRun = facts.snapshot(List.of(headcountNow, new FactColumn.Street(), hnteToday));
            assertEquals(ahead.version(), firstRun.version());
            assertTrue(ahead.numbers(headcountNow) == firstRun.numbers(headcountNow), "served from what was read ahead");
            assertTrue(ahead.flags(hnteToday) == firstRun.flags(hnteToday), "served from what was read ahead");
            assertArrayEquals(fresh.numbers(headcountNow), firstRun.numbers(headcountNow));
            assertArrayEquals(fresh.texts(new FactColumn.Street()), firstRun.texts(new FactColumn.Street()));
            assertThrows(IllegalArgumentException.class, () -> third.numbers(columns.get(0)));
            assertThrows(IllegalArgumentException.class, () -> third.numbers(new FactColumn.Figure(FigureKind.TAX_PAID, year)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aStartReadsTheKeptColumnsAndCatchesUpInsteadOfScanningTheTables(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            List<Enterprise> enterprises = new ArrayList<>(DemoEnterprises.generate(9, 300));
            enterprises.add(hailan());
            Fixture f = fixture(database, enterprises);
            JdbiEnterpriseFacts running = f.facts(STAFF, new RecordingAuditLog());
            List<YearlyFigure> figures = new ArrayList<>();
            List<Qualification> qualifications = new ArrayList<>();
            List<Uscc> usccs = new ArrayList<>();
            List<Location> locations = new ArrayList<>();
            for (Enterprise e : enterprises) {
                DemoFacts.Facts demo = DemoFacts.of(e, 9);
                figures.addAll(demo.figures());
                qualifications.addAll(demo.qualifications());
                usccs.add(e.uscc());
                locations.add(demo.location());
            }
            running.save(figures, qualifications, usccs, locations);
            int year = DemoFacts.LAST_YEAR;
            LocalDate day = LocalDate.of(year, 12, 31);
            List<FactColumn> columns = List.of(new FactColumn.IndustryCode(), new FactColumn.RegisteredCapital(),
                    new FactColumn.Founded(), new FactColumn.SizeClass(), new FactColumn.CreditGrade(), new FactColumn.Street(),
                    new FactColumn.Park(), new FactColumn.Figure(FigureKind.HEADCOUNT, year), new FactColumn.Qualified("HNTE", day));
            running.snapshot(columns);
            running.snapshots().awaitStored();

            // changes after the copy was kept, then a start (a new service): the copy and the change logs, no table scan
            running.putFigure(new YearlyFigure(HAILAN, FigureKind.HEADCOUNT, year, BigDecimal.valueOf(777), "企业自报", day));
            running.setCreditGrade(HAILAN, CreditGrade.A, "守信激励");
            running.setLocation(HAILAN, new Location("北宅街道", "崂山湾园区"));
            JdbiEnterpriseFacts started = f.facts(STAFF, new RecordingAuditLog());
            FactSnapshot restored = started.snapshot(columns);
            assertEquals(0, started.snapshots().fullReads(), "started from the kept copy");
            int at = Arrays.binarySearch(restored.usccs(), HAILAN.value());
            assertEquals(777, restored.numbers(columns.get(7))[at]);
            assertEquals("A", restored.texts(columns.get(4))[at]);
            assertEquals("崂山湾园区", restored.texts(columns.get(6))[at]);
            // a column the copy does not hold is read from its table, the others stay those of the copy
            FactColumn tax = new FactColumn.Figure(FigureKind.TAX_PAID, year);
            FactSnapshot more = started.snapshot(List.of(tax, columns.get(0)));
            assertTrue(more.texts(columns.get(0)) == restored.texts(columns.get(0)), "the kept column is not read again");

            // the same values as the tables give
            started.snapshots().awaitStored();
            JdbiEnterpriseFacts fresh = f.facts(STAFF, new RecordingAuditLog());
            fresh.snapshots().forgetAll();
            FactSnapshot read = fresh.snapshot(columns);
            assertEquals(1, fresh.snapshots().fullReads());
            assertEquals(read.version(), restored.version());
            assertArrayEquals(read.usccs(), restored.usccs());
            for (FactColumn column : columns) {
                switch (column.type()) {
                    case NUMBER -> assertArrayEquals(read.numbers(column), restored.numbers(column), column.toString());
                    case TEXT -> assertArrayEquals(read.texts(column), restored.texts(column), column.toString());
                    case FLAG -> assertEquals(read.flags(column), restored.flags(column), column.toString());
                }
            }
            assertArrayEquals(fresh.snapshot(List.of(tax)).numbers(tax), more.numbers(tax));

            // a start after a night or a weekend: the copy is a day and more old, the change logs still reach it
            // (their pruning keeps what the copy needs): caught up, not read
            fresh.snapshots().awaitStored();
            org.jdbi.v3.core.Jdbi jdbi = database.jdbi(Database.PLATFORM_SCHEMA);
            java.time.Instant now = java.time.Instant.now();
            jdbi.useHandle(h -> h.createUpdate("update fact_snapshot_store set taken_from = :old")
                    .bind("old", java.sql.Timestamp.from(now.minus(java.time.Duration.ofHours(30)))).execute());
            // a change logged 26 hours ago (after the copy, more than a day back): the start catches up with it, and
            // the pruning of the log (which the catch-up does) leaves it, since the copy needs it
            jdbi.useTransaction(h -> {
                h.execute("update facts_version set version = version + 1 where id = 1");
                h.createUpdate("insert into facts_change (changed_at, uscc) values (:at, :uscc)")
                        .bind("at", java.sql.Timestamp.from(now.minus(java.time.Duration.ofHours(26)))).bind("uscc", HAILAN.value())
                        .execute();
            });
            JdbiEnterpriseFacts afterNight = f.facts(STAFF, new RecordingAuditLog());
            assertArrayEquals(read.numbers(columns.get(7)), afterNight.snapshot(columns).numbers(columns.get(7)));
            assertEquals(0, afterNight.snapshots().fullReads(), "a copy of 30 hours is caught up");
            int olderThanADay = jdbi.withHandle(h -> h.createQuery("select count(*) from facts_change where changed_at < :day")
                    .bind("day", java.sql.Timestamp.from(now.minus(java.time.Duration.ofHours(24)))).mapTo(Integer.class).one());
            assertEquals(1, olderThanADay, "the pruning keeps the log rows the kept copy needs");
            // a copy older than the change logs are kept for is not used: the tables are read
            afterNight.snapshots().awaitStored();
            jdbi.useHandle(h -> h.createUpdate("update fact_snapshot_store set taken_from = :old")
                    .bind("old", java.sql.Timestamp.from(now.minus(java.time.Duration.ofDays(8)))).execute());
            JdbiEnterpriseFacts late = f.facts(STAFF, new RecordingAuditLog());
            assertArrayEquals(read.numbers(columns.get(7)), late.snapshot(columns).numbers(columns.get(7)));
            assertEquals(1, late.snapshots().fullReads(), "an old copy is not caught up");
            // enterprises registered after the copy was kept go in their places, with their facts
            late.snapshots().awaitStored();
            List<Enterprise> added = DemoEnterprises.generate(10, 3);
            added.forEach(f.registry()::create);
            running.putFigure(new YearlyFigure(added.get(1).uscc(), FigureKind.HEADCOUNT, year, BigDecimal.valueOf(12), "企业自报", day));
            JdbiEnterpriseFacts afterNew = f.facts(STAFF, new RecordingAuditLog());
            FactSnapshot withNew = afterNew.snapshot(columns);
            assertEquals(0, afterNew.snapshots().fullReads(), "caught up with the new enterprises");
            assertEquals(enterprises.size() + 3, withNew.size());
            afterNew.snapshots().awaitStored();
            JdbiEnterpriseFacts reread = f.facts(STAFF, new RecordingAuditLog());
            reread.snapshots().forgetAll();
            FactSnapshot all = reread.snapshot(columns);
            assertArrayEquals(all.usccs(), withNew.usccs());
            for (FactColumn column : columns) {
                switch (column.type()) {
                    case NUMBER -> assertArrayEquals(all.numbers(column), withNew.numbers(column), column.toString());
                    case TEXT -> assertArrayEquals(all.texts(column), withNew.texts(column), column.toString());
                    case FLAG -> assertEquals(all.flags(column), withNew.flags(column), column.toString());
                }
            }
            assertEquals(12, withNew.numbers(columns.get(7))[Arrays.binarySearch(withNew.usccs(), added.get(1).uscc().value())]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aChangeOfManyAlreadyReadIsNotReadAgainNorAfterAStart(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            // the registration of 1,200 enterprises: more than the registry logs by code, one change of many
            Fixture f = fixture(database, DemoEnterprises.generate(14, 1_200));
            JdbiEnterpriseFacts facts = f.facts(STAFF, new RecordingAuditLog());
            int year = DemoFacts.LAST_YEAR;
            LocalDate day = LocalDate.of(year, 12, 31);
            FactColumn headcount = new FactColumn.Figure(FigureKind.HEADCOUNT, year);
            List<FactColumn> columns = List.of(new FactColumn.IndustryCode(), new FactColumn.Street(), headcount);
            FactSnapshot first = facts.snapshot(columns);
            assertEquals(1, facts.snapshots().fullReads());
            // a change within the minute the catch-up looks back: the change of many is seen again, and skipped,
            // since it was in the full read
            Uscc one = Uscc.parse(first.usccs()[17]);
            facts.putFigure(new YearlyFigure(one, FigureKind.HEADCOUNT, year, BigDecimal.valueOf(55), "企业自报", day));
            FactSnapshot second = facts.snapshot(columns);
            assertEquals(1, facts.snapshots().fullReads(), "the change of many already read is not read again");
            assertEquals(55, second.numbers(headcount)[17]);
            // a start within that minute: from the kept copy, which knows the change of many is in it
            facts.snapshots().awaitStored();
            JdbiEnterpriseFacts started = f.facts(STAFF, new RecordingAuditLog());
            FactSnapshot restored = started.snapshot(columns);
            assertEquals(0, started.snapshots().fullReads(), "started from the kept copy");
            assertEquals(second.version(), restored.version());
            assertEquals(55, restored.numbers(headcount)[17]);
            assertArrayEquals(first.texts(columns.get(0)), restored.texts(columns.get(0)));
            // a change of many committed after the read is not in it: everything is read again, once — by the
            // registry's refresh job in the background, and the next snapshot is served from that read
            f.registry().save(DemoEnterprises.generate(15, 1_100));
            started.snapshots().refresh();
            assertEquals(1, started.snapshots().fullReads(), "the refresh read the tables");
            FactSnapshot third = started.snapshot(columns);
            assertEquals(1, started.snapshots().fullReads(), "the snapshot after the refresh did not read them again");
            assertEquals(first.size() + 1_100, third.size());
            facts.putFigure(new YearlyFigure(one, FigureKind.HEADCOUNT, year, BigDecimal.valueOf(56), "企业自报", day));
            FactSnapshot fourth = started.snapshot(columns);
            assertEquals(1, started.snapshots().fullReads(), "the second change of many was read too");
            assertEquals(56, fourth.numbers(headcount)[Arrays.binarySearch(fourth.usccs(), one.value())]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aDamagedOrForeignKeptCopyIsIgnoredAndTheLogSaysSo(TestDatabase test) throws Exception {
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log = new ch.qos.logback.core.read.ListAppender<>();
        log.start();
        ch.qos.logback.classic.Logger keptLog = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger("cn.gov.laoshan.district.registry.facts.KeptSnapshot");
        keptLog.addAppender(log);
        try (test; Database database = Database.open(test.settings())) {
            Fixture f = fixture(database, DemoEnterprises.generate(16, 200));
            org.jdbi.v3.core.Jdbi jdbi = database.jdbi(Database.PLATFORM_SCHEMA);
            List<FactColumn> columns = List.of(new FactColumn.IndustryCode(), new FactColumn.RegisteredCapital(),
                    new FactColumn.Status());
            JdbiEnterpriseFacts running = f.facts(STAFF, new RecordingAuditLog());
            FactSnapshot read = running.snapshot(columns);
            running.snapshots().awaitStored();

            // one bit of the industry codes' row flipped (a damaged disk, a hand-made update): the checksum finds it
            byte[] content = jdbi.withHandle(h -> h.createQuery("select content from fact_snapshot_store where column_key = 'IndustryCode'")
                    .mapTo(byte[].class).one());
            content[content.length - 3] ^= 0x01;
            jdbi.useHandle(h -> h.createUpdate("update fact_snapshot_store set content = :c where column_key = 'IndustryCode'")
                    .bind("c", content).execute());
            JdbiEnterpriseFacts damaged = f.facts(STAFF, new RecordingAuditLog());
            FactSnapshot fromTables = damaged.snapshot(columns);
            assertEquals(1, damaged.snapshots().fullReads(), "a damaged copy is not used");
            assertArrayEquals(read.texts(columns.get(0)), fromTables.texts(columns.get(0)));
            assertTrue(logged(log, "registry: kept fact snapshot columns ignored (row IndustryCode is damaged: its checksum does not match), "
                    + "reading the tables"), messages(log));

            // a copy of a version this database never reached (another database's, or one restored from an older backup)
            damaged.snapshots().awaitStored();
            jdbi.useHandle(h -> h.execute("update fact_snapshot_store set version = version + 1000"));
            JdbiEnterpriseFacts foreign = f.facts(STAFF, new RecordingAuditLog());
            assertArrayEquals(read.numbers(columns.get(1)), foreign.snapshot(columns).numbers(columns.get(1)));
            assertEquals(1, foreign.snapshots().fullReads(), "a foreign copy is not used");
            assertTrue(log.list.stream().anyMatch(e -> e.getFormattedMessage().contains("is newer than the database's facts")),
                    messages(log));

            // a row of another form (the bare codes, as written before rows were sealed)
            foreign.snapshots().awaitStored();
            byte[] bare = String.join("", read.usccs()).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            jdbi.useHandle(h -> h.createUpdate("update fact_snapshot_store set content = :c where column_key = 'codes:2'")
                    .bind("c", bare).execute());
            JdbiEnterpriseFacts older = f.facts(STAFF, new RecordingAuditLog());
            assertArrayEquals(read.usccs(), older.snapshot(columns).usccs());
            assertEquals(1, older.snapshots().fullReads(), "a copy of another form is not used");
            assertTrue(log.list.stream().anyMatch(e -> e.getFormattedMessage().contains("row codes:2 is not of this form")), messages(log));

            // and the full read wrote a sound copy again
            older.snapshots().awaitStored();
            JdbiEnterpriseFacts sound = f.facts(STAFF, new RecordingAuditLog());
            assertArrayEquals(read.texts(columns.get(0)), sound.snapshot(columns).texts(columns.get(0)));
            assertEquals(0, sound.snapshots().fullReads(), "started from the copy written again");
        } finally {
            keptLog.detachAppender(log);
        }
    }

    private static boolean logged(ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log, String message) {
        return log.list.stream().anyMatch(e -> e.getFormattedMessage().equals(message));
    }

    private static String messages(ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log) {
        return log.list.stream().map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage).toList().toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFactFileOfThousandsOfEnterprisesIsCaughtUpNotReadAgainWhole(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            List<Enterprise> enterprises = DemoEnterprises.generate(12, 1_500);
            Fixture f = fixture(database, enterprises);
            JdbiEnterpriseFacts facts = f.facts(STAFF, new RecordingAuditLog());
            // the registration of the 1,500 (logged as one change of many) as if it were older than the catch-up's
            // look-back: a change of many within the last minute before a read makes the next catch-up read all again
            database.jdbi(Database.PLATFORM_SCHEMA).useHandle(h -> h.createUpdate("update enterprise_change set changed_at = :old")
                    .bind("old", java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofMinutes(5)))).execute());
            FactColumn headcount = new FactColumn.Figure(FigureKind.HEADCOUNT, 2024);
            FactSnapshot before = facts.snapshot(List.of(headcount, new FactColumn.IndustryCode()));
            int reads = facts.snapshots().fullReads();
            StringBuilder file = new StringBuilder("统一社会信用代码,指标,年度,数值,来源,截至日期\n");
            for (int i = 0; i < enterprises.size(); i++) {
                file.append(enterprises.get(i).uscc()).append(",从业人数,2024,").append(10 + i).append(",统计年报,2025-03-31\n");
            }
            ImportReport report = facts.importFigures(new java.io.ByteArrayInputStream(file.toString().getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)), cn.gov.laoshan.district.api.enterprise.ImportFormat.CSV, "all.csv");
            assertEquals(1_500, report.rowsImported(), report.problems().toString());
            FactSnapshot after = facts.snapshot(List.of(headcount, new FactColumn.IndustryCode()));
            assertEquals(reads, facts.snapshots().fullReads(), "1,500 changed enterprises caught up");
            for (int i = 0; i < enterprises.size(); i++) {
                assertEquals(10 + i, after.numbers(headcount)[Arrays.binarySearch(after.usccs(), enterprises.get(i).uscc().value())]);
            }
            assertTrue(before.numbers(headcount) != after.numbers(headcount), "the older snapshot keeps its array");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void figureImportIsAllOrNothingWithAReportPerRow(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            Enterprise other = DemoEnterprises.generate(8, 1).get(0);
            Fixture f = fixture(database, List.of(hailan(), other));
            RecordingAuditLog audit = new RecordingAuditLog();
            JdbiEnterpriseFacts facts = f.facts(STAFF, audit);
            facts.putFigure(headcount(2024, 30));
            audit.clear();
            FactSnapshot before = facts.snapshot(List.of(new FactColumn.Figure(FigureKind.HEADCOUNT, 2024)));
            String header = "统一社会信用代码,指标,年度,数值,来源,截至日期\n";
            String good = header + HAILAN + ",从业人数,2024,35,统计年报,2025-03-31\n"
                    + HAILAN + ",营业收入,2024,\"12,500,000\",统计年报,2025/3/31\n"
                    + other.uscc() + ",Tax paid,2024,80000.5,区税务局,2025年5月31日\n";
            String bad = good + HAILAN + ",纳税额,2024,-5,区税务局,2025-05-31\n"
                    + "91370212MA3D7LF8T7,从业人数,2024,3,统计年报,2025-03-31\n"
                    + HAILAN + ",从业人数,2024,36,统计年报,2025-03-31\n"
                    + HAILAN + ",利润,2024,1,统计年报,2025-03-31\n";
            ImportReport refused = facts.importFigures(new java.io.ByteArrayInputStream(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    cn.gov.laoshan.district.api.enterprise.ImportFormat.CSV, "bad.csv");
            assertEquals(0, refused.rowsImported());
            assertEquals(List.of("5 数值", "7 指标", "8 指标"), refused.problems().stream().map(p -> p.row() + " " + p.field()).toList(),
                    refused.problems().toString());
            assertTrue(audit.entries().isEmpty());
            assertEquals(before.version(), facts.snapshot(List.of(new FactColumn.Figure(FigureKind.HEADCOUNT, 2024))).version(),
                    "nothing changed");
            assertEquals(1, facts.facts(HAILAN).figures().size());

            // every row good but one enterprise not registered: also nothing
            String unknown = good + "91370212MA3D7LF8T7,从业人数,2024,3,统计年报,2025-03-31\n";
            ImportReport notRegistered = facts.importFigures(new java.io.ByteArrayInputStream(unknown.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)), cn.gov.laoshan.district.api.enterprise.ImportFormat.CSV, "unknown.csv");
            assertEquals(List.of("5 统一社会信用代码"), notRegistered.problems().stream().map(p -> p.row() + " " + p.field()).toList());
            assertEquals(1, facts.facts(HAILAN).figures().size());
            assertEquals(new BigDecimal("30.00"), facts.facts(HAILAN).figure(FigureKind.HEADCOUNT, 2024).orElseThrow().value());

            ImportReport accepted = facts.importFigures(new java.io.ByteArrayInputStream(good.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    cn.gov.laoshan.district.api.enterprise.ImportFormat.CSV, "good.csv");
            assertTrue(accepted.problems().isEmpty(), accepted.problems().toString());
            assertEquals(3, accepted.rowsImported());
            EnterpriseFacts read = facts.facts(HAILAN);
            assertEquals(new BigDecimal("35.00"), read.figure(FigureKind.HEADCOUNT, 2024).orElseThrow().value());
            assertEquals(new BigDecimal("12500000.00"), read.figure(FigureKind.OPERATING_REVENUE, 2024).orElseThrow().value());
            assertEquals(new BigDecimal("80000.50"), facts.facts(other.uscc()).figure(FigureKind.TAX_PAID, 2024).orElseThrow().value());
            assertEquals(LocalDate.of(2025, 5, 31), facts.facts(other.uscc()).figure(FigureKind.TAX_PAID, 2024).orElseThrow().asOf());
            assertEquals(1, audit.entries().size());
            assertEquals("facts.import", audit.entries().get(0).action());
            assertEquals(35, facts.snapshot(List.of(new FactColumn.Figure(FigureKind.HEADCOUNT, 2024)))
                    .numbers(new FactColumn.Figure(FigureKind.HEADCOUNT, 2024))[Arrays.binarySearch(before.usccs(), HAILAN.value())]);
            assertThrows(AccessDeniedException.class, () -> f.facts(TestAccess.holding(
                    EnterpriseFactsService.PERMISSION_READ, EnterpriseFactsService.PERMISSION_EDIT), audit).importFigures(
                            new java.io.ByteArrayInputStream(good.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                            cn.gov.laoshan.district.api.enterprise.ImportFormat.CSV, "good.csv"));
        }
    }

    private static ImportReport csv(String text, EnterpriseFactsFile file, JdbiEnterpriseFacts facts) throws Exception {
        java.io.InputStream in = new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return switch (file) {
            case QUALIFICATIONS -> facts.importQualifications(in, cn.gov.laoshan.district.api.enterprise.ImportFormat.CSV, "q.csv");
            case GRADES -> facts.importCreditGrades(in, cn.gov.laoshan.district.api.enterprise.ImportFormat.CSV, "g.csv");
            case SIZES -> facts.importSizes(in, cn.gov.laoshan.district.api.enterprise.ImportFormat.CSV, "s.csv");
        };
    }

    private enum EnterpriseFactsFile { QUALIFICATIONS, GRADES, SIZES }

    private static List<String> where(ImportReport report) {
        return report.problems().stream().map(p -> p.row() + " " + p.field()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void qualificationGradeAndSizeFilesAreAllOrNothingWithAReportPerRow(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            Enterprise other = DemoEnterprises.generate(8, 1).get(0);
            Fixture f = fixture(database, List.of(hailan(), other));
            RecordingAuditLog audit = new RecordingAuditLog();
            JdbiEnterpriseFacts facts = f.facts(STAFF, audit);
            long version = facts.snapshot(List.of(new FactColumn.Street())).version();
            String unregistered = "91370212MA3D7LF8T7";

            // qualifications: a bad row of each kind, and nothing written
            String qualifications = "统一社会信用代码,资质,有效期起,有效期至,证书编号\n"
                    + HAILAN + ",高新技术企业,2024-12-01,2027-11-30,GR202437000123\n"
                    + other.uscc() + ",srdi,2025/1/1,2027/12/31,\n";
            ImportReport refused = csv(qualifications
                    + HAILAN + ",独角兽,2024-01-01,2026-01-01,\n"
                    + HAILAN + ",TSME,2026-01-01,2025-01-01,\n"
                    + HAILAN + ",High and new technology enterprise,2024-12-01,2027-11-30,\n"
                    + "91370212MA3C4XK2Q1,HNTE,2024-01-01,2026-01-01,\n"
                    + HAILAN + ",GAZELLE,someday,2026-01-01,\n", EnterpriseFactsFile.QUALIFICATIONS, facts);
            assertEquals(0, refused.rowsImported());
            assertEquals(List.of("4 资质", "5 有效期至", "6 资质", "7 统一社会信用代码", "8 有效期起"), where(refused),
                    refused.problems().toString());
            assertEquals(List.of("4 统一社会信用代码"), where(csv(qualifications + unregistered + ",HNTE,2024-01-01,2026-01-01,\n",
                    EnterpriseFactsFile.QUALIFICATIONS, facts)), "a code not registered refuses the file");
            assertTrue(facts.facts(HAILAN).qualifications().isEmpty());
            assertTrue(audit.entries().isEmpty());
            assertEquals(version, facts.snapshot(List.of(new FactColumn.Street())).version(), "nothing changed");
            ImportReport accepted = csv(qualifications, EnterpriseFactsFile.QUALIFICATIONS, facts);
            assertEquals(2, accepted.rowsImported(), accepted.problems().toString());
            Qualification hnte = facts.facts(HAILAN).qualifications().get(0);
            assertEquals("HNTE", hnte.type());
            assertEquals(LocalDate.of(2027, 11, 30), hnte.validUntil());
            assertEquals("GR202437000123", hnte.certificate());
            assertEquals("SRDI", facts.facts(other.uscc()).qualifications().get(0).type());
            // the same file again replaces, never doubles
            csv(qualifications.replace("2027-11-30", "2028-11-30"), EnterpriseFactsFile.QUALIFICATIONS, facts);
            assertEquals(1, facts.facts(HAILAN).qualifications().size());
            assertEquals(LocalDate.of(2028, 11, 30), facts.facts(HAILAN).qualifications().get(0).validUntil());
            FactColumn hnteColumn = new FactColumn.Qualified("HNTE", LocalDate.of(2028, 1, 1));
            FactSnapshot snapshot = facts.snapshot(List.of(hnteColumn));
            assertTrue(snapshot.flags(hnteColumn).get(Arrays.binarySearch(snapshot.usccs(), HAILAN.value())));

            // credit grades: a reason on every row; each changed grade audited with its reason
            audit.clear();
            String grades = "统一社会信用代码,信用等级,理由\n" + HAILAN + ",A,2025年度纳税信用A级\n" + other.uscc() + ",C级,行政处罚两次\n";
            ImportReport noReason = csv(grades + HAILAN + ",E,\n", EnterpriseFactsFile.GRADES, facts);
            assertEquals(List.of("4 信用等级", "4 理由"), where(noReason));
            assertEquals(List.of("4 统一社会信用代码"), where(csv(grades + HAILAN + ",D,重复\n", EnterpriseFactsFile.GRADES, facts)),
                    "a grade twice for one enterprise");
            assertEquals(CreditGrade.B, f.registry().find(HAILAN).orElseThrow().creditGrade());
            assertTrue(audit.entries().isEmpty());
            assertEquals(2, csv(grades, EnterpriseFactsFile.GRADES, facts).rowsImported());
            assertEquals(CreditGrade.A, f.registry().find(HAILAN).orElseThrow().creditGrade());
            assertEquals(CreditGrade.C, f.registry().find(other.uscc()).orElseThrow().creditGrade());
            List<String> actions = audit.entries().stream().map(e -> e.action()).toList();
            assertEquals(List.of("facts.import", "facts.credit-grade", "facts.credit-grade"), actions);
            assertTrue(audit.entries().get(1).after().contains("2025年度纳税信用A级"), audit.entries().get(1).after());
            FactSnapshot graded = facts.snapshot(List.of(new FactColumn.CreditGrade()));
            assertEquals("A", graded.texts(new FactColumn.CreditGrade())[Arrays.binarySearch(graded.usccs(), HAILAN.value())]);

            // sizes
            audit.clear();
            String sizes = "统一社会信用代码,企业规模\n" + HAILAN + ",中型\n" + other.uscc() + ",Micro\n";
            assertEquals(List.of("4 企业规模"), where(csv(sizes + HAILAN + ",巨型\n", EnterpriseFactsFile.SIZES, facts)));
            assertEquals(null, f.registry().find(HAILAN).orElseThrow().size());
            assertTrue(audit.entries().isEmpty());
            assertEquals(2, csv(sizes, EnterpriseFactsFile.SIZES, facts).rowsImported());
            assertEquals(cn.gov.laoshan.district.api.enterprise.EnterpriseSize.MEDIUM, f.registry().find(HAILAN).orElseThrow().size());
            assertEquals(List.of("facts.import", "facts.sizes"), audit.entries().stream().map(e -> e.action()).toList());
            FactSnapshot sized = facts.snapshot(List.of(new FactColumn.SizeClass()));
            assertEquals("MICRO", sized.texts(new FactColumn.SizeClass())[Arrays.binarySearch(sized.usccs(), other.uscc().value())]);

            // staff holding the import permission only; never an enterprise user
            JdbiEnterpriseFacts editor = f.facts(TestAccess.holding(EnterpriseFactsService.PERMISSION_READ,
                    EnterpriseFactsService.PERMISSION_EDIT), audit);
            for (EnterpriseFactsFile file : EnterpriseFactsFile.values()) {
                assertThrows(AccessDeniedException.class, () -> csv(sizes, file, editor));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void everyChangeByHandOrByFileIsKeptInTheEnterprisesHistoryWithBeforeAndAfter(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            Enterprise other = DemoEnterprises.generate(8, 1).get(0);
            Fixture f = fixture(database, List.of(hailan(), other));
            RecordingAuditLog audit = new RecordingAuditLog();
            TestAccess liuyang = TestAccess.staff("liuyang", "market", EnterpriseFactsService.PERMISSION_READ,
                    EnterpriseFactsService.PERMISSION_EDIT, EnterpriseFactsService.PERMISSION_IMPORT);
            JdbiEnterpriseFacts facts = f.facts(liuyang, audit);
            facts.putFigure(headcount(2024, 30));
            facts.putFigure(headcount(2024, 32));
            facts.setLocation(HAILAN, new Location("中韩街道", null));
            facts.putQualification(new Qualification(HAILAN, "HNTE", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), "GR1"));
            facts.addCreditMark(HAILAN, "守信激励", "A级纳税人", null);
            assertThrows(EnterpriseValidationException.class, () -> facts.setCreditGrade(HAILAN, CreditGrade.A, " "));
            facts.setCreditGrade(HAILAN, CreditGrade.A, "年度评价");
            facts.removeQualification(HAILAN, "HNTE");

            List<FactChange> history = facts.history().of(HAILAN);
            // newest first; the refused grade left nothing
            assertEquals(List.of("qualification.remove HNTE 2024-01-01/2026-12-31→null GR1",
                    "credit-grade null B→A 年度评价", "credit-mark 守信激励 null→ A级纳税人",
                    "qualification HNTE null→2024-01-01/2026-12-31 GR1", "location null null→中韩街道 / ",
                    "figure HEADCOUNT/2024 30→32 统计年报", "figure HEADCOUNT/2024 null→30 统计年报"),
                    history.stream().map(c -> c.action() + " " + c.subject() + " " + c.before() + "→" + c.after()
                            + (c.note() == null ? "" : " " + c.note())).toList());
            assertTrue(history.stream().allMatch(c -> "liuyang".equals(c.actor()) && c.file() == null), history.toString());
            assertTrue(facts.history().of(other.uscc()).isEmpty());

            // a refused file writes no history; a good one a change per row, with the file's name
            String header = "统一社会信用代码,指标,年度,数值,来源,截至日期\n";
            String good = header + HAILAN + ",从业人数,2024,35,统计年报,2025-03-31\n"
                    + other.uscc() + ",纳税额,2024,80000.5,区税务局,2025-05-31\n";
            ImportReport refused = facts.importFigures(new java.io.ByteArrayInputStream((good + HAILAN
                    + ",纳税额,2024,-5,区税务局,2025-05-31\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    cn.gov.laoshan.district.api.enterprise.ImportFormat.CSV, "bad.csv");
            assertFalse(refused.accepted());
            assertEquals(7, facts.history().of(HAILAN).size());
            assertTrue(facts.history().of(other.uscc()).isEmpty());
            assertTrue(facts.importFigures(new java.io.ByteArrayInputStream(good.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    cn.gov.laoshan.district.api.enterprise.ImportFormat.CSV, "figures.csv").accepted());
            FactChange imported = facts.history().of(HAILAN).get(0);
            assertEquals(List.of("figure", "HEADCOUNT/2024", "32", "35", "figures.csv"),
                    Arrays.asList(imported.action(), imported.subject(), imported.before(), imported.after(), imported.file()));
            FactChange otherImported = facts.history().of(other.uscc()).get(0);
            assertEquals(List.of("TAX_PAID/2024", "80000.5"), Arrays.asList(otherImported.subject(), otherImported.after()));
            assertNull(otherImported.before());
            // grades and sizes by file: a change per changed enterprise, with the row's reason
            assertTrue(csv("统一社会信用代码,信用等级,理由\n" + HAILAN + ",C,抽查发现问题\n" + other.uscc() + ",C,抽查\n",
                    EnterpriseFactsFile.GRADES, facts).accepted());
            FactChange grade = facts.history().of(HAILAN).get(0);
            assertEquals(List.of("credit-grade", "A", "C", "抽查发现问题", "g.csv"),
                    Arrays.asList(grade.action(), grade.before(), grade.after(), grade.note(), grade.file()));
            assertTrue(csv("统一社会信用代码,企业规模\n" + HAILAN + ",中型\n", EnterpriseFactsFile.SIZES, facts).accepted());
            FactChange size = facts.history().of(HAILAN).get(0);
            assertEquals(List.of("size", "MEDIUM"), Arrays.asList(size.action(), size.after()));
            assertTrue(csv("统一社会信用代码,资质,有效期起,有效期至\n" + HAILAN + ",高新技术企业,2025-01-01,2027-12-31\n",
                    EnterpriseFactsFile.QUALIFICATIONS, facts).accepted());
            FactChange qualification = facts.history().of(HAILAN).get(0);
            assertEquals(List.of("qualification", "HNTE", "2025-01-01/2027-12-31"),
                    Arrays.asList(qualification.action(), qualification.subject(), qualification.after()));

            // the history names staff: for staff holding the read permission, not for an enterprise user
            assertThrows(AccessDeniedException.class, () -> f.facts(new TestAccess().asEnterprise("hailan-qy", HAILAN.value(),
                    EnterpriseFactsService.PERMISSION_READ), audit).history().of(HAILAN));
            assertThrows(AccessDeniedException.class, () -> f.facts(TestAccess.holding(), audit).history().of(HAILAN));
        }
    }
}
