package cn.gov.laoshan.district.market.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.market.domain.Licence;
import cn.gov.laoshan.district.market.domain.LicenceState;
import cn.gov.laoshan.district.market.domain.LicenceType;
import cn.gov.laoshan.district.market.domain.LicenceTypes;
import cn.gov.laoshan.district.market.domain.Period;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * Issuing and revoking licences and keeping the types: bad input refused at its field with nothing stored,
 * department scope in every read and change, each change on the timeline or in the audit log. Derby and PostgreSQL.
 */
class LicenceDataTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private static LicenceService.Draft draft(String type, LocalDate issued) {
        return new LicenceService.Draft(type, Fixture.HAILAN, "青岛海澜智联科技有限公司", "预包装食品销售", "崂山区株洲路151号",
                "林海澜", issued, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aLicenceIsIssuedWithItsWindowAndSeenInItsDepartmentOnly(TestDatabase test) {
        try (test; Fixture f = new Fixture(test, TODAY)) {
            assertEquals("type", assertThrows(RefusedException.class, () -> f.licences.issue(draft(null, TODAY))).field());
            assertEquals("issuedOn", assertThrows(RefusedException.class,
                    () -> f.licences.issue(draft(LicenceTypes.FOOD_BUSINESS, TODAY.plusDays(1)))).field());
            assertEquals("expiresOn", assertThrows(RefusedException.class,
                    () -> f.licences.issue(draft("SMALL_CATERING", TODAY))).field());
            assertEquals(0, f.licences.count(LicenceFilter.all()));
            Licence issued = f.licences.issue(draft(LicenceTypes.FOOD_BUSINESS, LocalDate.of(2021, 12, 20)));
            assertEquals(LocalDate.of(2026, 12, 19), issued.expiresOn());
            assertEquals(LicenceState.IN_WINDOW, issued.state());
            assertTrue(issued.licenceNo().startsWith("JY3702122021"), issued.licenceNo());
            assertEquals(List.of("issue"), f.timeline.actions());
            Licence old = f.licences.issue(draft(LicenceTypes.FOOD_BUSINESS, LocalDate.of(2020, 1, 1)));
            Licence later = f.licences.issue(draft(LicenceTypes.FOOD_BUSINESS, LocalDate.of(2024, 1, 1)));
            assertEquals(LicenceState.EXPIRED, old.state());
            // what staff act on first: in the window, then valid, then expired
            assertEquals(List.of(issued.id(), later.id(), old.id()), f.licences.list(LicenceFilter.all(), 0, 10)
                    .stream().map(Licence::id).toList());

            f.access.as("other", "justice", Market.READ, Market.MANAGE).within("justice");
            assertEquals(0, f.licences.count(LicenceFilter.all()));
            assertEquals("market.error.not-found", assertThrows(RefusedException.class,
                    () -> f.licences.revoke(issued.id(), "吊销")).messageKey());
            f.access.signOut();
            assertThrows(AccessDeniedException.class, () -> f.licences.list(LicenceFilter.all(), 0, 10));

            f.access.as("liuyang", Market.DEPARTMENT, Market.READ, Market.MANAGE).within(Market.DEPARTMENT);
            assertEquals("reason", assertThrows(RefusedException.class, () -> f.licences.revoke(issued.id(), " "))
                    .field());
            assertEquals(LicenceState.REVOKED, f.licences.revoke(issued.id(), "以欺骗手段取得许可").state());
            assertEquals(List.of("issue", "issue", "issue", "revoke"), f.timeline.actions());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theTypeAdministratorChangesATypeWithinItsRules(TestDatabase test) {
        try (test; Fixture f = new Fixture(test, TODAY)) {
            LicenceType food = f.types.types().get(0);
            LicenceType backwards = new LicenceType(food.code(), food.nameZh(), food.nameEn(), 60, Period.workingDays(10),
                    Period.workingDays(15), food.reminderSteps(), true, true, food.regulation(), 10);
            assertEquals("opens", assertThrows(RefusedException.class, () -> f.types.save(backwards)).field());
            LicenceType steps = new LicenceType(food.code(), food.nameZh(), food.nameEn(), 60, Period.workingDays(90),
                    Period.workingDays(15), List.of(30, 15, 7), true, true, food.regulation(), 10);
            f.types.save(steps);
            assertEquals(List.of(30, 15, 7), f.types.types().get(0).reminderSteps());
            assertEquals("type.update", f.audit.last().action());
            f.access.as("liuyang", "market-shazikou", Market.READ, Market.TYPES).within("market-shazikou");
            assertThrows(AccessDeniedException.class, () -> f.types.save(steps));
        }
    }
}
