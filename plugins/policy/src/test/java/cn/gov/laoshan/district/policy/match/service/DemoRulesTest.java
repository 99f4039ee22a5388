package cn.gov.laoshan.district.policy.match.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.policy.eligibility.domain.RuleValidator;
import cn.gov.laoshan.district.policy.match.domain.Benefit;
import cn.gov.laoshan.district.policy.match.domain.RuleJson;

/** The demo's rules are valid (the registry's qualification types), their benefits too, and they survive storage. */
class DemoRulesTest {

    @Test
    void everyDemoRuleAndBenefitIsValidAndRoundTripsThroughJson() {
        RuleValidator validator = new RuleValidator(List.of("HNTE", "SRDI", "LITTLE_GIANT", "TSME", "GAZELLE"));
        LocalDate day = LocalDate.of(2026, 1, 1);
        int money = 0;
        for (DemoRules.Template t : DemoRules.TEMPLATES) {
            var rule = t.rule().apply(2026, day);
            assertEquals(List.of(), validator.problems(rule), t.title());
            Benefit benefit = t.benefit().apply(2026, day);
            assertEquals(List.of(), benefit.problems(), t.title());
            assertEquals(rule, RuleJson.read(RuleJson.write(rule)), t.title());
            money += benefit.money() ? 1 : 0;
        }
        assertTrue(money >= 10, "most demo measures give money");
    }
}
