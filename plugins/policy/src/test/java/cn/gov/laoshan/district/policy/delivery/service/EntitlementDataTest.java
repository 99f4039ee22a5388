package cn.gov.laoshan.district.policy.delivery.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.payout.PayoutState;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.TransitionRefusedException;
import cn.gov.laoshan.district.policy.delivery.domain.Entitlement;
import cn.gov.laoshan.district.policy.delivery.domain.EntitlementState;
import cn.gov.laoshan.district.policy.delivery.domain.HandOff;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * Entitlements over the real migration on Derby and PostgreSQL: the listener told twice records one and tells the
 * enterprise once, with the deadline on the official calendar; the enterprise confirms with a checked account (or
 * declines), everyone else is refused; the payout request waits without finance and is sent when it appears, sent
 * twice it is one payout; finance's refusals are recorded and sent again by staff; the daily job lapses once and staff
 * extend.
 */
class EntitlementDataTest {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    /** Monday before the National Day holiday (Oct 1-7, Saturday Oct 10 a working day). */
    static final LocalDate MONDAY = LocalDate.of(2026, 9, 28);

    /**
     * A match run tells thousands of matches at once (the demo's first run ~4,700): written in batches, every one is
     * still one entitlement with its key, told once, on its timeline, and one listed twice or already there is not
     * made again.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aMatchRunsThousandsOfMatchesAreOneEntitlementEachToldOnce(TestDatabase database) throws Exception {
        try (database; DeliveryFixture f = new DeliveryFixture(database, MONDAY)) {
            assertEquals(1, f.told(DeliveryFixture.match(17, DeliveryFixture.HAILAN, "200000")));
            java.util.List<cn.gov.laoshan.district.policy.match.domain.PolicyMatch> run = new java.util.ArrayList<>();
            run.add(DeliveryFixture.match(17, DeliveryFixture.HAILAN, "200000")); // already there
            for (int i = 0; i < 1234; i++) {
                String uscc = cn.gov.laoshan.district.api.enterprise.Uscc.withCheck(String.format("9137%013d", i)).value();
                run.add(new cn.gov.laoshan.district.policy.match.domain.PolicyMatch(i % 2 == 0 ? 17 : 18,
                        i % 2 == 0 ? "LS-P3-017" : "LS-P3-018", "2026", uscc, "企业" + i, i % 3 == 0 ? null
                        : Yuan.parse(String.valueOf(1000 + i))));
            }
            run.add(run.get(5)); // listed twice
            f.reminders.log.clear();
            int before = f.timeline.actions().size();
            assertEquals(1234, f.access.asSystem(() -> f.entitlements.recordMatches(run)));
            assertEquals(0, f.access.asSystem(() -> f.entitlements.recordMatches(run)), "told again: nothing new");
            f.asStaff();
            assertEquals(1235, f.entitlements.count(EntitlementFilter.ALL));
            assertEquals(1234, f.reminders.log.size(), "each enterprise told once of each new entitlement");
            assertEquals(1234, f.timeline.actions().size() - before, "each on its timeline");
            String uscc7 = cn.gov.laoshan.district.api.enterprise.Uscc.withCheck(String.format("9137%013d", 7)).value();
            Entitlement e = f.repository.findByKey("LS-P3-018", "2026", uscc7).orElseThrow();
            assertEquals(Yuan.parse("1007"), e.amount());
            assertEquals(EntitlementState.OFFERED, e.state());
            assertEquals(LocalDate.of(2026, 10, 16), e.deadline());
            assertTrue(e.notifiedAt() != null);
            assertEquals(List.of("offer"), f.timeline.of(DeliveryWorkflow.PLUGIN, DeliveryWorkflow.RECORD_TYPE,
                    e.recordId()).stream().map(t -> t.action()).toList());
            assertTrue(f.repository.notNotified().isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aMatchToldTwiceIsOneEntitlementToldOnceWithItsDeadlineInWorkingDays(TestDatabase database) throws Exception {
        try (database; DeliveryFixture f = new DeliveryFixture(database, MONDAY)) {
            assertEquals(2, f.told(DeliveryFixture.match(17, DeliveryFixture.HAILAN, "200000"),
                    DeliveryFixture.match(17, DeliveryFixture.MINGDE, "200000")));
            // told again (a lapsed match that came back, a second node): nothing new, nobody told twice
            assertEquals(0, f.told(DeliveryFixture.match(17, DeliveryFixture.HAILAN, "200000")));
            f.asStaff();
            assertEquals(2, f.entitlements.count(EntitlementFilter.ALL));
            Entitlement e = f.repository.findByKey("LS-P3-017", "2026", DeliveryFixture.HAILAN).orElseThrow();
            assertEquals(EntitlementState.OFFERED, e.state());
            // 10 working days from Monday 28 September: 29, 30 September, 8, 9, 10 (the Saturday worked), 12-16 October
            assertEquals(LocalDate.of(2026, 10, 16), e.deadline());
            assertEquals("科技型中小企业研发投入补助", e.policyTitle());
            assertEquals(Yuan.parse("200000"), e.amount());
            assertEquals(2, f.reminders.log.size(), f.reminders.log.toString());
            assertTrue(f.reminders.log.get(0).startsWith("offered ENTERPRISE:" + DeliveryFixture.HAILAN + " 免申即享："),
                    f.reminders.log.toString());
            assertEquals(List.of("offer", "offer"), f.timeline.actions());
            assertTrue(e.notifiedAt() != null);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theEnterpriseConfirmsWithACheckedAccountAndNobodyElseMay(TestDatabase database) throws Exception {
        try (database; DeliveryFixture f = new DeliveryFixture(database, MONDAY)) {
            f.told(DeliveryFixture.match(17, DeliveryFixture.HAILAN, "200000"));
            long id = f.repository.findByKey("LS-P3-017", "2026", DeliveryFixture.HAILAN).orElseThrow().id();
            // staff see it, but an entitlement is the enterprise's to confirm
            f.asStaff();
            assertThrows(AccessDeniedException.class, () -> f.entitlements.confirm(id, "招商银行", "海澜", "6214830212345678"));
            // another enterprise's user does not find it
            f.asEnterprise("mingde-qy", DeliveryFixture.MINGDE);
            assertTrue(f.entitlements.find(id).isEmpty());
            RefusedException notFound = assertThrows(RefusedException.class,
                    () -> f.entitlements.confirm(id, "招商银行", "海澜", "6214830212345678"));
            assertEquals("policy.delivery.error.not-found", notFound.messageKey());
            // the account is checked at its fields, and a refusal changes nothing
            f.asEnterprise("hailan-qy", DeliveryFixture.HAILAN);
            assertEquals("bank", assertThrows(RefusedException.class,
                    () -> f.entitlements.confirm(id, " ", "海澜", "6214830212345678")).field());
            assertEquals("accountName", assertThrows(RefusedException.class,
                    () -> f.entitlements.confirm(id, "招商银行", "", "6214830212345678")).field());
            RefusedException number = assertThrows(RefusedException.class,
                    () -> f.entitlements.confirm(id, "招商银行", "海澜", "6214-83ab"));
            assertEquals("number", number.field());
            assertEquals("policy.delivery.error.account-number", number.messageKey());
            assertEquals(EntitlementState.OFFERED, f.entitlements.find(id).orElseThrow().state());
            // the match lapsed since (the enterprise's facts changed): refused
            f.currentMatches.set(Set.of());
            assertEquals("policy.delivery.error.no-longer-matches", assertThrows(RefusedException.class,
                    () -> f.entitlements.confirm(id, "招商银行青岛崂山支行", "青岛海澜智联科技有限公司", "6214 8302 1234 5678"))
                    .messageKey());
            f.currentMatches.set(Set.of("17/" + DeliveryFixture.HAILAN));
            Entitlement confirmed = f.entitlements.confirm(id, "招商银行青岛崂山支行", "青岛海澜智联科技有限公司",
                    "6214 8302 1234 5678");
            assertEquals(EntitlementState.CONFIRMED, confirmed.state());
            assertEquals("6214830212345678", confirmed.accountNumber());
            assertEquals("hailan-qy", confirmed.confirmedBy());
            // without finance the request waits
            assertEquals(HandOff.WAITING, confirmed.handoff());
            // confirmed once: again is refused by the machine
            assertThrows(TransitionRefusedException.class,
                    () -> f.entitlements.confirm(id, "招商银行", "海澜", "6214830212345678"));
            assertThrows(TransitionRefusedException.class, () -> f.entitlements.decline(id, null));
            // the account offered next time is the one confirmed
            assertEquals("6214830212345678", f.entitlements.lastAccount(DeliveryFixture.HAILAN).orElseThrow()
                    .number());
            assertEquals(List.of("offer", "confirm"), f.timeline.actions());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theOutboxWaitsWithoutFinanceAndSendingTwiceIsOnePayout(TestDatabase database) throws Exception {
        try (database; DeliveryFixture f = new DeliveryFixture(database, MONDAY)) {
            f.told(DeliveryFixture.match(17, DeliveryFixture.HAILAN, "200000"));
            long id = f.repository.findByKey("LS-P3-017", "2026", DeliveryFixture.HAILAN).orElseThrow().id();
            f.asEnterprise("hailan-qy", DeliveryFixture.HAILAN);
            f.entitlements.confirm(id, "招商银行青岛崂山支行", "青岛海澜智联科技有限公司", "6214830212345678");
            // finance not installed: the job finds nothing to send to
            assertEquals(0, f.access.asSystem(f.handOff::sendWaiting));
            assertEquals(HandOff.WAITING, f.repository.find(id).orElseThrow().handoff());
            // finance installed but its database away: still waiting, the attempt counted
            f.ledger.budgets.put("LS-P3-017", Yuan.parse("1000000"));
            f.ledger.down = true;
            f.installed.set(f.ledger);
            assertEquals(0, f.access.asSystem(f.handOff::sendWaiting));
            Entitlement waiting = f.repository.find(id).orElseThrow();
            assertEquals(HandOff.WAITING, waiting.handoff());
            assertEquals(1, waiting.handoffAttempts());
            // back: sent, accepted, confirmed there with the enterprise's account
            f.ledger.down = false;
            assertEquals(1, f.access.asSystem(f.handOff::sendWaiting));
            Entitlement sent = f.repository.find(id).orElseThrow();
            assertEquals(HandOff.ACCEPTED, sent.handoff());
            assertEquals(1, f.ledger.payouts.size());
            assertEquals("hailan-qy", f.ledger.received.get(0).confirmedBy());
            assertEquals("policy", f.ledger.received.get(0).source());
            assertEquals(PayoutState.CONFIRMED, f.handOff.status(sent).orElseThrow().state());
            // sent twice (the row put back as another node would find it, and the job run again): one payout
            f.repository.jdbi().useHandle(h -> h.execute("update policy_entitlement set handoff = 'WAITING' where id = ?",
                    id));
            assertEquals(1, f.access.asSystem(f.handOff::sendWaiting));
            assertEquals(1, f.ledger.payouts.size());
            assertEquals(2, f.ledger.received.size());
            assertEquals(HandOff.DUPLICATE, f.repository.find(id).orElseThrow().handoff());
            assertEquals(Yuan.parse("800000"), f.ledger.budgets.get("LS-P3-017"));
            // nothing waits: the job sends nothing more
            assertEquals(0, f.access.asSystem(f.handOff::sendWaiting));
            assertEquals(2, f.ledger.received.size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void financesRefusalIsRecordedAndStaffSendItAgain(TestDatabase database) throws Exception {
        try (database; DeliveryFixture f = new DeliveryFixture(database, MONDAY)) {
            f.installed.set(f.ledger);
            f.told(DeliveryFixture.match(17, DeliveryFixture.HAILAN, "200000"),
                    DeliveryFixture.match(18, DeliveryFixture.HAILAN, "300000"));
            long noBudget = f.repository.findByKey("LS-P3-017", "2026", DeliveryFixture.HAILAN).orElseThrow().id();
            long over = f.repository.findByKey("LS-P3-018", "2026", DeliveryFixture.HAILAN).orElseThrow().id();
            f.ledger.budgets.put("LS-P3-018", Yuan.parse("100000"));
            f.asEnterprise("hailan-qy", DeliveryFixture.HAILAN);
            Entitlement refused = f.entitlements.confirm(noBudget, "招商银行", "海澜", "6214830212345678");
            assertEquals(HandOff.REFUSED, refused.handoff());
            assertEquals("政策 LS-P3-017 没有预算", refused.handoffReason());
            assertEquals("no budget", refused.handoffReasonEn());
            assertEquals(HandOff.OVER_BUDGET, f.entitlements.confirm(over, "招商银行", "海澜", "6214830212345678")
                    .handoff());
            // the enterprise may not send again; staff may, once finance has the budget
            assertThrows(AccessDeniedException.class, () -> f.entitlements.resend(noBudget));
            f.asStaff();
            f.ledger.budgets.put("LS-P3-017", Yuan.parse("5000000"));
            assertEquals(HandOff.ACCEPTED, f.entitlements.resend(noBudget).handoff());
            assertEquals("policy.delivery.error.not-refused", assertThrows(RefusedException.class,
                    () -> f.entitlements.resend(noBudget)).messageKey());
            assertTrue(f.timeline.actions().containsAll(List.of("handoff", "resend")), f.timeline.actions().toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theDailyJobLapsesOnceAndStaffExtend(TestDatabase database) throws Exception {
        try (database; DeliveryFixture f = new DeliveryFixture(database, MONDAY)) {
            f.told(DeliveryFixture.match(17, DeliveryFixture.HAILAN, "200000"),
                    DeliveryFixture.match(17, DeliveryFixture.MINGDE, "200000"));
            long hailan = f.repository.findByKey("LS-P3-017", "2026", DeliveryFixture.HAILAN).orElseThrow().id();
            long mingde = f.repository.findByKey("LS-P3-017", "2026", DeliveryFixture.MINGDE).orElseThrow().id();
            f.asEnterprise("mingde-qy", DeliveryFixture.MINGDE);
            assertEquals(EntitlementState.DECLINED, f.entitlements.decline(mingde, "已享受同类市级政策").state());
            // on the deadline nothing lapses; the day after it does, once however often the job runs
            f.clock.set(LocalDate.of(2026, 10, 16));
            assertEquals(0, f.access.asSystem(f.entitlements::daily).lapsed());
            f.clock.set(LocalDate.of(2026, 10, 17));
            assertEquals(1, f.access.asSystem(f.entitlements::daily).lapsed());
            assertEquals(0, f.access.asSystem(f.entitlements::daily).lapsed());
            f.asStaff();
            Entitlement lapsed = f.entitlements.find(hailan).orElseThrow();
            assertEquals(EntitlementState.LAPSED, lapsed.state());
            assertTrue(lapsed.overdueAt() != null);
            assertEquals(2, f.reminders.log.stream().filter(l -> l.startsWith("overdue")).count(),
                    f.reminders.log.toString());
            // the enterprise can no longer confirm
            f.asEnterprise("hailan-qy", DeliveryFixture.HAILAN);
            assertThrows(TransitionRefusedException.class,
                    () -> f.entitlements.confirm(hailan, "招商银行", "海澜", "6214830212345678"));
            // extending needs staff and a reason; the new deadline is counted from today (Saturday the 17th)
            assertThrows(AccessDeniedException.class, () -> f.entitlements.extend(hailan, "企业因故未及时确认"));
            f.asStaff();
            assertThrows(TransitionRefusedException.class, () -> f.entitlements.extend(hailan, " "));
            assertThrows(TransitionRefusedException.class, () -> f.entitlements.extend(mingde, "企业申请"));
            Entitlement extended = f.entitlements.extend(hailan, "企业因故未及时确认");
            assertEquals(EntitlementState.OFFERED, extended.state());
            assertEquals(LocalDate.of(2026, 10, 30), extended.deadline());
            assertNull(extended.overdueAt());
            f.asEnterprise("hailan-qy", DeliveryFixture.HAILAN);
            assertEquals(EntitlementState.CONFIRMED,
                    f.entitlements.confirm(hailan, "招商银行", "海澜", "6214830212345678").state());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void pastTheDeadlineBeforeTheJobRanTheConfirmationIsRefused(TestDatabase database) throws Exception {
        try (database; DeliveryFixture f = new DeliveryFixture(database, MONDAY)) {
            f.told(DeliveryFixture.match(17, DeliveryFixture.HAILAN, "200000"));
            long id = f.repository.findByKey("LS-P3-017", "2026", DeliveryFixture.HAILAN).orElseThrow().id();
            f.clock.set(LocalDate.of(2026, 10, 17));
            f.asEnterprise("hailan-qy", DeliveryFixture.HAILAN);
            assertEquals("policy.delivery.error.past-deadline", assertThrows(RefusedException.class,
                    () -> f.entitlements.confirm(id, "招商银行", "海澜", "6214830212345678")).messageKey());
            assertEquals(EntitlementState.OFFERED, f.entitlements.find(id).orElseThrow().state());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anEntitlementToAPolicyTheMatchRunDoesNotEvaluateStaysConfirmable(TestDatabase database) throws Exception {
        try (database; DeliveryFixture f = new DeliveryFixture(database, MONDAY)) {
            f.told(DeliveryFixture.match(17, DeliveryFixture.HAILAN, "200000"),
                    DeliveryFixture.match(99, DeliveryFixture.HAILAN, "50000"));
            f.currentMatches.set(Set.of());
            f.asEnterprise("hailan-qy", DeliveryFixture.HAILAN);
            long ruled = f.repository.findByKey("LS-P3-017", "2026", DeliveryFixture.HAILAN).orElseThrow().id();
            long unruled = f.repository.findByKey("LS-P3-099", "2026", DeliveryFixture.HAILAN).orElseThrow().id();
            // policy 17's rule no longer selects the enterprise; policy 99 has no rule the match run evaluates
            assertEquals("policy.delivery.error.no-longer-matches", assertThrows(RefusedException.class,
                    () -> f.entitlements.confirm(ruled, "招商银行", "海澜", "6214830212345678")).messageKey());
            assertEquals(EntitlementState.CONFIRMED,
                    f.entitlements.confirm(unruled, "招商银行", "海澜", "6214830212345678").state());
        }
    }
}
