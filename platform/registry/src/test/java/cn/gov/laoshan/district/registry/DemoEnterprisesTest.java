package cn.gov.laoshan.district.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.registry.demo.DemoEnterprises;
import cn.gov.laoshan.district.registry.service.RowValidator;

class DemoEnterprisesTest {

    @Test
    void validUniqueLaoshanCodesAndNamesThatPassTheImportRules() {
        List<Enterprise> all = DemoEnterprises.generate(370212L, 20_000);
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        RowValidator validator = new RowValidator(LocalDate.of(2026, 11, 27));
        for (Enterprise e : all) {
            assertEquals(e.uscc(), Uscc.parse(e.uscc().value()));
            assertEquals("370212", e.uscc().division());
            assertEquals('9', e.uscc().authority());
            char expectedType = switch (e.type()) {
                case "个体工商户" -> '2';
                case "农民专业合作社" -> '3';
                default -> '1';
            };
            assertEquals(expectedType, e.uscc().entityType(), e.toString());
            assertTrue(codes.add(e.uscc().value()), "duplicate code " + e.uscc());
            assertTrue(names.add(e.name()), "duplicate name " + e.name());
            assertEquals(List.of(), validator.check(e), e.toString());
            if (e.establishedOn().getYear() >= 2016) {
                assertTrue(e.uscc().organizationCode().startsWith("MA"), e.uscc().value());
            }
        }
        Map<String, Long> byType = all.stream().collect(Collectors.groupingBy(Enterprise::type, Collectors.counting()));
        assertTrue(byType.get("个体工商户") > 2000, byType.toString());
        long software = all.stream().filter(e -> "I6510".equals(e.industryCode())).count();
        assertTrue(software > 1500, "software should lead Laoshan's industries: " + software);
        assertTrue(all.stream().anyMatch(e -> e.name().matches("青岛.+科技有限公司")));
    }

    @Test
    void sameSeedSameEnterprises() {
        assertEquals(DemoEnterprises.generate(7, 500), DemoEnterprises.generate(7, 500));
        assertTrue(!DemoEnterprises.generate(7, 50).equals(DemoEnterprises.generate(8, 50)));
    }
}
