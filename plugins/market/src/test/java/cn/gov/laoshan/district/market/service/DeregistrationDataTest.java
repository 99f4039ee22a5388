package cn.gov.laoshan.district.market.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.CreditMark;
import cn.gov.laoshan.district.api.notice.NoticeState;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.market.domain.DeregistrationState;
import cn.gov.laoshan.district.market.domain.Licence;
import cn.gov.laoshan.district.market.domain.LicenceState;
import cn.gov.laoshan.district.market.domain.LicenceTypes;
import cn.gov.laoshan.district.market.domain.Restriction;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * Simple deregistration (简易注销) with the platform's real public notices on the same database: an enterprise with and
 * without objections (a creditor on the notice, a department in the joint check), an individual business's 10 days,
 * every condition refused at its field with nothing changed, a restriction found during the notice (blocked, the
 * notice running on, refiled once lifted), and the days to apply (too early, too late, extended, lapsed). Derby and
 * PostgreSQL.
 */
class DeregistrationDataTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final String SHOP = Uscc.withCheck("92370212MA3F00002").toString();

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private static void asHailan(Fixture f) {
        f.access.asEnterprise("hailan-qy", Fixture.HAILAN, Market.READ, Market.FILE);
    }

    private static DeregistrationService.Filing filing(String uscc) {
        return new DeregistrationService.Filing(uscc, "林海澜、王晓琳", true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anEnterpriseWithoutObjectionsIsDeregisteredAfterItsNoticeAndItsLicencesCancelled(TestDatabase test) {
        try (test; Fixture f = new Fixture(test, TODAY)) {
            Licence food = f.licence(LicenceTypes.FOOD_BUSINESS, Fixture.HAILAN, LocalDate.of(2027, 6, 30));
            asHailan(f);
            Deregistration d = f.deregistrations.file(filing(Fixture.HAILAN));
            assertEquals(DeregistrationState.NOTICE, d.state());
            assertEquals(Deregistration.ENTERPRISE, d.kind());
            // 20 calendar days, the first counting; then 20 days to apply
            assertEquals(TODAY, d.periodStart());
            assertEquals(LocalDate.of(2026, 12, 26), d.periodEnd());
            assertEquals(LocalDate.of(2027, 1, 15), d.applyBy());
            assertNotNull(d.noticeId());
            assertTrue(d.commitment().contains("林海澜、王晓琳"), d.commitment());
            assertEquals("uscc", field(() -> f.deregistrations.file(filing(Fixture.HAILAN))), "one at a time");
            f.access.as("scj-admin", "market", Market.READ, Market.MANAGE).within("market");
            assertEquals(NoticeState.OPEN, f.notices.find(d.noticeId()).orElseThrow().state());
            assertEquals(1, f.deregistrations.countInNotice());

            // the human-resources department answers; tax stays silent
            f.access.as("gaoyan", DeregistrationService.HRSS, Market.CHECK).within(DeregistrationService.HRSS);
            assertEquals(List.of(d.id()), f.deregistrations.toCheck().stream().map(Deregistration::id).toList());
            f.deregistrations.answer(d.id(), false, null);
            assertEquals(List.of(), f.deregistrations.toCheck());
            assertEquals("market.dereg.answered", key(() -> f.deregistrations.answer(d.id(), false, null)));

            asHailan(f);
            f.today(LocalDate.of(2026, 12, 26));
            assertEquals("market.dereg.too-early", key(() -> f.deregistrations.apply(d.id())));
            f.today(LocalDate.of(2026, 12, 27));
            Deregistration done = f.deregistrations.apply(d.id());
            assertEquals(DeregistrationState.DONE, done.state());
            assertEquals(LocalDate.of(2026, 12, 27), done.closedOn());
            assertEquals(EnterpriseStatus.DEREGISTERED, f.enterprises.get(Fixture.HAILAN).status());
            assertEquals(List.of("hrss CLEAR", "tax SILENT"), f.deregistrations.checks(d.id()).stream()
                    .map(c -> c.departmentCode() + " " + c.answer()).toList());
            assertEquals(LicenceState.CANCELLED, f.repository.find(
                    cn.gov.laoshan.district.api.security.RecordScope.ALL, food.id()).orElseThrow().state());
            LicenceFacts facts = new LicenceFacts(f.schema.jdbi(), f.access);
            assertEquals(1, facts.heldBy(Fixture.HAILAN, LocalDate.of(2026, 12, 26)).size());
            assertEquals(List.of(), facts.heldBy(Fixture.HAILAN, LocalDate.of(2026, 12, 27)));
            assertEquals(List.of("file", "check-clear", "complete"), f.timeline.actions().stream()
                    .filter(a -> !a.equals("cancel")).toList());
            assertEquals("market.dereg.not-running", key(() -> f.deregistrations.apply(d.id())));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void objectionsBlockWithoutWithdrawingTheNoticeAndAClearedOneIsRefiled(TestDatabase test) {
        try (test; Fixture f = new Fixture(test, TODAY)) {
            asHailan(f);
            Deregistration d = f.deregistrations.file(filing(Fixture.HAILAN));
            // the tax department objects: blocked at once, the notice runs on
            f.access.as("xuming", DeregistrationService.TAX, Market.CHECK).within(DeregistrationService.TAX);
            assertEquals("note", field(() -> f.deregistrations.answer(d.id(), true, " ")), "a reason");
            Deregistration blocked = f.deregistrations.answer(d.id(), true, "尚有2026年第三季度增值税未申报");
            assertEquals(DeregistrationState.BLOCKED, blocked.state());
            assertEquals(List.of("market.dereg.blocker.check-tax"), blocked.blockerKeys());
            assertEquals(NoticeState.OPEN, f.notices.find(d.noticeId()).orElseThrow().state());

            // cleared: refiled under the same notice, and tax answers again
            asHailan(f);
            Deregistration refiled = f.deregistrations.refile(d.id());
            assertEquals(DeregistrationState.NOTICE, refiled.state());
            assertEquals(d.noticeId(), refiled.noticeId());
            f.access.as("xuming", DeregistrationService.TAX, Market.CHECK).within(DeregistrationService.TAX);
            assertEquals(1, f.deregistrations.toCheck().size());
            f.deregistrations.answer(d.id(), false, "已申报清缴");

            // a creditor objects on the notice: found when the enterprise applies
            f.access.asEnterprise("mingde-qy", Fixture.MINGDE, Market.OBJECT);
            f.notices.object(d.noticeId(), "尚欠我司货款12万元未结清");
            asHailan(f);
            f.today(LocalDate.of(2026, 12, 28));
            Deregistration objected = f.deregistrations.apply(d.id());
            assertEquals(DeregistrationState.BLOCKED, objected.state());
            assertEquals(List.of("market.dereg.blocker.notice-objection"), objected.blockerKeys());
            assertEquals(EnterpriseStatus.EXISTING, f.enterprises.get(Fixture.HAILAN).status());
            // a notice with objections is not refiled: the enterprise files anew, with a new notice
            assertEquals("market.dereg.refile-objected", key(() -> f.deregistrations.refile(d.id())));
            Deregistration again = f.deregistrations.file(filing(Fixture.HAILAN));
            assertTrue(again.noticeId() > d.noticeId());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anIndividualBusinessHasNoNoticeAndTenDaysForObjections(TestDatabase test) {
        try (test; Fixture f = new Fixture(test, TODAY)) {
            f.enterprises.put(SHOP, new Enterprise(Uscc.parse(SHOP), "崂山区渔家乐海鲜酒家", "个体工商户", "于海川", null,
                    LocalDate.of(2015, 5, 6), "崂山区沙子口街道", "H6210", EnterpriseStatus.EXISTING, CreditGrade.B,
                    EnterpriseSize.MICRO));
            f.access.asEnterprise("yuhaichuan", SHOP, Market.READ, Market.FILE);
            Deregistration d = f.deregistrations.file(new DeregistrationService.Filing(SHOP, "于海川", true));
            assertEquals(Deregistration.INDIVIDUAL, d.kind());
            assertNull(d.noticeId());
            assertNull(d.applyBy());
            assertEquals(LocalDate.of(2026, 12, 17), d.periodEnd());
            assertEquals(0, f.notices.current(Market.PLUGIN).size());
            f.today(LocalDate.of(2026, 12, 17));
            assertEquals("market.dereg.too-early", key(() -> f.deregistrations.apply(d.id())));
            f.today(LocalDate.of(2026, 12, 18));
            assertEquals(DeregistrationState.DONE, f.deregistrations.apply(d.id()).state());
            assertEquals(EnterpriseStatus.DEREGISTERED, f.enterprises.get(SHOP).status());
            assertEquals(List.of("hrss SILENT", "tax SILENT"), f.deregistrations.checks(d.id()).stream()
                    .map(c -> c.departmentCode() + " " + c.answer()).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void eachConditionIsRefusedAtItsFieldAndNothingChanges(TestDatabase test) {
        try (test; Fixture f = new Fixture(test, TODAY)) {
            asHailan(f);
            assertEquals("investors", field(() -> f.deregistrations.file(new DeregistrationService.Filing(
                    Fixture.HAILAN, " ", true))));
            assertEquals("committed", field(() -> f.deregistrations.file(new DeregistrationService.Filing(
                    Fixture.HAILAN, "林海澜", false))));
            assertEquals("uscc", field(() -> f.deregistrations.file(filing("91370212MA3C4XK2Q0"))));
            assertThrows(AccessDeniedException.class, () -> f.deregistrations.file(filing(Fixture.MINGDE)));

            f.marks.put(Fixture.HAILAN, List.of(mark("经营异常", null)));
            assertEquals("abnormalList", field(() -> f.deregistrations.file(filing(Fixture.HAILAN))));
            f.marks.put(Fixture.HAILAN, List.of(mark("经营异常", TODAY.minusDays(1)), mark("失信惩戒", TODAY)));
            assertEquals("dishonestList", field(() -> f.deregistrations.file(filing(Fixture.HAILAN))));
            f.marks.put(Fixture.HAILAN, List.of(mark("失信惩戒", TODAY.minusDays(1)), mark("重点关注", null)));
            f.enterprise(Fixture.HAILAN, "青岛海澜智联科技有限公司", CreditGrade.D);
            assertEquals("dishonestList", field(() -> f.deregistrations.file(filing(Fixture.HAILAN))));
            f.enterprise(Fixture.HAILAN, "青岛海澜智联科技有限公司", CreditGrade.A);

            f.access.as("scj-admin", "market", Market.READ, Market.MANAGE).within("market");
            Licence food = f.licence(LicenceTypes.FOOD_BUSINESS, Fixture.HAILAN, LocalDate.of(2027, 6, 30));
            f.licences.revoke(food.id(), "以欺骗手段取得许可");
            asHailan(f);
            assertEquals("revokedLicence", field(() -> f.deregistrations.file(filing(Fixture.HAILAN))));
            f.schema.jdbi().useHandle(h -> h.execute("update licence set state = 'EXPIRED' where id = ?", food.id()));

            for (Restriction r : Restriction.values()) {
                f.access.as("scj-admin", "market", Market.READ, Market.MANAGE).within("market");
                RestrictionEntry entry = f.deregistrations.restrict(Fixture.HAILAN, r, "记录 " + r);
                asHailan(f);
                assertEquals(DeregistrationService.field(r), field(() -> f.deregistrations.file(filing(
                        Fixture.HAILAN))), r.name());
                assertEquals(List.of(new DeregistrationService.Blocker(DeregistrationService.field(r),
                        "market.restriction." + r)), f.deregistrations.blockers(Fixture.HAILAN));
                f.access.as("scj-admin", "market", Market.READ, Market.MANAGE).within("market");
                // the list of 注销限制名单 as its screen opens it (all) and of one enterprise
                assertEquals(entry.id(), f.deregistrations.restrictions(null).get(0).id());
                assertEquals(entry.id(), f.deregistrations.restrictions(Fixture.HAILAN).get(0).id());
                f.deregistrations.lift(entry.id(), "已结案");
            }
            f.enterprise(Fixture.HAILAN, "青岛海澜智联科技有限公司", CreditGrade.A);
            Enterprise gone = f.enterprises.get(Fixture.HAILAN);
            f.enterprises.put(Fixture.HAILAN, new Enterprise(gone.uscc(), gone.name(), gone.type(),
                    gone.legalRepresentative(), gone.registeredCapital(), gone.establishedOn(), gone.address(),
                    gone.industryCode(), EnterpriseStatus.REVOKED, gone.creditGrade(), gone.size()));
            asHailan(f);
            assertEquals("status", field(() -> f.deregistrations.file(filing(Fixture.HAILAN))));
            f.enterprises.put(Fixture.HAILAN, gone);
            assertEquals(List.of(), f.deregistrations.list(null, 0, 10));
            assertEquals(0, f.notices.current(null).size());
            assertEquals(List.of(), f.deregistrations.blockers(Fixture.HAILAN));

            // a restriction recorded during the notice blocks at once; lifted, the deregistration is refiled
            Deregistration d = f.deregistrations.file(filing(Fixture.HAILAN));
            f.access.as("scj-admin", "market", Market.READ, Market.MANAGE).within("market");
            RestrictionEntry pledge = f.deregistrations.restrict(Fixture.HAILAN, Restriction.EQUITY_PLEDGED,
                    "股权出质登记 青崂质登字〔2026〕第118号");
            assertEquals(DeregistrationState.BLOCKED, f.deregistrations.find(d.id()).orElseThrow().state());
            asHailan(f);
            assertEquals("equityPledged", field(() -> f.deregistrations.refile(d.id())));
            f.access.as("scj-admin", "market", Market.READ, Market.MANAGE).within("market");
            f.deregistrations.lift(pledge.id(), "质权人已注销出质登记");
            asHailan(f);
            assertEquals(DeregistrationState.NOTICE, f.deregistrations.refile(d.id()).state());
            // market staff of another bureau may not keep the list
            f.access.as("zhaolei", "finance", Market.READ, Market.MANAGE).within("finance");
            assertThrows(AccessDeniedException.class, () -> f.deregistrations.restrict(Fixture.HAILAN,
                    Restriction.OPEN_CASE, "立案"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anEnterpriseAppliesWithinTwentyDaysOrThirtyWhenExtendedElseItLapses(TestDatabase test) {
        try (test; Fixture f = new Fixture(test, TODAY)) {
            asHailan(f);
            Deregistration d = f.deregistrations.file(filing(Fixture.HAILAN));
            f.today(LocalDate.of(2027, 1, 16));
            assertEquals("market.dereg.too-late", key(() -> f.deregistrations.apply(d.id())));
            f.access.as("scj-admin", "market", Market.READ, Market.MANAGE).within("market");
            assertEquals(0, f.deregistrations.lapse(), "staff may still extend");
            assertEquals("reason", field(() -> f.deregistrations.extend(d.id(), "")));
            Deregistration extended = f.deregistrations.extend(d.id(), "企业因疫情封控未能按期办理");
            assertEquals(LocalDate.of(2027, 1, 25), extended.applyBy());
            assertEquals("market.dereg.extended-already", key(() -> f.deregistrations.extend(d.id(), "再次")));
            asHailan(f);
            f.today(LocalDate.of(2027, 1, 25));
            assertEquals(DeregistrationState.DONE, f.deregistrations.apply(d.id()).state());

            // another, never applied for: lapses the day after the 30 days
            f.enterprise(Fixture.MINGDE, "青岛明德长青海洋生物科技有限公司", CreditGrade.B);
            f.today(TODAY);
            f.access.asEnterprise("mingde-qy", Fixture.MINGDE, Market.READ, Market.FILE);
            Deregistration m = f.deregistrations.file(filing(Fixture.MINGDE));
            f.access.as("scj-admin", "market", Market.READ, Market.MANAGE).within("market");
            f.today(LocalDate.of(2027, 1, 25));
            assertEquals(0, f.deregistrations.lapse());
            f.today(LocalDate.of(2027, 1, 26));
            assertEquals(1, f.deregistrations.lapse());
            assertEquals(DeregistrationState.LAPSED, f.deregistrations.find(m.id()).orElseThrow().state());
            assertEquals("market.dereg.not-running", key(() -> f.deregistrations.extend(m.id(), "补办")),
                    "a lapsed one is not running");
        }
    }

    private static CreditMark mark(String mark, LocalDate until) {
        return new CreditMark(1, mark, "测试", "registry", Instant.now(), until);
    }

    private static String field(org.junit.jupiter.api.function.Executable step) {
        return assertThrows(RefusedException.class, step).field();
    }

    private static String key(org.junit.jupiter.api.function.Executable step) {
        return assertThrows(RefusedException.class, step).messageKey();
    }
}
