package cn.gov.laoshan.district.market.commitment.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.facts.CreditMark;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.market.commitment.domain.CheckMode;
import cn.gov.laoshan.district.market.commitment.domain.CommitmentState;
import cn.gov.laoshan.district.market.commitment.domain.PostCheckState;
import cn.gov.laoshan.district.market.commitment.domain.WrittenNotice;
import cn.gov.laoshan.district.market.credit.service.CreditSignalSource.CreditSignal;
import cn.gov.laoshan.district.market.service.Market;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * 告知承诺制 on Derby and PostgreSQL: approval at once with its post-check, every refused route (nothing changed), the
 * failed check → rectification → not rectified in time → revoked with the credit mark in the registry's facts, the
 * re-check that finds it not rectified, a false commitment (mark, ban of 3 years for a food item, refused until
 * repaired), and who may do what.
 */
class CommitmentDataTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final String FOOD = "SJ-001";
    static final String PREMISES = "SJ-022";

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private static CommitmentService.Application application(String uscc, String item) {
        return new CommitmentService.Application(uscc, item, "林海澜", WrittenNotice.VERSION, true);
    }

    private static String key(Supplier<?> call) {
        return assertThrows(RefusedException.class, call::get).messageKey();
    }

    private static int count(CommitmentFixture f, String table) {
        return f.schema.jdbi().withHandle(h -> h.createQuery("select count(*) from " + table).mapTo(Integer.class)
                .one());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theApplicantIsApprovedAtOnceAndTheFoodPostCheckIsDueOnSiteWithinAMonth(TestDatabase test) {
        try (test; CommitmentFixture f = new CommitmentFixture(test, TODAY)) {
            f.asEnterprise(CommitmentFixture.HAILAN);
            assertTrue(f.commitments.items().size() >= 90, "the catalogue's high-frequency items");
            String notice = f.commitments.notice(CommitmentFixture.HAILAN, FOOD);
            assertTrue(notice.contains(WrittenNotice.VERSION) && notice.contains("食品安全管理人员")
                    && notice.contains("3年内不得再次"), notice);
            Commitment c = f.commitments.apply(application(CommitmentFixture.HAILAN, FOOD));
            assertEquals(CommitmentState.APPROVED, c.state());
            assertEquals(TODAY, c.approvedOn());
            assertEquals("hailan-qy", c.signedBy());
            assertEquals("林海澜", c.signer());
            assertEquals(WrittenNotice.VERSION, c.noticeVersion());
            assertEquals(notice, c.noticeText());
            assertTrue(c.approvalNo().startsWith("LSCN2026"), c.approvalNo());
            PostCheck check = f.commitments.postCheckOf(c.id()).orElseThrow();
            assertEquals(PostCheckState.DUE, check.state());
            assertEquals(LocalDate.of(2027, 1, 7), check.dueOn());
            assertEquals(CheckMode.ONSITE, check.mode());
            assertEquals(Market.DEPARTMENT, check.departmentCode());
            assertEquals(List.of(c.id()), f.commitments.commitments(null, 0, 10).stream().map(Commitment::id).toList());

            // the inspecting unit sees it among the due post-checks; another enterprise does not
            f.asStaff();
            assertEquals(List.of(check.id()), f.commitments.postChecks(true, 0, 10).stream().map(PostCheck::id)
                    .toList());
            assertEquals(1, f.commitments.countOpenChecks());
            f.asEnterprise(CommitmentFixture.MINGDE);
            assertEquals(List.of(), f.commitments.postChecks(false, 0, 10));
            assertTrue(f.commitments.find(c.id()).isEmpty());

            // passed: verified and closed, so minimal renewal no longer sees an open post-check
            f.asStaff();
            PostCheck passed = f.commitments.pass(check.id(), "现场核查：场所、设施与承诺一致");
            assertEquals(PostCheckState.PASSED, passed.state());
            assertEquals(CommitmentState.VERIFIED, f.commitments.find(c.id()).orElseThrow().state());
            assertEquals(0, (int) f.schema.jdbi().withHandle(h -> h.createQuery("select count(*) from post_check where "
                    + "closed_on is null").mapTo(Integer.class).one()));
            assertEquals(List.of("sign", "check-pass"), f.timeline.actions());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void everyRefusedRouteNamesItsFieldAndChangesNothing(TestDatabase test) {
        try (test; CommitmentFixture f = new CommitmentFixture(test, TODAY)) {
            f.asEnterprise(CommitmentFixture.HAILAN);
            // high-risk items, and one the catalogue does not know
            assertEquals("market.commitment.refused.high-risk", key(() -> f.commitments.apply(application(
                    CommitmentFixture.HAILAN, "SJ-009"))));
            assertEquals("market.commitment.refused.high-risk", key(() -> f.commitments.apply(application(
                    CommitmentFixture.HAILAN, "YJ-001"))));
            assertEquals("market.commitment.error.item", key(() -> f.commitments.apply(application(
                    CommitmentFixture.HAILAN, "XX-999"))));
            // not signed, no signer, a notice version other than the one shown
            assertEquals("market.commitment.error.sign", key(() -> f.commitments.apply(
                    new CommitmentService.Application(CommitmentFixture.HAILAN, FOOD, "林海澜", WrittenNotice.VERSION,
                            false))));
            assertThrows(RefusedException.class, () -> f.commitments.apply(new CommitmentService.Application(
                    CommitmentFixture.HAILAN, FOOD, " ", WrittenNotice.VERSION, true)));
            assertEquals("market.commitment.error.version", key(() -> f.commitments.apply(
                    new CommitmentService.Application(CommitmentFixture.HAILAN, FOOD, "林海澜", "GZCN-2025-1", true))));
            // a serious bad-credit record: the registry's 失信惩戒 holding, or grade D
            f.marks.put(CommitmentFixture.HAILAN, new java.util.ArrayList<>(List.of(new CreditMark(1, "失信惩戒",
                    "法院失信被执行人", "system", f.clock.instant(), TODAY.plusMonths(6)))));
            assertEquals("market.commitment.refused.bad-credit", key(() -> f.commitments.apply(application(
                    CommitmentFixture.HAILAN, FOOD))));
            assertEquals("market.commitment.refused.bad-credit", f.commitments.refusal(CommitmentFixture.HAILAN, FOOD)
                    .orElseThrow().messageKey());
            f.marks.clear();
            f.enterprise(CommitmentFixture.HAILAN, "青岛海澜智联科技有限公司", CreditGrade.D);
            assertEquals("market.commitment.refused.bad-credit", key(() -> f.commitments.apply(application(
                    CommitmentFixture.HAILAN, FOOD))));
            f.enterprise(CommitmentFixture.HAILAN, "青岛海澜智联科技有限公司", CreditGrade.B);
            // a mark that lapsed does not bar
            f.marks.put(CommitmentFixture.HAILAN, new java.util.ArrayList<>(List.of(new CreditMark(1, "失信惩戒",
                    "已届满", "system", f.clock.instant(), TODAY.minusDays(1)))));
            assertTrue(f.commitments.refusal(CommitmentFixture.HAILAN, FOOD).isEmpty());
            assertEquals(0, count(f, "commitment"));
            assertEquals(0, count(f, "post_check"));

            // another enterprise's commitment: denied; the same item twice while the first is not verified: refused
            assertThrows(AccessDeniedException.class, () -> f.commitments.apply(application(CommitmentFixture.MINGDE,
                    FOOD)));
            f.commitments.apply(application(CommitmentFixture.HAILAN, FOOD));
            assertEquals("market.commitment.refused.running", key(() -> f.commitments.apply(application(
                    CommitmentFixture.HAILAN, FOOD))));
            assertEquals(1, count(f, "commitment"));
            // staff do not apply for an enterprise, and enterprise users do not record checks
            f.asStaff();
            assertThrows(AccessDeniedException.class, () -> f.commitments.apply(application(CommitmentFixture.HAILAN,
                    PREMISES)));
            long check = f.commitments.postChecks(true, 0, 10).get(0).id();
            f.asEnterprise(CommitmentFixture.HAILAN);
            assertThrows(AccessDeniedException.class, () -> f.commitments.pass(check, "自查合格"));
            f.access.as("zhaomin", "justice", Market.READ, CommitmentService.CHECK).within("justice");
            assertThrows(AccessDeniedException.class, () -> f.commitments.pass(check, "合格"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void notRectifiedInTimeTheApprovalIsRevokedAndTheCreditMarkWritten(TestDatabase test) {
        try (test; CommitmentFixture f = new CommitmentFixture(test, TODAY)) {
            f.asEnterprise(CommitmentFixture.HAILAN);
            Commitment c = f.commitments.apply(application(CommitmentFixture.HAILAN, FOOD));
            f.asStaff();
            long check = f.commitments.postCheckOf(c.id()).orElseThrow().id();
            f.today(LocalDate.of(2026, 12, 21));
            assertEquals("rectifyBy", assertThrows(RefusedException.class, () -> f.commitments.fail(check,
                    "未设置专用清洗消毒设施", LocalDate.of(2026, 12, 21))).field(), "after today");
            assertEquals("rectifyBy", assertThrows(RefusedException.class, () -> f.commitments.fail(check,
                    "未设置专用清洗消毒设施", LocalDate.of(2027, 6, 1))).field(), "within 90 days");
            assertEquals("finding", assertThrows(RefusedException.class, () -> f.commitments.fail(check, " ",
                    LocalDate.of(2027, 1, 5))).field());
            PostCheck failed = f.commitments.fail(check, "未设置专用清洗消毒设施", LocalDate.of(2027, 1, 5));
            assertEquals(PostCheckState.RECTIFYING, failed.state());
            assertEquals(LocalDate.of(2027, 1, 5), failed.rectifyBy());
            assertEquals(0, f.commitments.revokeOverdue(), "the day has not passed");
            f.today(LocalDate.of(2027, 1, 5));
            assertEquals(0, f.commitments.revokeOverdue(), "its last day");

            f.today(LocalDate.of(2027, 1, 6));
            assertEquals("market.commitment.error.too-late", key(() -> f.commitments.rectified(check, "已整改")));
            assertEquals(1, f.access.asSystem(f.commitments::revokeOverdue));
            Commitment revoked = f.commitments.find(c.id()).orElseThrow();
            assertEquals(CommitmentState.REVOKED, revoked.state());
            assertEquals(LocalDate.of(2027, 1, 6), revoked.revokedOn());
            assertEquals(PostCheckState.REVOKED, f.commitments.postCheckOf(c.id()).orElseThrow().state());
            // the registry's facts carry the mark; the plugin's own record says it is not repaired
            List<CreditMark> registry = f.marks.get(CommitmentFixture.HAILAN);
            assertEquals(1, registry.size());
            assertEquals(CommitmentService.FAILED_MARK, registry.get(0).mark());
            assertTrue(registry.get(0).reason().contains(revoked.approvalNo()), registry.get(0).reason());
            List<CreditMarkEntry> own = f.commitments.marks(CommitmentFixture.HAILAN);
            assertEquals(1, own.size());
            assertEquals(CreditMarkEntry.FAILED, own.get(0).kind());
            assertEquals(registry.get(0).id(), own.get(0).registryMarkId());
            assertEquals(List.of("sign", "check-fail", "revoke"), f.timeline.actions());
            assertEquals(0, f.commitments.revokeOverdue(), "once");

            // what the grading reads
            Map<String, List<CreditSignal>> signals = new CommitmentSignals(f.schema.jdbi(), f.clock).signals(
                    LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1));
            assertEquals(List.of("commitment.failed", "credit.mark"), signals.get(CommitmentFixture.HAILAN).stream()
                    .map(CreditSignal::kind).toList());
            assertEquals(Map.of(), new CommitmentSignals(f.schema.jdbi(), f.clock).signals(LocalDate.of(2026, 12, 1),
                    LocalDate.of(2027, 1, 1)));
            // a failed (not false) commitment does not bar a new application once nothing runs
            f.asEnterprise(CommitmentFixture.HAILAN);
            assertTrue(f.commitments.refusal(CommitmentFixture.HAILAN, FOOD).isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRecheckFindingItNotRectifiedRevokesAtOnceAndRectifiedInTimeVerifies(TestDatabase test) {
        try (test; CommitmentFixture f = new CommitmentFixture(test, TODAY)) {
            f.asEnterprise(CommitmentFixture.HAILAN);
            Commitment food = f.commitments.apply(application(CommitmentFixture.HAILAN, FOOD));
            Commitment premises = f.commitments.apply(application(CommitmentFixture.HAILAN, PREMISES));
            f.asStaff();
            long foodCheck = f.commitments.postCheckOf(food.id()).orElseThrow().id();
            long premisesCheck = f.commitments.postCheckOf(premises.id()).orElseThrow().id();
            assertEquals(LocalDate.of(2027, 6, 7), f.commitments.postCheckOf(premises.id()).orElseThrow().dueOn(),
                    "the premises item: 6 months, on the documents");
            assertEquals("market.commitment.error.state", key(() -> f.commitments.notRectified(foodCheck, "x")));
            f.commitments.fail(foodCheck, "从业人员健康证明过期", LocalDate.of(2026, 12, 17));
            f.commitments.fail(premisesCheck, "租赁合同与登记住所不一致", LocalDate.of(2026, 12, 17));
            f.today(LocalDate.of(2026, 12, 15));
            assertEquals(PostCheckState.REVOKED, f.commitments.notRectified(foodCheck, "复查：仍无有效健康证明").state());
            assertEquals(PostCheckState.RECTIFIED, f.commitments.rectified(premisesCheck, "已提交变更后的租赁合同")
                    .state());
            assertEquals(CommitmentState.VERIFIED, f.commitments.find(premises.id()).orElseThrow().state());
            assertEquals(CommitmentState.REVOKED, f.commitments.find(food.id()).orElseThrow().state());
            assertEquals(List.of(CommitmentService.FAILED_MARK), f.marks.get(CommitmentFixture.HAILAN).stream()
                    .map(CreditMark::mark).toList());
            assertEquals(0, f.commitments.countOpenChecks());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFalseCommitmentIsMarkedAndBarsTheApplicantUntilRepairedAndTheItemForThreeYears(TestDatabase test) {
        try (test; CommitmentFixture f = new CommitmentFixture(test, TODAY)) {
            f.asEnterprise(CommitmentFixture.HAILAN);
            Commitment c = f.commitments.apply(application(CommitmentFixture.HAILAN, FOOD));
            f.asStaff();
            long check = f.commitments.postCheckOf(c.id()).orElseThrow().id();
            f.commitments.falseCommitment(check, "经营场所实为住宅，承诺不实");
            assertEquals(CommitmentState.REVOKED, f.commitments.find(c.id()).orElseThrow().state());
            assertEquals(List.of(CommitmentService.FALSE_MARK), f.marks.get(CommitmentFixture.HAILAN).stream()
                    .map(CreditMark::mark).toList());
            assertEquals(List.of("sign", "false-commitment"), f.timeline.actions());

            // an earlier false commitment bars every item until repaired
            f.asEnterprise(CommitmentFixture.HAILAN);
            assertEquals("market.commitment.refused.false-commitment", key(() -> f.commitments.apply(application(
                    CommitmentFixture.HAILAN, PREMISES))));
            CreditMarkEntry mark = f.commitments.marks(CommitmentFixture.HAILAN).get(0);
            assertThrows(AccessDeniedException.class, () -> f.commitments.repair(mark.id(), "已完成信用修复"));
            f.asStaff();
            assertEquals("reason", assertThrows(RefusedException.class, () -> f.commitments.repair(mark.id(), ""))
                    .field());
            assertNotNull(f.commitments.repair(mark.id(), "已履行整改并完成信用修复承诺").repairedOn());
            assertEquals("market.commitment.error.repaired", key(() -> f.commitments.repair(mark.id(), "再次")));

            // repaired: other items are open again; the food item stays barred for 3 years (safety, health, life)
            f.asEnterprise(CommitmentFixture.HAILAN);
            RefusedException banned = f.commitments.refusal(CommitmentFixture.HAILAN, FOOD).orElseThrow();
            assertEquals("market.commitment.refused.banned", banned.messageKey());
            assertEquals(LocalDate.of(2029, 12, 7), banned.parameters()[0]);
            assertEquals(CommitmentState.APPROVED, f.commitments.apply(application(CommitmentFixture.HAILAN,
                    PREMISES)).state());
            f.today(LocalDate.of(2029, 12, 6));
            assertEquals("market.commitment.refused.banned", key(() -> f.commitments.apply(application(
                    CommitmentFixture.HAILAN, FOOD))));
            f.today(LocalDate.of(2029, 12, 7));
            assertEquals(CommitmentState.APPROVED, f.commitments.apply(application(CommitmentFixture.HAILAN, FOOD))
                    .state());
            Map<String, List<CreditSignal>> signals = new CommitmentSignals(f.schema.jdbi(), f.clock).signals(TODAY,
                    TODAY.plusDays(1));
            assertEquals(List.of("commitment.false", "credit.mark"), signals.get(CommitmentFixture.HAILAN).stream()
                    .map(CreditSignal::kind).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPostCheckNotDoneByItsDeadlineIsAnOverdueSignal(TestDatabase test) {
        try (test; CommitmentFixture f = new CommitmentFixture(test, TODAY)) {
            f.asEnterprise(CommitmentFixture.HAILAN);
            f.commitments.apply(application(CommitmentFixture.HAILAN, FOOD));
            CommitmentSignals source = new CommitmentSignals(f.schema.jdbi(), f.clock);
            f.today(LocalDate.of(2027, 1, 7));
            assertEquals(Map.of(), source.signals(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1)), "its last day");
            f.today(LocalDate.of(2027, 1, 8));
            assertEquals(List.of(new CreditSignal("postcheck.overdue", LocalDate.of(2027, 1, 8),
                    "LSCN2026000001 SJ-001").kind()), source.signals(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1))
                            .get(CommitmentFixture.HAILAN).stream().map(CreditSignal::kind).toList());
            assertEquals(LocalDate.of(2027, 1, 8), source.signals(LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 9))
                    .get(CommitmentFixture.HAILAN).get(0).day());
            assertEquals(Map.of(), source.signals(LocalDate.of(2027, 1, 9), LocalDate.of(2027, 2, 1)));
        }
    }
}
