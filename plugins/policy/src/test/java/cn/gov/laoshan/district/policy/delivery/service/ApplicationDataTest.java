package cn.gov.laoshan.district.policy.delivery.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFacts;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.api.enterprise.facts.Location;
import cn.gov.laoshan.district.api.enterprise.facts.Qualification;
import cn.gov.laoshan.district.api.enterprise.facts.YearlyFigure;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.TransitionRefusedException;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;
import cn.gov.laoshan.district.policy.delivery.domain.ApplicationState;
import cn.gov.laoshan.district.policy.delivery.domain.Entitlement;
import cn.gov.laoshan.district.policy.delivery.domain.EntitlementState;
import cn.gov.laoshan.district.policy.delivery.domain.HandOff;
import cn.gov.laoshan.district.policy.delivery.domain.PolicyApplication;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * 快申快享 over the real migration on Derby and PostgreSQL: the enterprise applies (refused at the field for bad
 * input, twice, or when already entitled), staff decide by the working-day deadline — an approval becomes a confirmed
 * entitlement handed to finance through the same outbox, a refusal needs its reason — and an application past its
 * deadline is flagged once.
 */
class ApplicationDataTest {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    static final LocalDate MONDAY = LocalDate.of(2026, 9, 28);

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anApprovedApplicationIsHandedToFinanceLikeAConfirmedMatch(TestDatabase database) throws Exception {
        try (database; DeliveryFixture f = new DeliveryFixture(database, MONDAY)) {
            f.asStaff();
            assertThrows(AccessDeniedException.class, () -> f.applications.apply(17L, "说明", null, "招商银行", "海澜",
                    "6214830212345678"));
            f.asEnterprise("hailan-qy", DeliveryFixture.HAILAN);
            assertEquals("policy", assertThrows(RefusedException.class, () -> f.applications.apply(null, "说明",
                    null, "招商银行", "海澜", "6214830212345678")).field());
            assertEquals("policy.delivery.error.not-published", assertThrows(RefusedException.class,
                    () -> f.applications.apply(99L, "说明", null, "招商银行", "海澜", "6214830212345678")).messageKey());
            assertEquals("statement", assertThrows(RefusedException.class, () -> f.applications.apply(17L, " ",
                    null, "招商银行", "海澜", "6214830212345678")).field());
            assertEquals("asked", assertThrows(RefusedException.class, () -> f.applications.apply(17L, "说明",
                    Yuan.parse("0"), "招商银行", "海澜", "6214830212345678")).field());
            assertEquals("number", assertThrows(RefusedException.class, () -> f.applications.apply(17L, "说明",
                    null, "招商银行", "海澜", "12")).field());
            assertEquals(0, f.applications.count(null));
            PolicyApplication a = f.applications.apply(17L, "2025年研发投入已发生，审计报告尚未入库，附审计报告。",
                    Yuan.parse("30万"), "招商银行青岛崂山支行", "青岛海澜智联科技有限公司", "6214830212345678");
            assertEquals(ApplicationState.APPLIED, a.state());
            assertEquals("LS-P3-017", a.policyCode());
            assertEquals("青岛海澜智联科技有限公司", a.enterpriseName());
            assertEquals(OfficialSchedules.calendar().deadline(MONDAY, 60), a.deadline());
            assertTrue(a.deadline().isAfter(MONDAY.plusDays(84)), "60 working days are more than 12 weeks here");
            assertEquals("policy.delivery.error.applied-already", assertThrows(RefusedException.class,
                    () -> f.applications.apply(17L, "再次申请", null, "招商银行", "海澜", "6214830212345678"))
                    .messageKey());
            assertTrue(f.reminders.log.stream().anyMatch(l -> l.startsWith("applied PERMISSION:"
                    + DeliveryWorkflow.MANAGE)), f.reminders.log.toString());
            // another enterprise neither sees nor decides it; the applicant does not decide it either
            f.asEnterprise("mingde-qy", DeliveryFixture.MINGDE);
            assertTrue(f.applications.find(a.id()).isEmpty());
            f.asEnterprise("hailan-qy", DeliveryFixture.HAILAN);
            assertThrows(AccessDeniedException.class, () -> f.applications.approve(a.id(), Yuan.parse("30万")));
            // staff approve with the amount: a confirmed entitlement, waiting for finance
            f.asStaff();
            assertEquals("amount", assertThrows(RefusedException.class,
                    () -> f.applications.approve(a.id(), null)).field());
            PolicyApplication approved = f.applications.approve(a.id(), Yuan.parse("250000"));
            assertEquals(ApplicationState.APPROVED, approved.state());
            assertThrows(TransitionRefusedException.class, () -> f.applications.refuse(a.id(), "重复"));
            Entitlement e = f.repository.findByKey("LS-P3-017", "2026", DeliveryFixture.HAILAN).orElseThrow();
            assertEquals(EntitlementState.CONFIRMED, e.state());
            assertEquals(Entitlement.APPLICATION, e.source());
            assertEquals(a.id(), e.applicationId());
            assertEquals(Yuan.parse("250000"), e.amount());
            assertEquals(HandOff.WAITING, e.handoff());
            f.ledger.budgets.put("LS-P3-017", Yuan.parse("1000000"));
            f.installed.set(f.ledger);
            assertEquals(1, f.access.asSystem(f.handOff::sendWaiting));
            assertEquals("hailan-qy", f.ledger.received.get(0).confirmedBy());
            assertEquals(HandOff.ACCEPTED, f.repository.find(e.id()).orElseThrow().handoff());
            // the enterprise is now entitled: it cannot apply again for the policy and period
            f.asEnterprise("hailan-qy", DeliveryFixture.HAILAN);
            assertTrue(f.reminders.log.stream().anyMatch(l -> l.startsWith("decided ENTERPRISE:")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRefusalNeedsItsReasonAndALateApplicationIsFlaggedOnce(TestDatabase database) throws Exception {
        try (database; DeliveryFixture f = new DeliveryFixture(database, MONDAY)) {
            f.told(DeliveryFixture.match(18, DeliveryFixture.MINGDE, "100000"));
            f.asEnterprise("mingde-qy", DeliveryFixture.MINGDE);
            assertEquals("policy.delivery.error.already-entitled", assertThrows(RefusedException.class,
                    () -> f.applications.apply(18L, "说明", null, "青岛银行", "明德", "8020300012345678901"))
                    .messageKey());
            PolicyApplication a = f.applications.apply(17L, "海洋生物研发项目，数据待补录。", null, "青岛银行海尔路支行",
                    "青岛明德长青海洋生物科技有限公司", "8020300012345678901");
            f.asStaff();
            assertEquals("workflow.error.reason-required", assertThrows(TransitionRefusedException.class,
                    () -> f.applications.refuse(a.id(), " ")).messageKey());
            f.clock.set(a.deadline());
            assertEquals(0, f.access.asSystem(f.applications::flagOverdue));
            f.clock.set(a.deadline().plusDays(1));
            assertEquals(1, f.access.asSystem(f.applications::flagOverdue));
            assertEquals(0, f.access.asSystem(f.applications::flagOverdue));
            assertTrue(f.applications.find(a.id()).orElseThrow().overdue(f.applications.today()));
            PolicyApplication refused = f.applications.refuse(a.id(), "项目不属于政策支持范围");
            assertEquals(ApplicationState.REFUSED, refused.state());
            assertEquals("项目不属于政策支持范围", refused.reason());
            assertTrue(f.repository.findByKey("LS-P3-017", "2026", DeliveryFixture.MINGDE).isEmpty());
            assertEquals(List.of("offer", "apply", "overdue", "refuse"), f.timeline.actions());
        }
    }

    @Test
    void theFactsAreDescribedFromTheRegistrysNewestYearAndValidQualifications() {
        Uscc uscc = Uscc.parse(DeliveryFixture.HAILAN);
        LocalDate today = LocalDate.of(2026, 9, 28);
        EnterpriseFacts facts = new EnterpriseFacts(uscc, List.of(
                new YearlyFigure(uscc, FigureKind.RND_SPENDING, 2024, new BigDecimal("3000000"), "税务", today),
                new YearlyFigure(uscc, FigureKind.RND_SPENDING, 2025, new BigDecimal("5200000"), "税务", today)),
                List.of(new Qualification(uscc, "高新技术企业", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31),
                        "GR2024"), new Qualification(uscc, "科技型中小企业", LocalDate.of(2023, 1, 1),
                                LocalDate.of(2025, 12, 31), "K2023")),
                new Location("中韩街道", "崂山智慧产业园"), List.of());
        assertEquals("所在街道：中韩街道；园区：崂山智慧产业园\n2025年研发投入：5200000（税务）\n资质：高新技术企业（有效期至 2026-12-31）",
                ApplicationService.describe(facts, today));
    }
}
