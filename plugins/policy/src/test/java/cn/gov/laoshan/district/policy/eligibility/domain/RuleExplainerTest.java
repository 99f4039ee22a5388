package cn.gov.laoshan.district.policy.eligibility.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.facts.FactColumn;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.policy.eligibility.domain.EvaluatorPropertyTest.Firm;

/** A match and a near-miss explain themselves condition by condition, with the enterprise's actual values. */
class RuleExplainerTest {

    static final LocalDate DAY = RuleValidatorTest.DAY;

    @Test
    void matchesAndNearMissesWithActualValues() {
        List<Firm> firms = List.of(
                // meets all four requirements
                new Firm("A", "C3911", 8_000_000L, LocalDate.of(2015, 6, 30), "中韩街道", null, EnterpriseSize.SMALL,
                        CreditGrade.B, Map.of("RND_SPENDING/2025", 6_000_000L), Set.of("HNTE/" + DAY), Set.of()),
                // R&D below the threshold: a near-miss on requirement 1
                new Firm("B", "C3921", 1_000_000L, LocalDate.of(2018, 1, 1), "沙子口街道", null, EnterpriseSize.MICRO,
                        null, Map.of("RND_SPENDING/2025", 4_999_999L), Set.of("HNTE/" + DAY), Set.of()),
                // another industry and no R&D figure: fails two
                new Firm("C", "I6510", 2_000_000L, LocalDate.of(2020, 1, 1), "中韩街道", null, EnterpriseSize.SMALL,
                        CreditGrade.D, Map.of(), Set.of("HNTE/" + DAY), Set.of()));
        FactTable table = EvaluatorPropertyTest.table(firms);
        Rule rule = RuleValidatorTest.EXAMPLE;

        RuleResult result = new ColumnEvaluator(table).evaluate(rule);
        assertArrayEquals(new int[] {0}, result.matches());
        assertArrayEquals(new int[] {1}, result.nearMisses());
        assertArrayEquals(new int[] {1}, result.failedRequirement());

        RuleExplainer explainer = new RuleExplainer(table);
        Explanation a = explainer.explain(rule, 0);
        assertTrue(a.matches());
        assertEquals(List.of("C3911", 6_000_000L, true, "B"), a.checks().stream().map(ConditionCheck::actual).toList());

        Explanation b = explainer.explain(rule, 1);
        assertTrue(b.nearMiss());
        assertEquals(1, b.firstFailed());
        ConditionCheck rnd = b.checks().get(1);
        assertEquals("rule.1", rnd.path());
        assertFalse(rnd.met());
        assertEquals(4_999_999L, rnd.actual());
        assertEquals("2025年研发投入 ≥ 500万元（实际：4,999,999元）",
                RuleSentenceTest.sentence(java.util.Locale.ROOT, RuleSentenceTest.ZH).of(rnd));
        assertEquals("R&D spending of 2025 ≥ ¥5,000,000 (actual: ¥4,999,999)",
                RuleSentenceTest.sentence(java.util.Locale.ENGLISH, RuleSentenceTest.EN).of(rnd));
        assertEquals("信用等级不为 D（实际：无数据）", RuleSentenceTest.sentence(java.util.Locale.ROOT, RuleSentenceTest.ZH)
                .of(b.checks().get(3)));
        // no credit grade: 信用等级不为 D holds (the condition "is D" is not met, and it is negated)
        ConditionCheck credit = b.checks().get(3);
        assertEquals("rule.3.0", credit.path());
        assertTrue(credit.negated());
        assertFalse(credit.met());
        assertEquals(null, credit.actual());

        Explanation c = explainer.explain(rule, 2);
        assertFalse(c.matches());
        assertFalse(c.nearMiss());
        assertEquals(List.of(false, false, true, false), c.requirementsMet());
        assertEquals(null, c.checks().get(1).actual(), "no R&D figure for 2025");
    }

    @Test
    void theSnapshotColumnsARuleReads() {
        // the founding date and the size class too: SnapshotFactTable(FactSnapshot) reads them from the snapshot
        assertEquals(List.of(new FactColumn.IndustryCode(), new FactColumn.RegisteredCapital(), new FactColumn.Street(),
                        new FactColumn.Park(), new FactColumn.CreditGrade(), new FactColumn.Founded(), new FactColumn.SizeClass(),
                        new FactColumn.Figure(FigureKind.RND_SPENDING, 2025),
                        new FactColumn.Qualified("HNTE", DAY)),
                SnapshotFactTable.columns(List.of(RuleValidatorTest.EXAMPLE, Rule.not(new Condition.Qualified("HNTE", DAY)))));
    }
}
