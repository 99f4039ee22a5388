package cn.gov.laoshan.district.market.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.market.domain.Licence;
import cn.gov.laoshan.district.market.domain.LicenceState;
import cn.gov.laoshan.district.market.domain.LicenceTypes;
import cn.gov.laoshan.district.market.domain.RenewalCheck;
import cn.gov.laoshan.district.market.domain.RenewalCheck.Declaration;
import cn.gov.laoshan.district.market.domain.RenewalCheck.Reason;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * Minimal renewal by the holder's user: granted at once when every condition holds (a new licence from the day after
 * the old expiry, the old one RENEWED); each condition that fails sends it to staff review with that reason; the
 * enterprise user sees and renews only their own enterprise's licences. Derby and PostgreSQL.
 */
class RenewalDataTest {

    static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    /** In its window on TODAY: opens 2026-06-09, closes 2026-09-22. */
    static final LocalDate EXPIRES = LocalDate.of(2026, 10, 20);
    static final Declaration UNCHANGED = new Declaration(true, true, true, true);

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private static void asHolder(Fixture f, String uscc) {
        f.access.asEnterprise("hailan-qy", uscc, Market.READ, Market.RENEW);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anEligibleHolderIsRenewedAtOnce(TestDatabase test) {
        try (test; Fixture f = new Fixture(test, TODAY)) {
            Licence old = f.licence(LicenceTypes.FOOD_BUSINESS, Fixture.HAILAN, EXPIRES);
            Licence other = f.licence(LicenceTypes.FOOD_BUSINESS, Fixture.MINGDE, EXPIRES);
            asHolder(f, Fixture.HAILAN);
            assertEquals(List.of(old.id()), f.licences.list(LicenceFilter.all(), 0, 10).stream().map(Licence::id).toList());
            assertEquals("market.error.not-found", assertThrows(RefusedException.class,
                    () -> f.renewals.renewMinimal(other.id(), UNCHANGED)).messageKey());
            assertEquals("market.renewal.commit-required", assertThrows(RefusedException.class,
                    () -> f.renewals.renewMinimal(old.id(), new Declaration(true, true, true, false))).messageKey());
            RenewalService.Outcome outcome = f.renewals.renewMinimal(old.id(), UNCHANGED);
            assertTrue(outcome.granted());
            Licence renewed = outcome.renewed();
            assertEquals(LocalDate.of(2026, 10, 21), renewed.issuedOn());
            assertEquals(LocalDate.of(2031, 10, 20), renewed.expiresOn());
            assertEquals(RenewalService.MINIMAL, renewed.renewalKind());
            assertEquals(old.id(), renewed.renewedFrom());
            assertEquals(LicenceState.VALID, renewed.state());
            assertTrue(renewed.licenceNo().startsWith("JY3702122026"), renewed.licenceNo());
            assertEquals(LicenceState.RENEWED, f.licences.find(old.id()).orElseThrow().state());
            assertEquals("GRANTED", outcome.renewal().state());
            assertEquals("market.error.not-current", assertThrows(RefusedException.class,
                    () -> f.renewals.renewMinimal(old.id(), UNCHANGED)).messageKey());
            assertTrue(f.timeline.actions().containsAll(List.of("renew-minimal", "issue-renewal")));
            // staff without the enterprise's renewal permission cannot renew for it minimally
            f.access.as("liuyang", Market.DEPARTMENT, Market.READ).within(Market.DEPARTMENT);
            assertThrows(AccessDeniedException.class, () -> f.renewals.renewMinimal(other.id(), UNCHANGED));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void eachFailedConditionSendsItToReviewWithItsReason(TestDatabase test) {
        try (test; Fixture f = new Fixture(test, TODAY)) {
            asHolder(f, Fixture.HAILAN);
            assertEquals(List.of(Reason.PREMISES_CHANGED), reasons(f, new Declaration(false, true, true, true)));
            assertEquals(List.of(Reason.SCOPE_CHANGED), reasons(f, new Declaration(true, false, true, true)));
            assertEquals(List.of(Reason.KEY_STAFF_CHANGED), reasons(f, new Declaration(true, true, false, true)));
            f.repository.addViolation(Fixture.HAILAN, TODAY.minusMonths(2), "超范围经营", "test", f.clock.instant());
            assertEquals(List.of(Reason.VIOLATION), reasons(f, UNCHANGED));
            f.repository.jdbi().useHandle(h -> h.execute("delete from violation"));
            // a violation before the licence's term does not count
            f.repository.addViolation(Fixture.HAILAN, EXPIRES.minusYears(6), "旧案", "test", f.clock.instant());
            f.enterprise(Fixture.HAILAN, "青岛海澜智联科技有限公司", CreditGrade.D);
            assertEquals(List.of(Reason.CREDIT_D), reasons(f, UNCHANGED));
            f.enterprise(Fixture.HAILAN, "青岛海澜智联科技有限公司", CreditGrade.C);
            long check = f.repository.openPostCheck(Fixture.HAILAN, "告知承诺核查", TODAY.minusDays(10), "test",
                    f.clock.instant());
            assertEquals(List.of(Reason.OPEN_POST_CHECK), reasons(f, UNCHANGED));
            f.repository.jdbi().useHandle(h -> h.createUpdate("update post_check set closed_on = :d where id = :id")
                    .bind("d", TODAY).bind("id", check).execute());
            f.enterprise(Fixture.HAILAN, "青岛海澜智联信息技术有限公司", CreditGrade.C);
            assertEquals(List.of(Reason.NAME_CHANGED), reasons(f, UNCHANGED));
            f.enterprise(Fixture.HAILAN, "青岛海澜智联科技有限公司", CreditGrade.C);
            assertEquals(List.of(), reasons(f, UNCHANGED));
        }
    }

    /** A fresh licence renewed minimally: the reasons it went to review for (none: granted). */
    private static List<Reason> reasons(Fixture f, Declaration declaration) {
        f.access.as("liuyang", Market.DEPARTMENT, Market.READ, Market.MANAGE).within(Market.DEPARTMENT);
        Licence l = f.licence(LicenceTypes.FOOD_BUSINESS, Fixture.HAILAN, EXPIRES);
        asHolder(f, Fixture.HAILAN);
        RenewalService.Outcome outcome = f.renewals.renewMinimal(l.id(), declaration);
        if (!outcome.granted()) {
            assertEquals("IN_REVIEW", outcome.renewal().state());
            assertEquals(String.join(",", outcome.reasons().stream().map(Enum::name).toList()),
                    outcome.renewal().reasons());
            assertEquals("market.renewal.pending", assertThrows(RefusedException.class,
                    () -> f.renewals.renewMinimal(l.id(), UNCHANGED)).messageKey());
        }
        return outcome.reasons();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void outsideTheWindowNothingIsFiled(TestDatabase test) {
        try (test; Fixture f = new Fixture(test, TODAY)) {
            Licence early = f.licence(LicenceTypes.FOOD_BUSINESS, Fixture.HAILAN, LocalDate.of(2027, 6, 30));
            asHolder(f, Fixture.HAILAN);
            assertEquals("market.renewal.not-yet", assertThrows(RefusedException.class,
                    () -> f.renewals.renewMinimal(early.id(), UNCHANGED)).messageKey());
            assertEquals("market.renewal.not-offered", assertThrows(RefusedException.class,
                    () -> f.renewals.renewMinimal(f.licence("MEDICAL_DEVICE_3", Fixture.HAILAN, EXPIRES).id(),
                            UNCHANGED)).messageKey());
            assertEquals(0, f.repository.renewals(cn.gov.laoshan.district.api.security.RecordScope.ALL, null, null, 0,
                    10).size());
        }
    }
}
