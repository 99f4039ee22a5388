package cn.gov.laoshan.district.market.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.market.domain.Licence;
import cn.gov.laoshan.district.market.domain.LicenceState;
import cn.gov.laoshan.district.market.domain.LicenceTypes;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * The demo's licences over 3,000 enterprises: tens of thousands, expiries spread so that some expire every week,
 * 青岛海澜智联's food business licence in its window with the opening reminder due, and a first scan that sends few.
 */
class DemoLicencesTest {

    @Test
    void tensOfThousandsSpreadWithHailansFoodLicenceInItsWindow() throws Exception {
        LocalDate today = LocalDate.of(2026, 12, 7);
        List<Enterprise> all = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String uscc = i == 7 ? Fixture.HAILAN : Uscc.withCheck(String.format("91370212MA%07d", i)).toString();
            all.add(new Enterprise(Uscc.parse(uscc), i == 7 ? "青岛海澜智联科技有限公司" : "青岛测试" + i + "有限公司", "有限责任公司",
                    "王芳", BigDecimal.TEN, LocalDate.of(2018, 1, 1), i % 5 == 0 ? "崂山区沙子口街道" : "崂山区株洲路", "I6510",
                    EnterpriseStatus.EXISTING, CreditGrade.A, EnterpriseSize.SMALL));
        }
        EnterpriseRegistry registry = (EnterpriseRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EnterpriseRegistry.class}, (proxy, method, args) -> {
                    EnterpriseQuery q = (EnterpriseQuery) args[0];
                    return all.subList(Math.min(q.offset(), all.size()), Math.min(q.offset() + q.limit(), all.size()));
                });
        try (TestDatabase test = TestDatabase.derby(); Fixture f = new Fixture(test, today)) {
            long start = System.nanoTime();
            int made = DemoLicences.seed(f.repository, registry, Fixture.CALENDAR, today, () -> false);
            long seeded = System.nanoTime();
            assertTrue(made > 20_000 && made < 40_000, "made " + made);
            assertEquals(0, DemoLicences.seed(f.repository, registry, Fixture.CALENDAR, today, () -> false));
            List<Licence> hailan = f.repository.list(RecordScope.ALL, LicenceFilter.of(Fixture.HAILAN), 0, 10);
            Licence food = hailan.stream().filter(l -> l.typeCode().equals(LicenceTypes.FOOD_BUSINESS)).findFirst()
                    .orElseThrow();
            assertEquals(LicenceState.IN_WINDOW, food.state());
            assertEquals("opens", food.nextStep());
            assertTrue(!food.windowOpens().isAfter(today.minusDays(3)) && food.windowOpens().isAfter(today.minusDays(8)),
                    food.windowOpens().toString());
            // some expire in each of the coming four weeks; some in the 沙子口 office
            for (int week = 0; week < 4; week++) {
                assertTrue(f.repository.count(RecordScope.ALL, new LicenceFilter(null, null, null,
                        today.plusWeeks(week), today.plusWeeks(week + 1), null)) > 50, "week " + week);
            }
            assertTrue(f.repository.count(RecordScope.staff(java.util.Set.of("market-shazikou"), "liuyang"),
                    LicenceFilter.all()) > 3000);
            List<Licence> due = f.repository.due(today, 0, 10_000);
            assertTrue(due.size() < 200, "the first scan reminds of today's steps and hailan's only: " + due.size());
            System.out.printf("demo: %d licences in %.1f s, %d due at once%n", made, (seeded - start) / 1e9, due.size());
        }
    }
}
