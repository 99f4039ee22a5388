package cn.gov.laoshan.district.finance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.finance.FinancePlugin;
import cn.gov.laoshan.district.finance.domain.EquityRules;
import cn.gov.laoshan.district.finance.domain.Investment;
import cn.gov.laoshan.district.finance.domain.Portfolio;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * Grant-to-equity over the plugin's real migration on Derby and PostgreSQL: the rules refuse a stake over the limit
 * or the largest shareholding (and follow the settings), valuations and exits move the portfolio's figures exactly,
 * every money movement is audited, readers without the permission are refused.
 */
class EquityDataTest {

    static final String ENTERPRISE = Uscc.withCheck("91370212MA3C12345").value();

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC);
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final TestAccess access = TestAccess.staff("chenjing", PayoutWorkflow.DEPARTMENT, PayoutWorkflow.EQUITY_READ,
            PayoutWorkflow.EQUITY_MANAGE).within(PayoutWorkflow.DEPARTMENT);

    /** What the service announced, through a recording EventAdmin. */
    private final List<org.osgi.service.event.Event> posted = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final cn.gov.laoshan.district.api.workflow.RecordEvents events = new cn.gov.laoshan.district.api.workflow
            .RecordEvents(PayoutWorkflow.PLUGIN + "/equity", () -> new org.osgi.service.event.EventAdmin() {
                @Override
                public void postEvent(org.osgi.service.event.Event event) {
                    posted.add(event);
                }

                @Override
                public void sendEvent(org.osgi.service.event.Event event) {
                    posted.add(event);
                }
            }, access, clock);

    private static Investment.Draft draft(String stake, String largestOther) {
        return new Investment.Draft(ENTERPRISE, "青岛海澜智联科技有限公司", "崂山区科技创新引导基金", Investment.Method.DIRECT,
                Yuan.parse("5000000"), new BigDecimal(stake), new BigDecimal(largestOther), LocalDate.of(2024, 3, 1));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theRulesRefuseAStakeOverTheLimitOrTheLargestShareholdingAndFollowTheSettings(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, PayoutWorkflow.PLUGIN, FinancePlugin.class)) {
            AtomicReference<EquityRules> rules = new AtomicReference<>(EquityRules.SHANDONG);
            EquityService equity = new EquityService(schema.jdbi(), access, audit, events, rules::get, clock);
            RefusedException over = assertThrows(RefusedException.class, () -> equity.invest(draft("25.01", "40")));
            assertEquals("stake", over.field());
            assertEquals("finance.equity.error.stake-over", over.messageKey());
            assertEquals("finance.equity.error.largest",
                    assertThrows(RefusedException.class, () -> equity.invest(draft("20", "20"))).messageKey());
            assertEquals("largestOther",
                    assertThrows(RefusedException.class, () -> equity.invest(draft("20", "81"))).field());
            assertEquals(List.of(), equity.list());
            assertEquals(List.of(), audit.actions());
            // every method fits its column
            for (Investment.Method m : Investment.Method.values()) {
                Investment.Draft d = draft("25", "30");
                assertEquals(m, equity.invest(new Investment.Draft(d.uscc(), d.enterpriseName(), d.fund(), m, d.amount(),
                        d.stake(), d.largestOther(), d.investedOn())).method());
            }
            // a district that allows 30 % and a largest holding
            rules.set(new EquityRules(new BigDecimal("30"), false));
            equity.invest(draft("30", "10"));
            assertEquals(5, equity.list().size());
            assertEquals(5, audit.actions().stream().filter("finance.equity.invest"::equals).count());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void valuationsAndExitsMoveThePortfolioFiguresExactly(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, PayoutWorkflow.PLUGIN, FinancePlugin.class)) {
            EquityService equity = new EquityService(schema.jdbi(), access, audit, events, () -> EquityRules.SHANDONG, clock);
            Investment a = equity.invest(draft("10", "30"));
            Investment b = equity.invest(draft("15", "30"));
            Investment c = equity.invest(draft("5", "30"));
            equity.value(a.id(), LocalDate.of(2025, 1, 1), Yuan.parse("8000000.01"), "年度估值");
            equity.value(a.id(), LocalDate.of(2026, 1, 1), Yuan.parse("12000000.00"), null);
            assertEquals("finance.equity.error.date", assertThrows(RefusedException.class,
                    () -> equity.value(a.id(), LocalDate.of(2027, 1, 1), Yuan.of(100), null)).messageKey());
            equity.exit(b.id(), Investment.ExitKind.WRITE_OFF, LocalDate.of(2025, 6, 1), null);
            equity.exit(c.id(), Investment.ExitKind.AT_MARKET, LocalDate.of(2025, 6, 1), Yuan.parse("7500000.50"));
            assertEquals("finance.equity.error.exited", assertThrows(RefusedException.class,
                    () -> equity.exit(b.id(), Investment.ExitKind.BUYBACK, LocalDate.of(2025, 7, 1), Yuan.of(1)))
                    .messageKey());
            // a flag set without the other (a null date bound on Derby, as the demo data does)
            equity.flag(a.id(), LocalDate.of(2025, 12, 1), null);
            equity.flag(a.id(), LocalDate.of(2025, 12, 1), LocalDate.of(2026, 5, 1));
            Portfolio p = equity.portfolio();
            assertEquals(Yuan.parse("15000000"), p.invested());
            assertEquals(Yuan.parse("12000000"), p.currentValue());
            assertEquals(Yuan.parse("7500000.50"), p.proceeds());
            assertEquals(new BigDecimal("1.30"), p.multiple());
            assertEquals(2, p.exits());
            assertEquals(1, p.unicorns());
            assertEquals(1, p.listed());
            assertTrue(audit.entries().stream().anyMatch(e -> e.action().equals("finance.equity.value")
                    && e.before().contains("8000000.01") && e.after().contains("12000000.00")), audit.entries().toString());
            // each step announced: three investments, two valuations, two exits, two flag changes
            assertEquals(List.of("INVESTED", "INVESTED", "INVESTED", "VALUED", "VALUED", "EXITED", "EXITED", "FLAGGED",
                    "FLAGGED"), posted.stream().map(e -> e.getTopic().substring(e.getTopic().lastIndexOf('/') + 1))
                            .toList());
            assertEquals("district/finance/equity/INVESTED", posted.get(0).getTopic());
            assertEquals(String.valueOf(a.id()), posted.get(0).getProperty("recordId"));
            access.as("reader", "other");
            assertThrows(AccessDeniedException.class, equity::portfolio);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theDemoDataSeedsOnceAsThePlatformWithTheSeedsCounts(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, PayoutWorkflow.PLUGIN, FinancePlugin.class)) {
            TestAccess system = new TestAccess().asAdmin("system");
            EquityService equity = new EquityService(schema.jdbi(), system, audit, events, () -> EquityRules.SHANDONG,
                    Clock.systemUTC());
            PayoutService payouts = new PayoutService(new PayoutRepository(schema.jdbi()), system,
                    new cn.gov.laoshan.district.testdoubles.RecordingTimeline(), audit,
                    new cn.gov.laoshan.district.api.workflow.RecordEvents(PayoutWorkflow.PLUGIN, () -> null, system,
                            Clock.systemUTC()), java.util.Optional::empty, Clock.systemUTC());
            Budgets budgets = new Budgets(new PayoutRepository(schema.jdbi()), system, audit);
            PayoutIntake intake = new PayoutIntake(payouts, new PayoutRepository(schema.jdbi()), system, audit,
                    EnterpriseLookup.NONE, Clock.systemUTC());
            assertEquals("6 budgets, 3 payouts, 42 investments", FinanceDemo.seed(budgets, intake, payouts, equity));
            // this year's budgets for the policy menu's third batch: LS-P3-001 … 069, 2 to 20 million each
            int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
            assertEquals(69, FinanceDemo.menuBudgets(budgets, year));
            List<cn.gov.laoshan.district.finance.domain.Budget> menu = budgets.budgets(year).stream()
                    .filter(b -> b.policyCode().startsWith("LS-P3-")).toList();
            assertEquals(69, menu.size());
            assertEquals("LS-P3-001", menu.stream().map(b -> b.policyCode()).sorted().findFirst().orElseThrow());
            assertEquals("点菜单政策 第3批-069", menu.stream().filter(b -> b.policyCode().equals("LS-P3-069")).findFirst()
                    .orElseThrow().policyName());
            assertTrue(menu.stream().allMatch(b -> b.amount().compareTo(Yuan.parse("2000000")) >= 0
                    && b.amount().compareTo(Yuan.parse("20000000")) <= 0));
            Portfolio p = equity.portfolio();
            assertEquals(9, p.unicorns());
            assertEquals(15, p.listed());
            assertEquals(4, p.exits());
            // run again after an interruption: nothing twice
            assertEquals("6 budgets, 0 payouts, 0 investments", FinanceDemo.seed(budgets, intake, payouts, equity));
        }
    }
}
