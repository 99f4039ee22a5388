package cn.gov.laoshan.district.finance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.payout.PayoutKey;
import cn.gov.laoshan.district.api.payout.PayoutRequest;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.TransitionRefusedException;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.finance.FinancePlugin;
import cn.gov.laoshan.district.finance.domain.BankProduct;
import cn.gov.laoshan.district.finance.domain.Check;
import cn.gov.laoshan.district.finance.domain.Criterion;
import cn.gov.laoshan.district.finance.domain.DemandPush;
import cn.gov.laoshan.district.finance.domain.EnterpriseProfile;
import cn.gov.laoshan.district.finance.domain.FinancingDemand;
import cn.gov.laoshan.district.finance.domain.MatchFigures;
import cn.gov.laoshan.district.finance.domain.ProductMatch;
import cn.gov.laoshan.district.notify.NotifyModule;
import cn.gov.laoshan.district.notify.service.InboxListeners;
import cn.gov.laoshan.district.notify.service.NotificationService;
import cn.gov.laoshan.district.notify.service.ReminderService;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.RecordingTimeline;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;
import cn.gov.laoshan.district.uikit.SettableClock;

/**
 * Financing matchmaking over the plugin's real migrations on Derby and PostgreSQL, with the official working-day
 * calendar and the platform's once-only reminders: a demand from the enterprise's user, matched with its reasons,
 * pushed only where every criterion is met and once per bank, answered by the bank's own staff by the committed
 * working day; who sees what (the scope matrix, in SQL); the figures; reminders once.
 */
class FinancingDataTest {

    static final String HAILAN = "91370212MA3C4XK2QQ";
    static final String MINGDE = "91370212MA3D0WPHWP";
    static final String QDBANK = "91370212MA3F0QDB83";
    static final String QNSH = "91370212MA3F1NC85A";
    static final WorkingDayCalendar CALENDAR = OfficialSchedules.calendar();

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private final SettableClock clock = new SettableClock();
    private final TestAccess access = TestAccess.staff("chenjing", PayoutWorkflow.DEPARTMENT, FinancingWorkflow.READ,
            FinancingWorkflow.MANAGE).within(PayoutWorkflow.DEPARTMENT);
    private final RecordingAuditLog audit = new RecordingAuditLog(access);
    private final RecordingTimeline timeline = new RecordingTimeline(access, clock);
    private final Map<String, EnterpriseProfile> registry = new HashMap<>();
    private final List<String> posted = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The plugin's services as FinancePlugin makes them, the registry a map of profiles. */
    private record Services(FinancingService financing, BankDirectory directory, FinancingRepository repository) {
    }

    private Services services(Jdbi jdbi) {
        FinancingRepository repository = new FinancingRepository(jdbi);
        RecordEvents events = new RecordEvents("finance/financing", () -> new org.osgi.service.event.EventAdmin() {
            @Override
            public void postEvent(org.osgi.service.event.Event event) {
                posted.add(event.getTopic());
            }

            @Override
            public void sendEvent(org.osgi.service.event.Event event) {
                posted.add(event.getTopic());
            }
        }, access, clock);
        FinancingService financing = new FinancingService(repository, access, timeline, events, CALENDAR,
                (uscc, today) -> Optional.ofNullable(registry.get(uscc)).map(p -> new EnterpriseProfile(p.uscc(),
                        p.name(), p.size(), p.creditGrade(), p.establishedOn(), p.qualifications(), p.revenue(), today)),
                Optional::empty, clock);
        return new Services(financing, new BankDirectory(repository, access, audit, clock), repository);
    }

    private void registryOfTwo() {
        registry.put(HAILAN, new EnterpriseProfile(HAILAN, "青岛海澜智联科技有限公司", EnterpriseSize.SMALL, CreditGrade.A,
                LocalDate.of(2016, 9, 12), Set.of("HNTE"), Map.of(2025, new BigDecimal("8600000")), null));
        registry.put(MINGDE, new EnterpriseProfile(MINGDE, "青岛明德长青海洋生物科技有限公司", EnterpriseSize.MICRO, CreditGrade.D,
                LocalDate.of(2025, 3, 1), Set.of(), Map.of(), null));
    }

    /** Two banks, a credit product at each; the first bank's answers due in 3 working days, the product's own 5. */
    private List<BankProduct> banksAndProducts(BankDirectory directory) {
        var qd = directory.saveBank(QDBANK, "青岛银行股份有限公司崂山支行", 3);
        var qn = directory.saveBank(QNSH, "青岛农村商业银行股份有限公司崂山支行", 3);
        BankProduct credit = directory.saveProduct(new BankProduct(0, qd.id(), null, "科创信用贷", BankProduct.Kind.CREDIT,
                new BigDecimal("3.450"), new BigDecimal("4.350"), 6, 36, Yuan.parse("500000"), Yuan.parse("10000000"),
                "科技型中小企业", Criterion.parse("size:MEDIUM,SMALL,MICRO\ncredit-not:D\nyears:2\nrevenue:5000000"),
                null, true));
        BankProduct small = directory.saveProduct(new BankProduct(0, qn.id(), null, "小微易贷", BankProduct.Kind.CREDIT,
                new BigDecimal("3.850"), new BigDecimal("5.200"), 3, 24, Yuan.parse("100000"), Yuan.parse("3000000"),
                "小微企业", Criterion.parse("size:SMALL,MICRO\ncredit-not:C,D\nqualification:HNTE"), 5, true));
        return List.of(credit, small);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aDemandIsMatchedWithReasonsPushedWhereEligibleOnceAndAnsweredByItsBankByTheCommittedDay(TestDatabase test) {
        try (test; PluginSchema schema = PluginSchema.migrate(test, PayoutWorkflow.PLUGIN, FinancePlugin.class)) {
            registryOfTwo();
            // Friday 2026-09-25: three working days later crosses the weekend and lands after the National Day week
            clock.set(LocalDate.of(2026, 9, 25));
            Services s = services(schema.jdbi());
            List<BankProduct> products = banksAndProducts(s.directory());
            access.asEnterprise("hailan-qy", HAILAN, FinancingWorkflow.APPLY);
            FinancingDemand demand = s.financing().submit(new FinancingDemand.Draft(null, Yuan.parse("3000000"), 30,
                    "研发投入", null, "法定代表人保证"));
            assertEquals(HAILAN, demand.uscc());
            assertEquals(FinancingDemand.State.SUBMITTED, demand.state());
            // an enterprise's user cannot enter for another enterprise
            assertThrows(AccessDeniedException.class, () -> s.financing().submit(new FinancingDemand.Draft(MINGDE,
                    Yuan.parse("100000"), 12, "x", null, null)));
            // bad input changes nothing
            assertEquals("termMonths", assertThrows(RefusedException.class, () -> s.financing().submit(
                    new FinancingDemand.Draft(null, Yuan.parse("1"), 0, "x", null, null))).field());
            assertEquals(1, s.financing().demands(null).size());

            access.as("chenjing", PayoutWorkflow.DEPARTMENT, FinancingWorkflow.READ, FinancingWorkflow.MANAGE)
                    .within(PayoutWorkflow.DEPARTMENT);
            List<ProductMatch> matches = s.financing().matches(demand.id());
            assertEquals(List.of(products.get(0).id(), products.get(1).id()),
                    matches.stream().map(m -> m.product().id()).toList());
            ProductMatch credit = matches.get(0);
            assertTrue(credit.matches(), credit.checks().toString());
            assertEquals(List.of("amount", "term", "size", "credit", "years", "revenue"),
                    credit.checks().stream().map(Check::kind).toList());
            assertEquals(new Check("revenue", true, "5000000", "8600000"), credit.checks().get(5));
            ProductMatch small = matches.get(1);
            assertFalse(small.matches());
            // 3,000,000 is the top of the range (inclusive), but 30 months is beyond its 24
            assertEquals(List.of("term"), small.checks().stream().filter(c -> !c.met()).map(Check::kind).toList());
            // not eligible: refused, nothing pushed
            RefusedException refused = assertThrows(RefusedException.class,
                    () -> s.financing().push(demand.id(), products.get(1).id()));
            assertEquals("finance.error.not-eligible", refused.messageKey());

            DemandPush push = s.financing().push(demand.id(), products.get(0).id());
            // pushed Fri 25 Sep 2026; working days Mon 28, Tue 29, Wed 30 → due Wed 30 Sep
            assertEquals(CALENDAR.deadline(LocalDate.of(2026, 9, 25), 3), push.dueOn());
            assertEquals(LocalDate.of(2026, 9, 30), push.dueOn());
            // the next working day is after the National Day holiday
            LocalDate late = CALENDAR.addWorkingDays(push.dueOn(), 1);
            assertTrue(late.isAfter(LocalDate.of(2026, 10, 7)), late.toString());
            assertEquals(DemandPush.State.PUSHED, push.state());
            assertEquals(credit.checks(), push.reasons());
            assertEquals("finance.error.pushed-twice", assertThrows(RefusedException.class,
                    () -> s.financing().push(demand.id(), products.get(0).id())).messageKey());
            assertEquals(1, s.financing().pushesOf(demand).size());

            // the other bank's officer: sees nothing, cannot answer
            access.asEnterprise("qnsh-kj", QNSH, FinancingWorkflow.RESPOND);
            assertEquals(List.of(), s.financing().pushes(null));
            assertEquals("finance.error.not-found", assertThrows(RefusedException.class,
                    () -> s.financing().grant(push.id(), Yuan.parse("1"), new BigDecimal("4"), LocalDate.of(2026, 9, 25)))
                    .messageKey());
            // the enterprise's user may not answer
            access.asEnterprise("hailan-qy", HAILAN, FinancingWorkflow.APPLY);
            assertThrows(AccessDeniedException.class, () -> s.financing().decline(push.id(), "x"));

            // the bank's own officer, a day late: overdue flagged, then granted within the rules
            clock.set(late);
            access.asEnterprise("qdbank-kj", QDBANK, FinancingWorkflow.RESPOND);
            DemandPush seen = s.financing().pushes(null).get(0);
            assertTrue(seen.overdue(late));
            assertFalse(seen.overdue(push.dueOn()));
            assertEquals("grantedAmount", assertThrows(RefusedException.class, () -> s.financing().grant(push.id(),
                    Yuan.parse("3000000.01"), new BigDecimal("3.65"), late)).field());
            assertEquals("grantedOn", assertThrows(RefusedException.class, () -> s.financing().grant(push.id(),
                    Yuan.parse("3000000"), new BigDecimal("3.65"), LocalDate.of(2026, 9, 24))).field());
            assertThrows(TransitionRefusedException.class, () -> s.financing().decline(push.id(), " "));
            DemandPush granted = s.financing().grant(push.id(), Yuan.parse("2800000"), new BigDecimal("3.650"), late);
            assertEquals(DemandPush.State.GRANTED, granted.state());
            assertEquals(Yuan.parse("2800000"), granted.grantedAmount());
            assertTrue(granted.late(LocalDate.of(2026, 10, 20)));
            assertThrows(TransitionRefusedException.class, () -> s.financing().decline(push.id(), "again"));

            // the enterprise sees its demand granted, with the answer
            access.asEnterprise("hailan-qy", HAILAN, FinancingWorkflow.APPLY);
            FinancingDemand after = s.financing().demand(demand.id()).orElseThrow();
            assertEquals(FinancingDemand.State.GRANTED, after.state());
            assertEquals(new BigDecimal("3.650"), s.financing().pushesOf(after).get(0).grantedRate());
            assertEquals(List.of("submit", "push", "grant"), timeline.actions());
            assertEquals(List.of("district/finance/financing/SUBMITTED", "district/finance/financing/PUSHED",
                    "district/finance/financing/GRANTED"), posted);
            assertTrue(audit.actions().containsAll(List.of("finance.bank.save", "finance.product.save")));

            access.as("chenjing", PayoutWorkflow.DEPARTMENT, FinancingWorkflow.READ, FinancingWorkflow.MANAGE)
                    .within(PayoutWorkflow.DEPARTMENT);
            MatchFigures f = s.financing().figures();
            assertEquals(1, f.granted());
            assertEquals(new BigDecimal("100.0"), f.successPercent());
            // pushed Fri 25 Sep, answered the working day after the due day: four working days, late
            assertEquals(new BigDecimal("4.0"), f.banks().get(0).meanDays());
            assertEquals(1, f.banks().get(0).late());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void eachSideSeesOnlyItsOwnTheScopeMatrix(TestDatabase test) {
        try (test; PluginSchema schema = PluginSchema.migrate(test, PayoutWorkflow.PLUGIN, FinancePlugin.class)) {
            registryOfTwo();
            registry.put(MINGDE, new EnterpriseProfile(MINGDE, "青岛明德长青海洋生物科技有限公司", EnterpriseSize.SMALL,
                    CreditGrade.B, LocalDate.of(2018, 3, 1), Set.of("HNTE"), Map.of(2025, new BigDecimal("6000000")),
                    null));
            clock.set(LocalDate.of(2026, 11, 16));
            Services s = services(schema.jdbi());
            List<BankProduct> products = banksAndProducts(s.directory());
            access.asEnterprise("hailan-qy", HAILAN, FinancingWorkflow.APPLY);
            FinancingDemand hailan = s.financing().submit(new FinancingDemand.Draft(null, Yuan.parse("1000000"), 12,
                    "备货", null, null));
            access.asEnterprise("mingde-qy", MINGDE, FinancingWorkflow.APPLY);
            FinancingDemand mingde = s.financing().submit(new FinancingDemand.Draft(null, Yuan.parse("2000000"), 12,
                    "扩产", null, null));
            access.as("chenjing", PayoutWorkflow.DEPARTMENT, FinancingWorkflow.READ, FinancingWorkflow.MANAGE)
                    .within(PayoutWorkflow.DEPARTMENT);
            // staff enter one for an enterprise too
            FinancingDemand entered = s.financing().submit(new FinancingDemand.Draft(MINGDE, Yuan.parse("600000"), 6,
                    "代录", null, null));
            DemandPush toQd = s.financing().push(hailan.id(), products.get(0).id());
            DemandPush toQn = s.financing().push(mingde.id(), products.get(1).id());

            // finance staff: every demand and push of the department
            assertEquals(Set.of(hailan.id(), mingde.id(), entered.id()), ids(s.financing().demands(null)));
            assertEquals(Set.of(toQd.id(), toQn.id()), pushIds(s.financing().pushes(null)));
            // staff of another department holding the read permission there: nothing
            access.as("sunwei", "development", FinancingWorkflow.READ).within("development");
            assertEquals(Set.of(), ids(s.financing().demands(null)));
            assertEquals(Set.of(), pushIds(s.financing().pushes(null)));
            // staff without the permission: refused
            access.as("zhanghua", "housing");
            assertThrows(AccessDeniedException.class, () -> s.financing().demands(null));
            assertThrows(AccessDeniedException.class, () -> s.financing().pushes(null));
            // an enterprise: its own demands (also the one staff entered for it), never a push list
            access.asEnterprise("hailan-qy", HAILAN, FinancingWorkflow.APPLY);
            assertEquals(Set.of(hailan.id()), ids(s.financing().demands(null)));
            assertTrue(s.financing().demand(mingde.id()).isEmpty());
            assertThrows(AccessDeniedException.class, () -> s.financing().pushes(null));
            access.asEnterprise("mingde-qy", MINGDE, FinancingWorkflow.APPLY);
            assertEquals(Set.of(mingde.id(), entered.id()), ids(s.financing().demands(null)));
            // each bank: the pushes to it and nothing else; never the demands list
            access.asEnterprise("qdbank-kj", QDBANK, FinancingWorkflow.RESPOND);
            assertEquals(Set.of(toQd.id()), pushIds(s.financing().pushes(null)));
            assertTrue(s.financing().push(toQn.id()).isEmpty());
            assertThrows(AccessDeniedException.class, () -> s.financing().demands(null));
            access.asEnterprise("qnsh-kj", QNSH, FinancingWorkflow.RESPOND);
            assertEquals(Set.of(toQn.id()), pushIds(s.financing().pushes(null)));
            assertTrue(s.financing().push(toQd.id()).isEmpty());
            // a bank user of a bank that got nothing
            access.asEnterprise("abc-kj", "91370212MA3F2AB62A", FinancingWorkflow.RESPOND);
            assertEquals(Set.of(), pushIds(s.financing().pushes(null)));
            // the bank declines: the demand is declined (no other bank has it open) and may go elsewhere
            access.asEnterprise("qnsh-kj", QNSH, FinancingWorkflow.RESPOND);
            s.financing().decline(toQn.id(), "经营年限内现金流不足");
            access.as("chenjing", PayoutWorkflow.DEPARTMENT, FinancingWorkflow.READ, FinancingWorkflow.MANAGE)
                    .within(PayoutWorkflow.DEPARTMENT);
            assertEquals(FinancingDemand.State.DECLINED, s.financing().demand(mingde.id()).orElseThrow().state());
            s.financing().push(mingde.id(), products.get(0).id());
            assertEquals(FinancingDemand.State.PUSHED, s.financing().demand(mingde.id()).orElseThrow().state());
            // the enterprise withdraws: no more pushes
            access.asEnterprise("mingde-qy", MINGDE, FinancingWorkflow.APPLY);
            assertEquals(FinancingDemand.State.WITHDRAWN, s.financing().withdraw(entered.id(), "已另行融资").state());
            access.as("chenjing", PayoutWorkflow.DEPARTMENT, FinancingWorkflow.READ, FinancingWorkflow.MANAGE)
                    .within(PayoutWorkflow.DEPARTMENT);
            assertThrows(TransitionRefusedException.class, () -> s.financing().push(entered.id(),
                    products.get(0).id()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void remindersGoOnceToTheBankWhenDueAndWhenOverdueAndToEnterprisesThatHaveNotConfirmed(TestDatabase test)
            throws SQLException {
        try (test; PluginSchema schema = PluginSchema.migrate(test, PayoutWorkflow.PLUGIN, FinancePlugin.class);
                Database platform = Database.open(test.settings())) {
            platform.migrateFromClassPath("platform", "migrations_notify", NotifyModule.class.getClassLoader(),
                    "cn/gov/laoshan/district/notify/db");
            Jdbi notify = platform.jdbi("platform");
            Reminders reminders = new ReminderService(notify, clock, new NotificationService(notify, new TestAccess(),
                    clock, new InboxListeners()));
            registryOfTwo();
            clock.set(LocalDate.of(2026, 11, 16));
            Services s = services(schema.jdbi());
            List<BankProduct> products = banksAndProducts(s.directory());
            FinancingDemand demand = s.financing().submit(new FinancingDemand.Draft(HAILAN, Yuan.parse("1000000"), 12,
                    "备货", null, null));
            DemandPush push = s.financing().push(demand.id(), products.get(0).id());
            assertEquals(LocalDate.of(2026, 11, 19), push.dueOn());
            // an unconfirmed payout requested on the same Monday
            PayoutRepository payouts = new PayoutRepository(schema.jdbi());
            TestAccess ledger = TestAccess.staff("chenjing", PayoutWorkflow.DEPARTMENT, PayoutWorkflow.MANAGE,
                    PayoutWorkflow.READ).within(PayoutWorkflow.DEPARTMENT);
            PayoutService payoutService = new PayoutService(payouts, ledger, new RecordingTimeline(), audit,
                    new RecordEvents(PayoutWorkflow.PLUGIN, () -> null, ledger, clock), Optional::empty, clock);
            new Budgets(payouts, ledger, audit).setBudget("LS-P3-001", "点菜单政策 第3批-001", 2026, null,
                    Yuan.parse("5000000"), 5);
            new PayoutIntake(payoutService, payouts, ledger, audit, EnterpriseLookup.NONE, clock).importRequests(
                    List.of(new PayoutRequest(new PayoutKey("LS-P3-001", "2026", HAILAN), "青岛海澜智联科技有限公司",
                            Yuan.parse("50000"), null, null, "policy")));
            FinanceReminders job = new FinanceReminders(s.repository(), payouts, CALENDAR, () -> Optional.of(reminders),
                    clock);

            assertEquals(new FinanceReminders.Result(0, 0, 0), job.run());
            clock.set(LocalDate.of(2026, 11, 19));
            // due today at the bank; the payout three working days old
            assertEquals(new FinanceReminders.Result(1, 0, 1), job.run());
            assertEquals(new FinanceReminders.Result(0, 0, 0), job.run());
            clock.set(LocalDate.of(2026, 11, 20));
            assertEquals(new FinanceReminders.Result(0, 1, 0), job.run());
            clock.set(LocalDate.of(2026, 11, 23));
            assertEquals(new FinanceReminders.Result(0, 0, 0), job.run());
            int sent = notify.withHandle(h -> h.createQuery("select count(*) from notification").mapTo(Integer.class)
                    .one());
            // due (bank), overdue (bank and staff), confirm (enterprise)
            assertEquals(4, sent);
            // with no notify service the job sends nothing and fails nothing
            assertEquals(new FinanceReminders.Result(0, 0, 0), new FinanceReminders(s.repository(), payouts,
                    CALENDAR, Optional::empty, clock).run());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theDemoMakesBanksProductsAndDemandsInEveryStateOnce(TestDatabase test) {
        try (test; PluginSchema schema = PluginSchema.migrate(test, PayoutWorkflow.PLUGIN, FinancePlugin.class)) {
            access.asAdmin("system");
            registryOfTwo();
            registry.put(MINGDE, new EnterpriseProfile(MINGDE, "青岛明德长青海洋生物科技有限公司", EnterpriseSize.SMALL,
                    CreditGrade.B, LocalDate.of(2018, 3, 1), Set.of(), Map.of(2025, new BigDecimal("6000000")), null));
            registry.put(MatchmakingDemo.LAOFENG, new EnterpriseProfile(MatchmakingDemo.LAOFENG, "青岛崂峰茶业有限公司",
                    EnterpriseSize.MICRO, CreditGrade.B, LocalDate.of(2017, 4, 6), Set.of(), Map.of(), null));
            registry.put(MatchmakingDemo.LANWAN, new EnterpriseProfile(MatchmakingDemo.LANWAN, "青岛蓝湾海洋生物科技有限公司",
                    EnterpriseSize.MEDIUM, CreditGrade.A, LocalDate.of(2018, 11, 20), Set.of("HNTE"),
                    Map.of(2025, new BigDecimal("42000000")), null));
            clock.set(LocalDate.of(2026, 12, 7));
            Services s = services(schema.jdbi());
            assertEquals("3 banks, 6 products, 8 demands", MatchmakingDemo.seed(s.directory(), s.financing()));
            assertEquals("0 banks", MatchmakingDemo.seed(s.directory(), s.financing()));
            Set<FinancingDemand.State> states = new java.util.HashSet<>();
            s.financing().demands(null).forEach(d -> states.add(d.state()));
            assertEquals(Set.of(FinancingDemand.State.GRANTED, FinancingDemand.State.DECLINED,
                    FinancingDemand.State.PUSHED, FinancingDemand.State.SUBMITTED), states);
            MatchFigures f = s.financing().figures();
            assertTrue(f.overdue() >= 1, f.toString());
            assertTrue(f.banks().stream().anyMatch(b -> b.late() > 0), f.toString());
            assertNull(s.financing().pushes(DemandPush.State.PUSHED).stream()
                    .filter(p -> p.answeredOn() != null).findFirst().orElse(null));
        }
    }

    private static Set<Long> ids(List<FinancingDemand> list) {
        return list.stream().map(FinancingDemand::id).collect(java.util.stream.Collectors.toSet());
    }

    private static Set<Long> pushIds(List<DemandPush> list) {
        return list.stream().map(DemandPush::id).collect(java.util.stream.Collectors.toSet());
    }
}
