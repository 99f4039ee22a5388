package cn.gov.laoshan.district.policy.eligibility.domain;

import static cn.gov.laoshan.district.policy.eligibility.domain.Rule.all;
import static cn.gov.laoshan.district.policy.eligibility.domain.Rule.any;
import static cn.gov.laoshan.district.policy.eligibility.domain.Rule.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.policy.eligibility.domain.Condition.Range;

class RuleSentenceTest {

    static final Map<String, String> ZH = Map.of("HNTE", "高新技术企业", "SRDI", "专精特新中小企业");
    static final Map<String, String> EN = Map.of("HNTE", "high-tech enterprise", "SRDI", "specialised SME");

    static RuleSentence sentence(Locale locale, Map<String, String> labels) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        return new RuleSentence(bundle, labels::get);
    }

    @Test
    void theIssuesExampleReadsInChineseAndEnglish() {
        assertEquals("行业属于 C39 且 2025年研发投入 ≥ 500万元 且 2026年12月7日持有有效的高新技术企业资质 且 信用等级不为 D",
                sentence(Locale.ROOT, ZH).of(RuleValidatorTest.EXAMPLE));
        assertEquals("industry belongs to C39 and R&D spending of 2025 ≥ ¥5,000,000 and holds a valid high-tech enterprise"
                        + " qualification on 2026-12-07 and credit grade is not D",
                sentence(Locale.ENGLISH, EN).of(RuleValidatorTest.EXAMPLE));
    }

    @Test
    void groupsNegationsRangesAndUnits() {
        Rule rule = all(any(new Condition.Size(Set.of(EnterpriseSize.MICRO, EnterpriseSize.SMALL)),
                        new Condition.Figure(FigureKind.HEADCOUNT, 2025, Range.atMost(100))),
                new Condition.Capital(Range.between(1_000_000, 200_000_000)),
                new Condition.Founded(LocalDate.of(2021, 1, 1), null),
                not(new Condition.Street(Set.of("沙子口街道"))),
                not(new Condition.Qualified("SRDI", LocalDate.of(2026, 6, 30))),
                not(new Condition.Capital(Range.atLeast(123_456))));
        assertEquals("（企业规模为小型、微型 或 2025年从业人数 ≤ 100人） 且 注册资本在 100万元 至 2亿元 之间 且 成立日期不早于2021年1月1日"
                        + " 且 所在街道不为沙子口街道 且 2026年6月30日未持有有效的专精特新中小企业资质 且 并非注册资本 ≥ 123,456元",
                sentence(Locale.ROOT, ZH).of(rule));
        assertEquals("(size is Small, Micro or Headcount of 2025 ≤ 100 persons) and registered capital between ¥1,000,000 and"
                        + " ¥200,000,000 and founded on or after 2021-01-01 and street is not 沙子口街道 and holds no valid specialised"
                        + " SME qualification on 2026-06-30 and not registered capital ≥ ¥123,456",
                sentence(Locale.ENGLISH, EN).of(rule));
    }

    @Test
    void aLicenceReadsAsHeldOnTheDayWithItsNumberAsTheActualValue() {
        ResourceBundle zh = ResourceBundle.getBundle("i18n.messages", Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        ResourceBundle en = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        Condition.Licence food = new Condition.Licence("FOOD", LocalDate.of(2026, 12, 7));
        RuleSentence chinese = new RuleSentence(zh, ZH::get, Map.of("FOOD", "食品经营许可证")::get);
        RuleSentence english = new RuleSentence(en, EN::get, Map.of("FOOD", "food business licence")::get);
        assertEquals("2026年12月7日持有有效的食品经营许可证 且 2026年12月7日未持有有效的食品经营许可证",
                chinese.of(all(food, not(food))));
        assertEquals("holds a valid food business licence on 2026-12-07", english.of(food));
        assertEquals("2026年12月7日持有有效的食品经营许可证（实际：持有（编号 JY13702120012345））",
                chinese.of(new ConditionCheck("rule", food, true, false, "JY13702120012345")));
        assertEquals("2026年12月7日持有有效的食品经营许可证（实际：未持有）", chinese.of(new ConditionCheck("rule", food, false, false, null)));
        assertEquals("holds a valid food business licence on 2026-12-07 (actual: does not hold it)",
                english.of(new ConditionCheck("rule", food, false, false, null)));
    }
}
