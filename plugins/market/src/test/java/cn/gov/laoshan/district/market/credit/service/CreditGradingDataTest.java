package cn.gov.laoshan.district.market.credit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.enterprise.facts.FactColumn;
import cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.market.MarketPlugin;
import cn.gov.laoshan.district.market.credit.domain.GradedEnterprise;
import cn.gov.laoshan.district.market.credit.domain.GradingRule;
import cn.gov.laoshan.district.market.credit.domain.GradingRun;
import cn.gov.laoshan.district.market.inspection.domain.Draw;
import cn.gov.laoshan.district.market.inspection.domain.DrawRequest;
import cn.gov.laoshan.district.market.inspection.domain.Inspection;
import cn.gov.laoshan.district.market.inspection.domain.InspectionResult;
import cn.gov.laoshan.district.market.inspection.service.InspectionService;
import cn.gov.laoshan.district.market.inspection.service.InspectionSignals;
import cn.gov.laoshan.district.market.inspection.service.Inspections;
import cn.gov.laoshan.district.market.service.Market;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;
import cn.gov.laoshan.district.uikit.SettableClock;

/**
 * The grading and the draws on the real migrations (Derby, PostgreSQL): known grades and reasons from sources of the
 * test's own and the registry's marks; overrides; grades never reach an enterprise user; a draw's recusal, verification,
 * its published result and the result in the next grading.
 */
class CreditGradingDataTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final String HAILAN = "91370212MA3C4XK2QQ";
    static final String MINGDE = "91370212MA3D0WPHWP";
    static final String THIRD = Uscc.withCheck("91370212MA3F0000A").toString();
    static final String GONE = Uscc.withCheck("91370212MA3F0001A").toString();

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    /** The grading and draws with a registry of four enterprises and the sources given. */
    static final class Setup implements AutoCloseable {
        final TestAccess access = TestAccess.staff("scj-admin", Market.DEPARTMENT, Credit.READ, Credit.GRADE,
                Inspections.DRAW, Inspections.RECORD, Inspections.PUBLISHED, EnterpriseRegistry.PERMISSION_READ);
        final SettableClock clock = new SettableClock();
        final RecordingAuditLog audit = new RecordingAuditLog(access);
        final PluginSchema schema;
        final List<CreditSignalSource> sources = new CopyOnWriteArrayList<>();
        final CreditGrading credit;
        final InspectionService inspections;

        Setup(TestDatabase test) {
            clock.set(TODAY.atTime(10, 0).atZone(CreditGrading.ZONE).toInstant());
            schema = PluginSchema.migrate(test, Market.PLUGIN, MarketPlugin.class);
            Map<String, String[]> registry = new TreeMap<>();
            registry.put(HAILAN, new String[] {"中韩街道", "I6510", "EXISTING"});
            registry.put(MINGDE, new String[] {"沙子口街道", "C1469", "EXISTING"});
            registry.put(THIRD, new String[] {"中韩街道", "F5221", "OPERATING"});
            registry.put(GONE, new String[] {"中韩街道", "F5221", "DEREGISTERED"});
            EnterpriseFactsService facts = (EnterpriseFactsService) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {EnterpriseFactsService.class}, (proxy, method, args) -> {
                        if (method.getName().equals("snapshot")) {
                            return snapshot(registry);
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
            EnterpriseRegistry names = (EnterpriseRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {EnterpriseRegistry.class}, (proxy, method, args) -> {
                        if (method.getName().equals("find")) {
                            String code = args[0].toString();
                            return Optional.of(new Enterprise(Uscc.parse(code), "企业" + code.substring(14), "有限责任公司",
                                    "张三", BigDecimal.TEN, LocalDate.of(2016, 1, 1), "崂山区", "I6510",
                                    EnterpriseStatus.EXISTING, null, EnterpriseSize.SMALL));
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
            credit = new CreditGrading(schema.jdbi(), access, () -> Optional.of(facts), () -> sources,
                    () -> Optional.of(audit), new RecordEvents("market/credit", () -> null, access, clock), clock);
            inspections = new InspectionService(schema.jdbi(), access, names, () -> Optional.of(audit),
                    new RecordEvents("market/inspection", () -> null, access, clock), clock);
            credit.seedDefaults();
            inspections.seedDefaults();
        }

        /** HAILAN is on the abnormal-operations list; nobody on the serious-dishonesty list. */
        private static FactSnapshot snapshot(Map<String, String[]> registry) {
            String[] codes = registry.keySet().toArray(String[]::new);
            return new FactSnapshot() {
                public long version() {
                    return 1;
                }

                public Instant takenAt() {
                    return Instant.EPOCH;
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
                    int i = column instanceof FactColumn.Street ? 0 : column instanceof FactColumn.IndustryCode ? 1 : 2;
                    return Stream.of(codes).map(c -> registry.get(c)[i]).toArray(String[]::new);
                }

                public BitSet flags(FactColumn column) {
                    BitSet set = new BitSet();
                    if (column instanceof FactColumn.Marked m && m.mark().equals(CreditGrading.MARK_ABNORMAL)) {
                        set.set(List.of(codes).indexOf(HAILAN));
                    }
                    return set;
                }
            };
        }

        @Override
        public void close() {
            schema.close();
        }
    }

    /** A source of the test's own: what it is given, within the window asked. */
    static CreditSignalSource source(Map<String, List<CreditSignalSource.CreditSignal>> given) {
        return (from, to) -> {
            Map<String, List<CreditSignalSource.CreditSignal>> found = new TreeMap<>();
            given.forEach((uscc, list) -> {
                List<CreditSignalSource.CreditSignal> in = list.stream().filter(s -> !s.day().isBefore(from)
                        && s.day().isBefore(to)).toList();
                if (!in.isEmpty()) {
                    found.put(uscc, in);
                }
            });
            return found;
        };
    }

    static CreditSignalSource.CreditSignal signal(String kind, LocalDate day) {
        return new CreditSignalSource.CreditSignal(kind, day, kind + " on " + day);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void gradesEveryEnterpriseInBusinessWithItsReasons(TestDatabase test) {
        try (Setup s = new Setup(test)) {
            s.sources.add(source(Map.of(MINGDE, List.of(signal("violation", TODAY.minusMonths(3)),
                    signal("licence.revoked", TODAY.minusMonths(1)),
                    // outside the 24 months: does not count
                    signal("commitment.false", TODAY.minusMonths(30))))));
            s.sources.add(source(Map.of(MINGDE, List.of(signal("inspection.failed", TODAY.minusDays(2))),
                    THIRD, List.of(signal("licence.expired", TODAY.minusDays(40))))));
            GradingRun run = s.credit.run();
            assertEquals("2026-12", run.month());
            assertEquals("DONE", run.state());
            assertEquals(3, run.enterprises(), "the deregistered enterprise is not graded");
            // MINGDE: violation 10 + revoked 30 + failed inspection 30 = 70 → D
            GradedEnterprise mingde = s.credit.find("2026-12", MINGDE).orElseThrow();
            assertEquals(70, mingde.score());
            assertEquals(CreditGrade.D, mingde.finalGrade());
            assertEquals("沙子口街道", mingde.street());
            assertEquals(List.of("violation", "licence.revoked", "inspection.failed"), s.credit.reasons("2026-12",
                    MINGDE).stream().map(GradingRule.Reason::kind).toList());
            assertEquals(List.of(10, 30, 30), s.credit.reasons("2026-12", MINGDE).stream()
                    .map(GradingRule.Reason::points).toList());
            // HAILAN: the registry's abnormal-operations mark, 25 → B
            GradedEnterprise hailan = s.credit.find("2026-12", HAILAN).orElseThrow();
            assertEquals(25, hailan.score());
            assertEquals(CreditGrade.B, hailan.finalGrade());
            assertEquals(List.of("registry.abnormal"), s.credit.reasons("2026-12", HAILAN).stream()
                    .map(GradingRule.Reason::kind).toList());
            // THIRD: an expired licence, 5 → still A
            assertEquals(CreditGrade.A, s.credit.find("2026-12", THIRD).orElseThrow().finalGrade());
            assertTrue(s.credit.find("2026-12", GONE).isEmpty());
            assertEquals(Map.of(CreditGrade.A, 1, CreditGrade.B, 1, CreditGrade.C, 0, CreditGrade.D, 1),
                    s.credit.counts("2026-12").counts());
            // filters in SQL
            assertEquals(2, s.credit.count(new GradeFilter("2026-12", null, "中韩街道", null, null)));
            assertEquals(1, s.credit.count(new GradeFilter("2026-12", CreditGrade.D, null, null, null)));
            assertEquals(1, s.credit.count(new GradeFilter("2026-12", null, null, "c14", null)));
            assertEquals(List.of(MINGDE, HAILAN, THIRD), s.credit.page(GradeFilter.of("2026-12"), 0, 10).stream()
                    .map(GradedEnterprise::uscc).toList(), "the riskiest first");
            assertTrue(s.audit.actions().contains("credit.grading"));
            // a changed rule grades by its points next time; the change is audited with before and after
            GradingRule rule = s.credit.rule();
            Map<String, Integer> points = new java.util.LinkedHashMap<>(rule.points());
            points.put("registry.abnormal", 60);
            s.credit.saveRule(new GradingRule(points, rule.maxA(), rule.maxB(), rule.maxC(), rule.windowMonths()));
            assertTrue(s.audit.last().after().contains("registry.abnormal=60"));
            assertTrue(s.audit.last().before().contains("registry.abnormal=25"));
            s.credit.run();
            assertEquals(CreditGrade.D, s.credit.find("2026-12", HAILAN).orElseThrow().finalGrade());
            assertThrows(RefusedException.class, () -> s.credit.saveRule(new GradingRule(points, 30, 20, 50, 24)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anOverrideNeedsAReasonIsAuditedAndOutlivesARunAgain(TestDatabase test) {
        try (Setup s = new Setup(test)) {
            s.credit.run();
            RefusedException noReason = assertThrows(RefusedException.class, () -> s.credit.override("2026-12", THIRD,
                    CreditGrade.D, " "));
            assertEquals("reason", noReason.field());
            assertEquals(CreditGrade.A, s.credit.find("2026-12", THIRD).orElseThrow().finalGrade(), "nothing changed");
            s.credit.override("2026-12", THIRD, CreditGrade.D, "群众举报，拟重点检查");
            GradedEnterprise overridden = s.credit.find("2026-12", THIRD).orElseThrow();
            assertEquals(CreditGrade.D, overridden.finalGrade());
            assertEquals(CreditGrade.A, overridden.computed());
            assertEquals("scj-admin", overridden.overriddenBy());
            RecordingAuditLog.Entry entry = s.audit.last();
            assertEquals("credit.grade.override", entry.action());
            assertEquals(THIRD + "@2026-12", entry.objectId());
            assertTrue(entry.before().contains("\"A\"") && entry.after().contains("群众举报"));
            s.credit.run();
            GradedEnterprise kept = s.credit.find("2026-12", THIRD).orElseThrow();
            assertEquals(CreditGrade.D, kept.finalGrade());
            assertEquals("群众举报，拟重点检查", kept.overrideReason());
            // staff without the grading permission may read but not override
            s.access.hold(Credit.READ);
            assertThrows(AccessDeniedException.class, () -> s.credit.override("2026-12", THIRD, CreditGrade.A, "x"));
            assertThrows(AccessDeniedException.class, s.credit::run);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void gradesNeverReachAnEnterpriseUserWhateverTheyHold(TestDatabase test) {
        try (Setup s = new Setup(test)) {
            s.credit.run();
            // even a role that wrongly grants the grading's permissions to an enterprise user does not open them
            s.access.asEnterprise("hailan-qy", HAILAN, Credit.READ, Credit.GRADE, Inspections.DRAW,
                    Inspections.RECORD, Inspections.PUBLISHED);
            List<Runnable> reads = List.of(s.credit::months, s.credit::rule, () -> s.credit.runs(5),
                    () -> s.credit.find("2026-12", HAILAN), () -> s.credit.reasons("2026-12", HAILAN),
                    () -> s.credit.history(HAILAN), () -> s.credit.page(GradeFilter.of("2026-12"), 0, 10),
                    () -> s.credit.count(GradeFilter.of("2026-12")), () -> s.credit.counts("2026-12"),
                    () -> s.credit.streets("2026-12"), () -> s.credit.exportRows(GradeFilter.of("2026-12"), g -> { }),
                    () -> s.credit.override("2026-12", HAILAN, CreditGrade.A, "mine"), s.credit::start,
                    s.inspections::draws, s.inspections::figures, () -> s.inspections.targets(1));
            for (Runnable read : reads) {
                assertThrows(AccessDeniedException.class, read::run);
            }
            // what an enterprise user may read: published results, their own, without a grade
            assertTrue(s.inspections.mine().isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aDrawRecusesVerifiesPublishesAndFeedsTheNextGrading(TestDatabase test) {
        try (Setup s = new Setup(test)) {
            s.sources.add(new InspectionSignals(schema(s)));
            // MINGDE: 40 + 30 = 70, D
            s.sources.add(source(Map.of(MINGDE, List.of(signal("commitment.false", TODAY.minusMonths(2)),
                    signal("licence.revoked", TODAY.minusMonths(2))))));
            for (String login : List.of("jc1", "jc2", "jc3", "jc4", "jc5")) {
                s.inspections.addInspector(login, "检查员" + login);
            }
            s.inspections.relate("jc1", MINGDE, "亲属在该企业任职");
            assertThrows(RefusedException.class, () -> s.inspections.draw(request(100)), "no grading yet");
            s.credit.run();
            Draw draw = s.inspections.draw(request(100));
            assertEquals(3, draw.population());
            List<Inspection> targets = s.inspections.targets(draw.id());
            // D 100 % takes MINGDE; HAILAN alone in B and THIRD alone in A: one of one would be above B's 20 % and
            // A's 5 %, so neither is drawn
            assertEquals(List.of(MINGDE), targets.stream().map(Inspection::uscc).toList());
            Inspection mingde = targets.stream().filter(t -> t.uscc().equals(MINGDE)).findFirst().orElseThrow();
            assertFalse(mingde.inspectors().contains("jc1"), "the related inspector is recused");
            assertEquals(2, mingde.inspectors().size());
            assertTrue(s.audit.entries().stream().anyMatch(e -> e.action().equals("inspection.draw")
                    && e.after().contains("\"seed\":" + draw.seed()) && e.after().contains(draw.candidatesHash())));
            assertTrue(s.inspections.verify(draw.id()).verified());

            RefusedException noFindings = assertThrows(RefusedException.class, () -> s.inspections.record(mingde.id(),
                    InspectionResult.FAILED, "", TODAY));
            assertEquals("findings", noFindings.field());
            s.inspections.record(mingde.id(), InspectionResult.FAILED, "无证经营", TODAY);
            assertThrows(RefusedException.class, () -> s.inspections.record(mingde.id(), InspectionResult.PASSED, null,
                    TODAY), "recorded once");

            // the enterprise reads its published result, without a grade; another's is denied
            s.access.asEnterprise("mingde-qy", MINGDE, Inspections.PUBLISHED);
            List<Inspection> own = s.inspections.mine();
            assertEquals(1, own.size());
            assertEquals(InspectionResult.FAILED, own.get(0).state());
            assertNull(own.get(0).grade());
            assertEquals(1, s.inspections.published(null, 10).size());
            assertNull(s.inspections.published(null, 10).get(0).grade());
            assertThrows(AccessDeniedException.class, () -> s.inspections.publishedOf(HAILAN));
            s.access.as("scj-admin", Market.DEPARTMENT, Credit.READ, Credit.GRADE, Inspections.DRAW,
                    Inspections.RECORD, Inspections.PUBLISHED);

            // the failed result counts in the next grading
            s.credit.run();
            assertTrue(s.credit.reasons("2026-12", MINGDE).stream().anyMatch(r -> r.kind().equals("inspection.failed")
                    && r.points() == 30 && r.detail().contains("无证经营")));

            // next draw: neither the related one nor last time's two may inspect MINGDE — exactly the other two
            Draw next = s.inspections.draw(request(100));
            Inspection again = s.inspections.targets(next.id()).stream().filter(t -> t.uscc().equals(MINGDE))
                    .findFirst().orElseThrow();
            Set<String> free = new HashSet<>(List.of("jc1", "jc2", "jc3", "jc4", "jc5"));
            free.remove("jc1");
            free.removeAll(mingde.inspectors());
            assertEquals(free, new HashSet<>(again.inspectors()));
            assertTrue(s.inspections.verify(next.id()).verified());

            // an altered candidate list no longer verifies
            schema(s).useHandle(h -> h.execute("update draw_candidate set grade = 'A' where draw_id = ? and uscc = ?",
                    next.id(), MINGDE));
            assertFalse(s.inspections.verify(next.id()).verified());
            assertFalse(s.inspections.verify(next.id()).candidatesMatch());

            // a percent outside its grade's bounds is refused and draws nothing
            int draws = s.inspections.draws().size();
            RefusedException outside = assertThrows(RefusedException.class, () -> s.inspections.draw(request(40)));
            assertEquals("percentD", outside.field());
            assertEquals(draws, s.inspections.draws().size());
        }
    }

    private static org.jdbi.v3.core.Jdbi schema(Setup s) {
        return s.schema.jdbi();
    }

    static DrawRequest request(int percentD) {
        Map<CreditGrade, Integer> percents = new EnumMap<>(CreditGrade.class);
        percents.put(CreditGrade.A, 5);
        percents.put(CreditGrade.B, 20);
        percents.put(CreditGrade.C, 21);
        percents.put(CreditGrade.D, percentD);
        return new DrawRequest("2026年第四季度双随机抽查", null, null, null, percents, 2);
    }

}
