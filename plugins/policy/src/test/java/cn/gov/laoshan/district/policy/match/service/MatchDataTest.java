package cn.gov.laoshan.district.policy.match.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.ImportFormat;
import cn.gov.laoshan.district.api.enterprise.ImportReport;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.policy.PolicyPlugin;
import cn.gov.laoshan.district.policy.eligibility.domain.Condition;
import cn.gov.laoshan.district.policy.eligibility.domain.Rule;
import cn.gov.laoshan.district.policy.eligibility.domain.RuleProblem;
import cn.gov.laoshan.district.policy.eligibility.domain.RuleValidator;
import cn.gov.laoshan.district.policy.match.domain.Benefit;
import cn.gov.laoshan.district.policy.match.domain.MatchRow;
import cn.gov.laoshan.district.policy.match.domain.MatchRun;
import cn.gov.laoshan.district.policy.match.domain.PolicyMatch;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;
import cn.gov.laoshan.district.uikit.SettableClock;

/**
 * The match run over the plugin's real migrations on Derby and, when configured, PostgreSQL: matches with their exact
 * amounts and near-misses with the failed requirement stored and replaced per policy; listeners told of new matches
 * only; one enterprise evaluated again changes its rows only; a rule refused at its field changes nothing.
 */
class MatchDataTest {

    static final String HAILAN = "91370212MA3C4XK2QQ";
    static final String MINGDE = "91370212MA3D0WPHWP";
    static final String THIRD = "91370212MA3E000000";
    static final String DEV = "development";

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private final TestAccess access = new TestAccess();
    private final SettableClock clock = new SettableClock();
    private final RecordingAuditLog audit = new RecordingAuditLog(access);
    private final FactsDouble facts = new FactsDouble(access);
    private final List<List<PolicyMatch>> told = new CopyOnWriteArrayList<>();

    private MatchService service(PluginSchema schema) {
        return new MatchService(new MatchRepository(schema.jdbi()), access, new Registry(), () -> Optional.of(facts),
                Optional::empty, () -> List.of(told::add), () -> audit, clock);
    }

    /** A published policy of the list, as the drafts' side stores it. */
    private static long published(PluginSchema schema, int item, LocalDate from, LocalDate to) {
        return schema.jdbi().withHandle(h -> h.createUpdate("insert into policy_draft (title, issuer, topic, body, benefits, "
                + "eligibility, valid_from, valid_to, department_code, state, batch_no, item_no, published_on, created_by, "
                + "created_at) values (:title, '区科技局', 'RESEARCH', '正文', '补助', '条件', :from, :to, :dept, 'PUBLISHED', 3, "
                + ":item, :from, 'sunwei', :at)").bind("title", "研发投入后补助 " + item).bind("from", Date.valueOf(from))
                .bind("to", Date.valueOf(to)).bind("dept", DEV).bind("item", item)
                .bind("at", Timestamp.valueOf("2026-01-01 00:00:00")).executeAndReturnGeneratedKeys()
                .map((rs, ctx) -> rs.getLong(1)).one());
    }

    /** 2025年研发投入 ≥ 500万元 且 信用等级不为 D: 10 % of it, at most 100万元. */
    static final Rule RND = Rule.all(new Condition.Figure(FigureKind.RND_SPENDING, 2025, Condition.Range.atLeast(5_000_000)),
            Rule.not(new Condition.Credit(EnumSet.of(CreditGrade.D))));
    static final Benefit TEN_PERCENT = Benefit.percentage(BigDecimal.TEN, FigureKind.RND_SPENDING, 2025, Yuan.ofWan(BigDecimal.valueOf(100)));

    private void staff() {
        access.as("sunwei", DEV, MatchService.RULE_EDIT, MatchService.MATCH_READ, MatchService.MATCH_RUN,
                EnterpriseRegistry.PERMISSION_READ).within(DEV);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRunStoresMatchesWithExactAmountsAndNearMissesAndReplacesThemPerPolicy(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, MatchService.PLUGIN, PolicyPlugin.class)) {
            clock.set(LocalDate.of(2026, 12, 7));
            MatchService service = service(schema);
            long policy = published(schema, 1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            long expired = published(schema, 2, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
            facts.put(HAILAN, "A", 6_543_217L);
            facts.put(MINGDE, "D", 12_000_000L);
            facts.put(THIRD, null, 4_999_999L);
            staff();
            service.saveRule(policy, DEV, RND, TEN_PERCENT, 2026);
            service.saveRule(expired, DEV, RND, Benefit.fixed(Yuan.of(1000)), 2025);

            MatchRun run = service.runNow();
            assertEquals(MatchRun.State.FINISHED, run.state());
            assertEquals(1, run.policies(), "the expired policy is not evaluated");
            assertEquals(3, run.enterprises());
            assertEquals(1, run.matches());
            assertEquals(2, run.nearMisses());
            // 10 % of 6,543,217 yuan, to the fen
            List<MatchRow> matches = service.rows(policy, true, null, "uscc", true, 0, 10);
            assertEquals(List.of(HAILAN), matches.stream().map(MatchRow::uscc).toList());
            assertEquals(Yuan.parse("654,321.70"), matches.get(0).amount());
            assertEquals("青岛海澜智联科技有限公司", matches.get(0).enterpriseName());
            // mingde fails the credit grade (requirement 1), the third the R&D figure (requirement 0)
            List<MatchRow> near = service.rows(policy, false, null, "uscc", true, 0, 10);
            assertEquals(List.of(MINGDE, THIRD), near.stream().map(MatchRow::uscc).toList());
            assertEquals(List.of(1, 0), near.stream().map(MatchRow::failedRequirement).toList());
            assertEquals(1, service.count(policy, false, "明德"));
            assertEquals(List.of(new PolicyMatch(policy, "LS-P3-001", "2026", HAILAN, "青岛海澜智联科技有限公司",
                    Yuan.parse("654321.70"))), told.get(0));
            assertEquals(1, told.size());
            assertEquals(List.of(1, 2), service.counts().stream().map(c -> List.of(c.matched(), c.nearMisses()))
                    .findFirst().orElseThrow());

            // the same facts again: nothing new to tell, the rows the same
            service.runNow();
            assertEquals(1, told.size());
            // mingde's grade rises: a second match (capped at 100万元), told once, hailan's row kept
            facts.put(MINGDE, "B", 12_000_000L);
            service.runNow();
            assertEquals(2, told.size());
            assertEquals(List.of(MINGDE), told.get(1).stream().map(PolicyMatch::uscc).toList());
            assertEquals(Yuan.ofWan(BigDecimal.valueOf(100)), service.match(policy, MINGDE).orElseThrow().amount());
            assertEquals(1, service.count(policy, false, null));
            assertEquals(3, service.runs(10).size());
            assertTrue(audit.entries().stream().anyMatch(e -> e.action().equals("rule.save")));
            assertTrue(audit.entries().stream().anyMatch(e -> e.action().equals("match.run")));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anEnterpriseWhoseFactsChangedIsEvaluatedAloneAndTheListenersHearOfItsNewMatch(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, MatchService.PLUGIN, PolicyPlugin.class)) {
            clock.set(LocalDate.of(2026, 12, 7));
            MatchService service = service(schema);
            long policy = published(schema, 1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            facts.put(HAILAN, "A", 6_000_000L);
            facts.put(MINGDE, "D", 12_000_000L);
            facts.put(THIRD, null, 1_000L);
            staff();
            service.saveRule(policy, DEV, RND, TEN_PERCENT, 2026);
            service.runNow();
            List<MatchRow> before = service.repository().ofEnterprise(HAILAN);
            told.clear();

            // every enterprise's facts change, but only mingde is evaluated again: hailan's rows stay as they were
            facts.put(HAILAN, "A", 1L);
            facts.put(MINGDE, "C", 12_000_000L);
            clock.set(LocalDate.of(2026, 12, 8));
            List<PolicyMatch> fresh = service.reevaluate(MINGDE);
            assertEquals(List.of(MINGDE), fresh.stream().map(PolicyMatch::uscc).toList());
            assertEquals(List.of(fresh), told);
            assertEquals(before, service.repository().ofEnterprise(HAILAN));
            assertTrue(service.repository().row(policy, MINGDE).orElseThrow().match());
            assertEquals(Yuan.ofWan(BigDecimal.valueOf(100)), service.repository().row(policy, MINGDE).orElseThrow().amount());
            // again, no change: nothing new is told; the third (its figure too low, no grade) stays a near-miss
            assertEquals(List.of(), service.reevaluate(MINGDE));
            assertEquals(1, told.size());
            assertEquals(Integer.valueOf(0), service.repository().row(policy, THIRD).orElseThrow().failedRequirement());
            // it falls back to a near-miss: its row changes, the listeners hear nothing
            facts.put(MINGDE, "D", 12_000_000L);
            assertEquals(List.of(), service.reevaluate(MINGDE));
            assertEquals(Integer.valueOf(1), service.repository().row(policy, MINGDE).orElseThrow().failedRequirement());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRuleIsRefusedAtItsFieldsAndOnlyItsDepartmentEditsIt(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, MatchService.PLUGIN, PolicyPlugin.class)) {
            clock.set(LocalDate.of(2026, 12, 7));
            MatchService service = service(schema);
            long policy = published(schema, 1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            staff();
            RuleRefusedException refused = assertThrows(RuleRefusedException.class, () -> service.saveRule(policy, DEV,
                    Rule.all(new Condition.Industry(List.of("C39")), new Condition.Enterprise(HAILAN),
                            new Condition.Licence("FOOD", LocalDate.of(2026, 12, 7))),
                    Benefit.fixed(Yuan.ZERO), 2026));
            assertEquals(List.of(new RuleProblem("rule.1", RuleValidator.SINGLE_ENTERPRISE, List.of()),
                    new RuleProblem("rule.2:kind", RuleValidator.LICENCE, List.of("FOOD")),
                    new RuleProblem("benefit", "policy.benefit.error.amount", List.of())), refused.problems());
            assertTrue(service.repository().rule(policy).isEmpty());
            // staff of another department: denied
            access.as("chenjing", "finance", MatchService.RULE_EDIT).within("finance");
            assertThrows(AccessDeniedException.class, () -> service.saveRule(policy, DEV, RND, TEN_PERCENT, 2026));
            // an enterprise user reads its own standing only
            access.asEnterprise("hailan-qy", HAILAN, MatchService.CALCULATOR);
            assertEquals(List.of(), service.standing(HAILAN));
            assertThrows(AccessDeniedException.class, () -> service.standing(MINGDE));
            assertThrows(AccessDeniedException.class, () -> service.runNow());
        }
    }

    /** Knows the two demo enterprises' names. */
    final class Registry implements EnterpriseRegistry {
        private final Map<String, String> known = Map.of(HAILAN, "青岛海澜智联科技有限公司", MINGDE, "青岛明德长青海洋生物科技有限公司");

        @Override
        public Optional<Enterprise> find(Uscc uscc) {
            access.check(PERMISSION_READ);
            String name = known.get(uscc.value());
            return name == null ? Optional.empty() : Optional.of(enterprise(uscc.value(), name));
        }

        private Enterprise enterprise(String code, String name) {
            return new Enterprise(Uscc.parse(code), name, "有限责任公司", "张三", new BigDecimal("1000000"),
                    LocalDate.of(2018, 5, 1), "青岛市崂山区", "I65", EnterpriseStatus.EXISTING, null, null);
        }

        @Override
        public List<Enterprise> list(EnterpriseQuery query) {
            access.check(PERMISSION_READ);
            return known.entrySet().stream().sorted(Map.Entry.comparingByKey()).skip(query.offset())
                    .map(e -> enterprise(e.getKey(), e.getValue())).toList();
        }

        @Override
        public long count(EnterpriseQuery query) {
            return known.size();
        }

        @Override
        public void create(Enterprise enterprise) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void update(Enterprise enterprise) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImportReport importFile(java.io.InputStream in, ImportFormat format, String fileName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void exportXlsx(EnterpriseQuery query, java.io.OutputStream out) {
            throw new UnsupportedOperationException();
        }
    }
}
