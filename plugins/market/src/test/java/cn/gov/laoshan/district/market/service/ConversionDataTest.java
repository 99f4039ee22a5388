package cn.gov.laoshan.district.market.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * 个转企 by direct change: the registry record keeps its code, founding date and trade name and changes kind; an
 * enterprise that is no individual business, a name without the trade name, unsettled taxes or debts are refused at
 * their field and nothing changes. Derby and PostgreSQL.
 */
class ConversionDataTest {

    static final String SHOP = Uscc.withCheck("92370212MA3F00001").toString();

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anIndividualBusinessBecomesAnEnterpriseKeepingItsCodeDateAndTradeName(TestDatabase test) {
        try (test; Fixture f = new Fixture(test, LocalDate.of(2026, 12, 7))) {
            Enterprise shop = new Enterprise(Uscc.parse(SHOP), "崂山区渔家乐海鲜酒家", "个体工商户", "于海川", null,
                    LocalDate.of(2015, 5, 6), "崂山区沙子口街道", "H6210", EnterpriseStatus.EXISTING, CreditGrade.B,
                    EnterpriseSize.MICRO);
            f.enterprises.put(SHOP, shop);
            ConversionService conversions = new ConversionService(f.schema.jdbi(), f.access,
                    f.renewalsRegistry(), f.timeline, f.clock);
            ConversionService.Request good = new ConversionService.Request(SHOP, "青岛渔家乐餐饮管理有限公司", "有限责任公司",
                    "渔家乐", true, true);
            assertEquals("uscc", field(() -> conversions.convert(new ConversionService.Request(Fixture.MINGDE,
                    "青岛明德有限公司", "有限责任公司", "明德", true, true))));
            assertEquals("tradeName", field(() -> conversions.convert(new ConversionService.Request(SHOP,
                    "青岛海味餐饮有限公司", "有限责任公司", "渔家乐", true, true))));
            assertEquals("newType", field(() -> conversions.convert(new ConversionService.Request(SHOP,
                    "青岛渔家乐餐饮管理有限公司", "个体工商户", "渔家乐", true, true))));
            assertEquals("taxSettled", field(() -> conversions.convert(new ConversionService.Request(SHOP,
                    "青岛渔家乐餐饮管理有限公司", "有限责任公司", "渔家乐", false, true))));
            assertEquals("debtsSettled", field(() -> conversions.convert(new ConversionService.Request(SHOP,
                    "青岛渔家乐餐饮管理有限公司", "有限责任公司", "渔家乐", true, false))));
            assertEquals(shop, f.enterprises.get(SHOP));
            assertEquals(List.of(), conversions.history(SHOP));

            Enterprise after = conversions.convert(good);
            assertEquals(SHOP, after.uscc().toString());
            assertEquals("有限责任公司", after.type());
            assertEquals(LocalDate.of(2015, 5, 6), after.establishedOn());
            assertEquals(after, f.enterprises.get(SHOP));
            assertEquals(List.of("崂山区渔家乐海鲜酒家 → 青岛渔家乐餐饮管理有限公司"), conversions.history(SHOP));
            assertEquals(List.of("convert"), f.timeline.actions());
            assertEquals("uscc", field(() -> conversions.convert(good)), "converted once");

            f.access.as("liuyang", "market-shazikou", Market.READ, Market.MANAGE).within("market-shazikou");
            assertThrows(AccessDeniedException.class, () -> conversions.convert(good));
        }
    }

    private static String field(org.junit.jupiter.api.function.Executable step) {
        return assertThrows(RefusedException.class, step).field();
    }

}
