package cn.gov.laoshan.district.finance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.payout.BankAccount;
import cn.gov.laoshan.district.api.payout.PayoutAnswer;
import cn.gov.laoshan.district.api.payout.PayoutKey;
import cn.gov.laoshan.district.api.payout.PayoutOutcome;
import cn.gov.laoshan.district.api.payout.PayoutRequest;
import cn.gov.laoshan.district.api.payout.PayoutState;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.TransitionRefusedException;
import cn.gov.laoshan.district.finance.FinancePlugin;
import cn.gov.laoshan.district.finance.domain.Budget;
import cn.gov.laoshan.district.finance.domain.Payout;
import cn.gov.laoshan.district.finance.domain.PayoutBatch;
import cn.gov.laoshan.district.finance.domain.Total;
import cn.gov.laoshan.district.finance.domain.Totals;
import cn.gov.laoshan.district.finance.domain.PayoutFilter;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.RecordingTimeline;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * The ledger over its real migration on Derby and, when configured, PostgreSQL: the contract's answers, the state
 * machine with its refusals, 公示 objections, the budget and duplicate guards under concurrent requests and
 * approvals, and sums exact to the fen.
 */
class PayoutLedgerDataTest {

    static final String HAILAN = Uscc.withCheck("91370212MA3C12345").value();
    static final String MINGDE = Uscc.withCheck("91370212MA3D54321").value();
    static final String STRANGER = Uscc.withCheck("91370212MA3E00000").value();
    static final BankAccount ACCOUNT = new BankAccount("农业银行崂山支行", "青岛海澜智联", "6228480012345678");

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC);
    private final FakeNotices notices = new FakeNotices();
    private final RecordingTimeline timeline = new RecordingTimeline();
    private final RecordingAuditLog audit = new RecordingAuditLog();

    private TestAccess staff() {
        return TestAccess.staff("chenjing", PayoutWorkflow.DEPARTMENT, PayoutWorkflow.READ, PayoutWorkflow.MANAGE,
                PayoutWorkflow.REQUEST).within(PayoutWorkflow.DEPARTMENT);
    }

    private TestAccess approver(String login) {
        return TestAccess.staff(login, PayoutWorkflow.DEPARTMENT, PayoutWorkflow.READ, PayoutWorkflow.APPROVE)
                .within(PayoutWorkflow.DEPARTMENT);
    }

    /** The ledger's services as one user sees them, wired as the plugin wires them. */
    private record Ledger(PayoutService payouts, Budgets budgets, PayoutIntake intake, PayoutListing listing) {
    }

    private Ledger service(PayoutRepository repository, TestAccess access) {
        RecordEvents events = new RecordEvents(PayoutWorkflow.PLUGIN, () -> null, access, clock);
        PayoutService payouts = new PayoutService(repository, access, timeline, audit, events,
                () -> Optional.of(notices), clock);
        EnterpriseLookup lookup = uscc -> uscc.equals(STRANGER) ? Optional.empty()
                : Optional.of(new EnterpriseLookup.Facts("C3911", "沙子口街道"));
        return new Ledger(payouts, new Budgets(repository, access, audit),
                new PayoutIntake(payouts, repository, access, audit, lookup, clock),
                new PayoutListing(payouts));
    }

    private static PayoutRequest request(String policy, String uscc, String amount, boolean confirmed) {
        return new PayoutRequest(new PayoutKey(policy, "2026", uscc), "企业" + uscc.substring(10), Yuan.parse(amount),
                confirmed ? ACCOUNT : null, confirmed ? "hailan-qy" : null, "policy");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theContractAnswersAcceptedDuplicateOverBudgetOrRefusedAndKeepsTheBudget(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, PayoutWorkflow.PLUGIN, FinancePlugin.class)) {
            PayoutRepository repository = new PayoutRepository(schema.jdbi());
            Ledger ledger = service(repository, staff());
            Budgets budgets = ledger.budgets();
            PayoutIntake intake = ledger.intake();
            Budget budget = budgets.setBudget("LS-2026-017", "高新技术企业认定奖励", 2026, null, Yuan.parse("1000.00"), 5);
            assertEquals(PayoutOutcome.ACCEPTED, intake.request(request("LS-2026-017", HAILAN, "600.00", false)).outcome());
            PayoutAnswer again = intake.request(request("LS-2026-017", HAILAN, "1.00", false));
            assertEquals(PayoutOutcome.DUPLICATE, again.outcome());
            assertEquals(Yuan.parse("600.00"), again.payout().amount());
            PayoutAnswer over = intake.request(request("LS-2026-017", MINGDE, "400.01", false));
            assertEquals(PayoutOutcome.OVER_BUDGET, over.outcome());
            assertTrue(over.reason().contains("400.00"), over.reason());
            assertEquals(PayoutOutcome.REFUSED, intake.request(request("LS-NONE", MINGDE, "1", false)).outcome());
            assertEquals(PayoutOutcome.REFUSED, intake.request(request("LS-2026-017", STRANGER, "1", false)).outcome());
            assertEquals(PayoutOutcome.ACCEPTED, intake.request(request("LS-2026-017", MINGDE, "400.00", false)).outcome());
            assertEquals(Yuan.parse("1000.00"), repository.budget(budget.id()).orElseThrow().committed());
            assertEquals(2, ledger.payouts().count(PayoutFilter.ALL));
            // the budget cannot go below what payouts claim
            assertEquals("finance.error.below-committed", assertThrows(RefusedException.class,
                    () -> budgets.setBudget("LS-2026-017", "x", 2026, null, Yuan.parse("999.99"), 5)).messageKey());
            assertTrue(audit.actions().contains("finance.budget.set"));
            // an enterprise user sends only for itself; someone without the permission not at all
            Ledger asEnterprise = service(repository, new TestAccess().asEnterprise("hailan-qy", HAILAN,
                    PayoutWorkflow.CONFIRM));
            assertThrows(AccessDeniedException.class,
                    () -> asEnterprise.intake().request(request("LS-2026-017", MINGDE, "1", true)));
            assertThrows(AccessDeniedException.class, () -> service(repository,
                    TestAccess.staff("x", "other", PayoutWorkflow.READ)).intake()
                    .request(request("LS-2026-017", MINGDE, "1", true)));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPayoutIsConfirmedListedApprovedAfterItsNoticeAndPaidAndEveryWrongStepIsRefused(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, PayoutWorkflow.PLUGIN, FinancePlugin.class)) {
            PayoutRepository repository = new PayoutRepository(schema.jdbi());
            TestAccess staffAccess = staff();
            Ledger staff = service(repository, staffAccess);
            Budget budget = staff.budgets().setBudget("LS-2026-017", "高新技术企业认定奖励", 2026, null, Yuan.parse("100000"), 5);
            staff.intake().request(request("LS-2026-017", HAILAN, "50000.00", false));
            staff.intake().request(request("LS-2026-017", MINGDE, "30000.00", true));
            Payout hailan = staff.payouts().list(new PayoutFilter(null, null, null, null, HAILAN), 0, 10).get(0);
            Payout mingde = staff.payouts().list(new PayoutFilter(null, null, null, null, MINGDE), 0, 10).get(0);
            assertEquals(PayoutState.REQUESTED, hailan.state());
            assertEquals(PayoutState.CONFIRMED, mingde.state());

            // the enterprise confirms its own payout only, and with a bank account
            Ledger hailanUser = service(repository, new TestAccess().asEnterprise("hailan-qy", HAILAN,
                    PayoutWorkflow.CONFIRM));
            assertEquals("finance.error.not-found", assertThrows(RefusedException.class,
                    () -> hailanUser.payouts().confirm(mingde.id(), ACCOUNT)).messageKey());
            assertEquals("finance.error.no-account", assertThrows(RefusedException.class,
                    () -> hailanUser.payouts().confirm(hailan.id(), null)).messageKey());
            assertEquals(1, hailanUser.payouts().count(PayoutFilter.ALL));
            assertEquals(PayoutState.CONFIRMED, hailanUser.payouts().confirm(hailan.id(), ACCOUNT).state());
            assertThrows(TransitionRefusedException.class, () -> hailanUser.payouts().confirm(hailan.id(), ACCOUNT));

            // staff cannot pay or approve what is not listed and approved
            Ledger approver = service(repository, approver("czj-admin"));
            assertEquals(0, approver.payouts().approve(List.of(hailan.id())));
            assertThrows(TransitionRefusedException.class,
                    () -> staff.payouts().pay(hailan.id(), LocalDate.of(2026, 11, 20), "V1"));
            assertThrows(AccessDeniedException.class, () -> staff.payouts().approve(List.of(hailan.id())));

            PayoutBatch batch = staff.listing().listForNotice("LS-2026-017", "2026");
            assertEquals(2, batch.payouts());
            assertEquals(Yuan.parse("80000.00"), batch.amount());
            assertEquals("finance.error.nothing-to-list", assertThrows(RefusedException.class,
                    () -> staff.listing().listForNotice("LS-2026-017", "2026")).messageKey());
            // not while the notice runs
            assertEquals("finance.error.notice-running", assertThrows(RefusedException.class,
                    () -> approver.payouts().approveBatch(batch.id())).messageKey());
            // an objection: the notice ends, approval waits for its resolution
            long objection = notices.object(batch.noticeId(), "明德长青去年已搬离崂山区").id();
            notices.close(batch.noticeId());
            assertThrows(RefusedException.class, () -> approver.payouts().approveBatch(batch.id()));
            assertEquals("finance.error.required", assertThrows(RefusedException.class,
                    () -> staff.listing().resolveObjection(batch.id(), objection, mingde.id(), true, " "))
                    .messageKey());
            staff.listing().resolveObjection(batch.id(), objection, mingde.id(), true, "经核实，企业已迁出");
            assertEquals("finance.error.objection-resolved", assertThrows(RefusedException.class,
                    () -> staff.listing().resolveObjection(batch.id(), objection, null, false, "再次")).messageKey());
            Payout rejected = staff.payouts().find(mingde.id()).orElseThrow();
            assertEquals(PayoutState.REJECTED, rejected.state());
            assertTrue(rejected.reason().contains("企业已迁出"));
            // the rejected payout's claim on the budget is given back
            assertEquals(Yuan.parse("50000.00"), repository.budget(budget.id()).orElseThrow().committed());

            assertEquals(1, approver.payouts().approveBatch(batch.id()));
            assertEquals(0, approver.payouts().approveBatch(batch.id()));
            assertEquals("finance.error.paid-on", assertThrows(RefusedException.class,
                    () -> staff.payouts().pay(hailan.id(), LocalDate.of(2026, 11, 21), "V1")).messageKey());
            assertEquals("voucherNo", assertThrows(RefusedException.class,
                    () -> staff.payouts().pay(hailan.id(), LocalDate.of(2026, 11, 20), "")).field());
            Payout paid = staff.payouts().pay(hailan.id(), LocalDate.of(2026, 11, 20), "记-2026-1120-01");
            assertEquals(PayoutState.PAID, paid.state());
            assertTrue(hailanUser.payouts().find(hailan.id()).orElseThrow().status().paid());
            assertThrows(TransitionRefusedException.class, () -> staff.payouts().reject(hailan.id(), "晚了"));
            Budget after = repository.budget(budget.id()).orElseThrow();
            assertEquals(Yuan.parse("50000.00"), after.paid());
            assertEquals(Yuan.parse("50000.00"), after.approved());
            assertEquals(List.of("request", "request", "confirm", "list", "list", "reject", "approve", "pay"),
                    timeline.actions());
            Total byPolicy = staff.payouts().totals(Total.By.POLICY, 2026).get(0);
            assertEquals(Yuan.parse("50000.00"), byPolicy.paid());
            assertEquals(1, byPolicy.payouts());
            assertEquals("C3911", staff.payouts().totals(Total.By.INDUSTRY, null).get(0).group());
            assertEquals("2026-11", staff.payouts().totals(Total.By.MONTH, null).get(0).group());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRejectionNeedsItsReasonAndNoRefusedStepChangesAnything(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, PayoutWorkflow.PLUGIN, FinancePlugin.class)) {
            PayoutRepository repository = new PayoutRepository(schema.jdbi());
            Ledger staff = service(repository, staff());
            staff.budgets().setBudget("LS-1", "政策一", 2026, null, Yuan.parse("100"), 5);
            staff.intake().request(request("LS-1", HAILAN, "10", false));
            long id = staff.payouts().list(PayoutFilter.ALL, 0, 1).get(0).id();
            assertThrows(TransitionRefusedException.class, () -> staff.payouts().reject(id, " "));
            assertEquals(PayoutState.REQUESTED, staff.payouts().find(id).orElseThrow().state());
            assertEquals("finance.error.policy-code", assertThrows(RefusedException.class,
                    () -> staff.budgets().setBudget("LS 1", "x", 2026, null, Yuan.of(100), 5)).messageKey());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void oneKeySentFromTwoThreadsAtOnceIsRecordedOnce(TestDatabase database) throws Exception {
        try (PluginSchema schema = PluginSchema.migrate(database, PayoutWorkflow.PLUGIN, FinancePlugin.class)) {
            PayoutRepository repository = new PayoutRepository(schema.jdbi());
            Ledger a = service(repository, staff());
            Ledger b = service(repository, staff());
            Budget budget = a.budgets().setBudget("LS-1", "政策一", 2026, null, Yuan.parse("1000"), 5);
            for (int round = 0; round < 10; round++) {
                PayoutRequest r = new PayoutRequest(new PayoutKey("LS-1", "2026-" + round, HAILAN), "海澜",
                        Yuan.parse("10.01"), ACCOUNT, "hailan-qy", "policy");
                List<PayoutOutcome> outcomes = together(() -> a.intake().request(r).outcome(),
                        () -> b.intake().request(r).outcome());
                assertEquals(List.of(PayoutOutcome.ACCEPTED, PayoutOutcome.DUPLICATE),
                        outcomes.stream().sorted().toList());
            }
            assertEquals(Yuan.parse("100.10"), repository.budget(budget.id()).orElseThrow().committed());
            assertEquals(10, a.payouts().count(PayoutFilter.ALL));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void twoApproversApprovingOverlappingBatchesAtOnceApproveEachPayoutOnceWithinTheBudget(TestDatabase database)
            throws Exception {
        try (PluginSchema schema = PluginSchema.migrate(database, PayoutWorkflow.PLUGIN, FinancePlugin.class)) {
            PayoutRepository repository = new PayoutRepository(schema.jdbi());
            Ledger staff = service(repository, staff());
            Budget budget = staff.budgets().setBudget("LS-1", "政策一", 2026, null, Yuan.parse("1000000"), 5);
            List<PayoutRequest> requests = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                requests.add(new PayoutRequest(new PayoutKey("LS-1", "2026", Uscc.withCheck(
                        String.format("91370212MA%07d", i)).value()), "企业" + i, Yuan.parse("1234.56"), ACCOUNT,
                        "hailan-qy", "import"));
            }
            assertEquals(120, staff.intake().importRequests(requests));
            PayoutBatch batch = staff.listing().listForNotice("LS-1", "2026");
            notices.close(batch.noticeId());
            List<Long> ids = staff.payouts().list(PayoutFilter.ALL, 0, 200).stream().map(Payout::id).sorted().toList();
            Ledger first = service(repository, approver("czj-admin"));
            Ledger second = service(repository, approver("wangli"));
            // overlapping: the first takes 0..89, the second 30..119, the second in reverse order of ids
            List<Long> one = ids.subList(0, 90);
            List<Long> two = new ArrayList<>(ids.subList(30, 120));
            java.util.Collections.reverse(two);
            List<Integer> approved = together(() -> first.payouts().approve(one), () -> second.payouts().approve(two));
            assertEquals(120, approved.get(0) + approved.get(1));
            assertEquals(120, timeline.actions().stream().filter("approve"::equals).count());
            Budget after = repository.budget(budget.id()).orElseThrow();
            assertEquals(Yuan.parse("1234.56").times(BigDecimal.valueOf(120), java.math.RoundingMode.UNNECESSARY),
                    after.approved());
            assertEquals(120, staff.payouts().count(new PayoutFilter(null, null, PayoutState.APPROVED, null, null)));
        }
    }

    /**
     * No index of the ledger holds the state: each would be rewritten by every step of every payout, and on Derby a
     * period's confirmation (which filters by state) read through it and ran as a deferred update — a temporary copy
     * of each changed row (migration V5; PayoutBenchmark's confirm step).
     */
    @ParameterizedTest
    @MethodSource("databases")
    void noIndexOfTheLedgerHoldsTheStateWhichEveryStepChanges(TestDatabase database) throws Exception {
        try (PluginSchema schema = PluginSchema.migrate(database, PayoutWorkflow.PLUGIN, FinancePlugin.class)) {
            List<String> indexed = schema.jdbi().withHandle(h -> {
                java.sql.DatabaseMetaData meta = h.getConnection().getMetaData();
                String table = meta.storesUpperCaseIdentifiers() ? "PAYOUT" : "payout";
                List<String> columns = new ArrayList<>();
                try (java.sql.ResultSet rs = meta.getIndexInfo(null, h.getConnection().getSchema(), table, false,
                        false)) {
                    while (rs.next()) {
                        if (rs.getString("COLUMN_NAME") != null) {
                            columns.add(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                }
                return columns;
            });
            assertTrue(indexed.contains("uscc"), indexed.toString());
            assertTrue(!indexed.contains("state"), indexed.toString());
        }
    }

    /** A line of totals as compared here: group, payouts, requested, approved, paid. */
    private static String line(Total t) {
        return t.group() + " " + t.payouts() + " " + t.requested().amount().toPlainString() + " "
                + t.approved().amount().toPlainString() + " " + t.paid().amount().toPlainString();
    }

    private static List<String> lines(Totals totals, Total.By by) {
        return totals.by(by).stream().map(PayoutLedgerDataTest::line).toList();
    }

    /** Imported payouts count in the totals by industry and street: the import looks the whole file up at once. */
    @ParameterizedTest
    @MethodSource("databases")
    void anImportedPayoutKeepsItsEnterprisesIndustryAndStreet(TestDatabase database) throws Exception {
        try (PluginSchema schema = PluginSchema.migrate(database, PayoutWorkflow.PLUGIN, FinancePlugin.class)) {
            PayoutRepository repository = new PayoutRepository(schema.jdbi());
            Ledger staff = service(repository, staff());
            staff.budgets().setBudget("LS-1", "政策一", 2026, null, Yuan.parse("100000"), 5);
            String known = Uscc.withCheck("91370212MA3E00001").value();
            assertEquals(2, staff.intake().importRequests(List.of(request("LS-1", known, "100.00", true),
                    request("LS-1", STRANGER, "200.00", true))));
            Map<String, Payout> stored = staff.payouts().list(PayoutFilter.ALL, 0, 10).stream()
                    .collect(java.util.stream.Collectors.toMap(Payout::uscc, p -> p));
            assertEquals("C3911", stored.get(known).industryCode());
            assertEquals("沙子口街道", stored.get(known).street());
            // one the registry does not know is recorded as sent, without them
            assertEquals(null, stored.get(STRANGER).industryCode());
            assertEquals(null, stored.get(STRANGER).street());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyGroupingIsTotalledFromOnePassExactlyWithoutRejectedPayoutsAndWithinTheBudgetsYear(TestDatabase database)
            throws Exception {
        try (PluginSchema schema = PluginSchema.migrate(database, PayoutWorkflow.PLUGIN, FinancePlugin.class)) {
            PayoutRepository repository = new PayoutRepository(schema.jdbi());
            Ledger staff = service(repository, staff());
            staff.budgets().setBudget("LS-B", "政策乙", 2026, null, Yuan.parse("1000"), 5);
            staff.budgets().setBudget("LS-A", "政策甲", 2026, null, Yuan.parse("1000"), 5);
            staff.budgets().setBudget("LS-A", "政策甲", 2025, null, Yuan.parse("1000"), 5);
            // the registry's industry and street, through the contract and by import alike; an enterprise the registry
            // does not know (imported: recorded as sent) is in a group of its own, last
            staff.intake().request(request("LS-A", HAILAN, "100.01", true));
            staff.intake().request(request("LS-A", MINGDE, "200.02", true));
            String file = String.join(",", PayoutImport.HEADERS) + "\n"
                    + "LS-B,2026," + HAILAN + ",海澜,0.10,农业银行崂山支行,青岛海澜智联,6228480012345678\n"
                    + "LS-B,2026," + STRANGER + ",陌生,0.20,,,\n"
                    + "LS-A,2025," + HAILAN + ",海澜,5.00,,,\n";
            assertEquals(3, staff.intake().importFile(new java.io.ByteArrayInputStream(file.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)), cn.gov.laoshan.district.api.imports.ImportFormat.CSV,
                    null).rowsImported());
            PayoutBatch batch = staff.listing().listForNotice("LS-A", "2026");
            Payout mingde = staff.payouts().list(new PayoutFilter("LS-A", "2026", null, null, MINGDE), 0, 1).get(0);
            staff.payouts().reject(mingde.id(), "不符合条件");
            notices.close(batch.noticeId());
            assertEquals(1, service(repository, approver("czj-admin")).payouts().approveBatch(batch.id()));

            Totals year = staff.payouts().totals(2026);
            assertEquals(List.of("LS-A 1 100.01 100.01 0.00", "LS-B 2 0.30 0.00 0.00"), lines(year, Total.By.POLICY));
            assertEquals(List.of(batch.id() + " 1 100.01 100.01 0.00", "null 2 0.30 0.00 0.00"),
                    lines(year, Total.By.BATCH));
            assertEquals(List.of(PayoutWorkflow.DEPARTMENT + " 3 100.31 100.01 0.00"), lines(year, Total.By.DEPARTMENT));
            assertEquals(List.of("C3911 2 100.11 100.01 0.00", "null 1 0.20 0.00 0.00"), lines(year, Total.By.INDUSTRY));
            assertEquals(List.of("沙子口街道 2 100.11 100.01 0.00", "null 1 0.20 0.00 0.00"),
                    lines(year, Total.By.STREET));
            assertEquals(List.of("2026-11 3 100.31 100.01 0.00"), lines(year, Total.By.MONTH));
            // every year: the 2025 budget's payout too; one grouping alone is the same as from all at once
            Totals all = staff.payouts().totals((Integer) null);
            assertEquals(List.of("LS-A 2 105.01 100.01 0.00", "LS-B 2 0.30 0.00 0.00"), lines(all, Total.By.POLICY));
            assertEquals(List.of("2026-11 4 105.31 100.01 0.00"), lines(all, Total.By.MONTH));
            assertEquals(all.by(Total.By.STREET), staff.payouts().totals(Total.By.STREET, null));
            // an enterprise's user totals its own payouts only
            Ledger hailanUser = service(repository, new TestAccess().asEnterprise("hailan-qy", HAILAN,
                    PayoutWorkflow.CONFIRM));
            assertEquals(List.of("LS-A 2 105.01 100.01 0.00", "LS-B 1 0.10 0.00 0.00"),
                    lines(hailanUser.payouts().totals((Integer) null), Total.By.POLICY));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void sumsOver150000PayoutsAreExactToTheFen(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, PayoutWorkflow.PLUGIN, FinancePlugin.class)) {
            PayoutRepository repository = new PayoutRepository(schema.jdbi());
            Ledger staff = service(repository, staff());
            staff.budgets().setBudget("LS-BIG", "大批量政策", 2026, null, Yuan.parse("9000000000"), 5);
            Random random = new Random(42);
            List<PayoutRequest> requests = new ArrayList<>();
            BigDecimal expected = BigDecimal.ZERO;
            for (int i = 0; i < 150_000; i++) {
                // amounts like 0.01, 0.10, 0.29 that a double cannot hold exactly
                Yuan amount = Yuan.ofFen(1 + random.nextInt(5_000_000));
                expected = expected.add(amount.amount());
                requests.add(new PayoutRequest(new PayoutKey("LS-BIG", "2026",
                        Uscc.withCheck(String.format("9137%013d", i)).value()), "企业" + i, amount, null, null, "import"));
            }
            assertEquals(150_000, staff.intake().importRequests(requests));
            Total total = staff.payouts().totals(Total.By.POLICY, 2026).get(0);
            assertEquals(150_000, total.payouts());
            assertEquals(expected.setScale(2), total.requested().amount());
            assertEquals(expected.setScale(2), repository.budget("LS-BIG", 2026).orElseThrow().committed().amount());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aFileIsImportedWholeOrNotAtAllWithEachProblemAtItsRow(TestDatabase database) throws Exception {
        try (PluginSchema schema = PluginSchema.migrate(database, PayoutWorkflow.PLUGIN, FinancePlugin.class)) {
            PayoutRepository repository = new PayoutRepository(schema.jdbi());
            Ledger staff = service(repository, staff());
            Budget budget = staff.budgets().setBudget("LS-1", "政策一", 2026, null, Yuan.parse("10000"), 5);
            staff.intake().request(request("LS-1", MINGDE, "100", false));
            String header = String.join(",", PayoutImport.HEADERS) + "\n";
            String bad = header
                    + "LS-1,2026," + HAILAN + ",海澜,100.005,,,\n"               // row 2: a third decimal
                    + "LS-1,2026," + MINGDE + ",明德,10,,,\n"                     // row 3: already in the ledger
                    + "LS-9,2026," + STRANGER + ",某企业,10,,,\n"                 // row 4: no budget
                    + "LS-1,H1,91370212MA3C12345,某企业,10,农行,户名,12\n";       // row 5: period, USCC, account
            cn.gov.laoshan.district.api.imports.ImportReport report = staff.intake().importFile(
                    new java.io.ByteArrayInputStream(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    cn.gov.laoshan.district.api.imports.ImportFormat.CSV, null);
            assertTrue(!report.accepted());
            assertEquals(List.of(2, 5, 5, 5), report.problems().stream()
                    .map(cn.gov.laoshan.district.api.imports.ImportProblem::row).toList());
            // the file's own rows are good now; the ledger's checks find the duplicate and the missing budget
            String second = header + "LS-1,2026," + MINGDE + ",明德,10,,,\n" + "LS-9,2026," + STRANGER + ",某企业,10,,,\n";
            report = staff.intake().importFile(new java.io.ByteArrayInputStream(second.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)), cn.gov.laoshan.district.api.imports.ImportFormat.CSV, null);
            assertEquals(List.of(2, 3), report.problems().stream()
                    .map(cn.gov.laoshan.district.api.imports.ImportProblem::row).toList());
            assertEquals(1, staff.payouts().count(PayoutFilter.ALL));
            String good = header + "LS-1,2026," + HAILAN + ",海澜,\"1,234.56\",农业银行崂山支行,青岛海澜智联,6228480012345678\n";
            report = staff.intake().importFile(new java.io.ByteArrayInputStream(good.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)), cn.gov.laoshan.district.api.imports.ImportFormat.CSV, null);
            assertEquals(1, report.rowsImported());
            assertEquals(Yuan.parse("1334.56"), repository.budget(budget.id()).orElseThrow().committed());
            assertEquals(1, staff.payouts().confirmOnPaper("LS-1", "2026"));
            assertEquals(PayoutState.CONFIRMED, staff.payouts().list(new PayoutFilter(null, null, null, null, HAILAN),
                    0, 1)
                    .get(0).state());
        }
    }

    @SafeVarargs
    private static <T> List<T> together(Callable<T>... work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> w : work) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return w.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
