package cn.gov.laoshan.district.market.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.HeldLicences;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.market.domain.Licence;
import cn.gov.laoshan.district.market.domain.LicenceTypes;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * The licence facts offered to the policy rules, against the validity rule of {@link HeldLicences}: issued on or
 * before the day, expiring on or after it, not revoked by then; column-wise over sorted and unsorted codes, codes asked
 * twice and codes nobody knows; an unknown kind refused; nobody signed in denied. Derby and PostgreSQL.
 */
class LicenceFactsDataTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final String THIRD = Uscc.withCheck("91370212MA3F0000A").toString();

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aLicenceCountsFromItsIssueToItsExpiryUnlessRevokedBefore(TestDatabase test) {
        try (test; Fixture f = new Fixture(test, TODAY)) {
            f.enterprise(THIRD, "青岛崂山第三食品有限公司", cn.gov.laoshan.district.api.enterprise.CreditGrade.B);
            HeldLicences facts = new LicenceFacts(f.schema.jdbi(), f.access);
            assertEquals(14, facts.kinds().size());
            assertEquals(LicenceTypes.FOOD_BUSINESS, facts.kinds().get(0).code());
            assertEquals("食品经营许可证", facts.kinds().get(0).label(java.util.Locale.CHINA));
            assertEquals("Food business licence", facts.kinds().get(0).label(java.util.Locale.ENGLISH));

            // hailan: issued 2022-01-01, expires 2026-12-31; mingde: revoked today; third: a production licence only
            Licence hailan = f.licence(LicenceTypes.FOOD_BUSINESS, Fixture.HAILAN, LocalDate.of(2026, 12, 31));
            Licence mingde = f.licence(LicenceTypes.FOOD_BUSINESS, Fixture.MINGDE, LocalDate.of(2027, 6, 30));
            f.licence("FOOD_PRODUCTION", THIRD, LocalDate.of(2028, 3, 1));
            f.licences.revoke(mingde.id(), "以欺骗手段取得许可");
            String[] sorted = {Fixture.HAILAN, Fixture.MINGDE, THIRD, "91370212MA3ZZZZZZZ"};
            java.util.Arrays.sort(sorted);
            int h = java.util.Arrays.asList(sorted).indexOf(Fixture.HAILAN);
            int m = java.util.Arrays.asList(sorted).indexOf(Fixture.MINGDE);

            assertEquals(bits(h, m), facts.holders(LicenceTypes.FOOD_BUSINESS, TODAY.minusDays(1), sorted),
                    "the day before the revocation both held one");
            assertEquals(bits(h), facts.holders(LicenceTypes.FOOD_BUSINESS, TODAY, sorted), "revoked today");
            assertEquals(bits(h), facts.holders(LicenceTypes.FOOD_BUSINESS, LocalDate.of(2026, 12, 31), sorted),
                    "its last day");
            assertEquals(bits(), facts.holders(LicenceTypes.FOOD_BUSINESS, LocalDate.of(2027, 1, 1), sorted),
                    "expired");
            assertEquals(bits(), facts.holders(LicenceTypes.FOOD_BUSINESS, hailan.issuedOn().minusDays(1), sorted),
                    "not issued yet");
            assertEquals(bits(h), facts.holders(LicenceTypes.FOOD_BUSINESS, hailan.issuedOn(), sorted), "its first day");
            assertEquals(bits(), facts.holders("SMALL_CATERING", TODAY, sorted), "a kind nobody holds");

            // codes in any order, one asked twice, one unknown, one missing
            String[] unsorted = {THIRD, Fixture.HAILAN, null, "91370212MA3ZZZZZZZ", Fixture.HAILAN};
            assertEquals(bits(1, 4), facts.holders(LicenceTypes.FOOD_BUSINESS, TODAY, unsorted));
            assertEquals(bits(0), facts.holders("FOOD_PRODUCTION", TODAY, unsorted));
            String[] twice = {Fixture.HAILAN, Fixture.HAILAN, THIRD};
            assertEquals(bits(0, 1), facts.holders(LicenceTypes.FOOD_BUSINESS, TODAY, twice));
            assertEquals(bits(), facts.holders(LicenceTypes.FOOD_BUSINESS, TODAY, new String[0]));

            assertEquals(List.of(new HeldLicences.HeldLicence(LicenceTypes.FOOD_BUSINESS, hailan.licenceNo(),
                    LocalDate.of(2026, 12, 31))), facts.heldBy(Fixture.HAILAN, TODAY));
            assertEquals(List.of(), facts.heldBy(Fixture.MINGDE, TODAY));
            assertEquals(1, facts.heldBy(Fixture.MINGDE, TODAY.minusDays(1)).size());

            assertThrows(IllegalArgumentException.class, () -> facts.holders("NO_SUCH_KIND", TODAY, sorted));
            assertThrows(IllegalArgumentException.class, () -> facts.holders(null, TODAY, sorted));

            // any signed-in user (no permission needed: nothing personal), the system; nobody else
            f.access.as("sunwei", "development");
            assertEquals(bits(h), facts.holders(LicenceTypes.FOOD_BUSINESS, TODAY, sorted));
            f.access.signOut();
            assertThrows(AccessDeniedException.class, () -> facts.kinds());
            assertThrows(AccessDeniedException.class, () -> facts.holders(LicenceTypes.FOOD_BUSINESS, TODAY, sorted));
            assertThrows(AccessDeniedException.class, () -> facts.heldBy(Fixture.HAILAN, TODAY));
            assertEquals(bits(h), f.access.asSystem(() -> facts.holders(LicenceTypes.FOOD_BUSINESS, TODAY, sorted)));
        }
    }

    private static BitSet bits(int... set) {
        BitSet b = new BitSet();
        for (int i : set) {
            b.set(i);
        }
        return b;
    }
}
