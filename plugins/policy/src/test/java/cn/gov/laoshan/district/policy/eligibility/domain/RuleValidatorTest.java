package cn.gov.laoshan.district.policy.eligibility.domain;

import static cn.gov.laoshan.district.policy.eligibility.domain.Rule.all;
import static cn.gov.laoshan.district.policy.eligibility.domain.Rule.any;
import static cn.gov.laoshan.district.policy.eligibility.domain.Rule.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.policy.eligibility.domain.Condition.Range;

class RuleValidatorTest {

    static final RuleValidator VALIDATOR = new RuleValidator(List.of("HNTE", "SRDI", "LITTLE_GIANT", "TSME", "GAZELLE"));
    static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    /** The example: 行业属于 C39 且 2025年研发投入 ≥ 500万元 且 持有有效的高新技术企业资质 且 信用等级不为 D. */
    static final Rule EXAMPLE = all(new Condition.Industry(List.of("C39")),
            new Condition.Figure(FigureKind.RND_SPENDING, 2025, Range.atLeast(5_000_000)),
            new Condition.Qualified("HNTE", DAY), not(new Condition.Credit(Set.of(CreditGrade.D))));

    @Test
    void aWellFormedRuleHasNoProblems() {
        assertEquals(List.of(), VALIDATOR.problems(EXAMPLE));
        assertEquals(List.of(), VALIDATOR.problems(any(new Condition.Size(Set.of(EnterpriseSize.SMALL, EnterpriseSize.MICRO)),
                all(new Condition.Founded(LocalDate.of(2021, 1, 1), null), new Condition.Street(Set.of("中韩街道"))),
                new Condition.Industry(List.of("I", "M73", "C391", "C3911")))));
    }

    @Test
    void unknownFactsWrongValuesAndImpossibleRangesAreRefusedAtTheirField() {
        assertEquals(List.of(new RuleProblem("rule.0:classes", RuleValidator.INDUSTRY, List.of("C3")),
                        new RuleProblem("rule.0:classes", RuleValidator.INDUSTRY, List.of("Z12"))),
                VALIDATOR.problems(all(new Condition.Industry(List.of("C3", "Z12")), new Condition.Qualified("HNTE", DAY))));
        assertEquals(List.of(new RuleProblem("rule:type", RuleValidator.QUALIFICATION, List.of("ISO9001"))),
                VALIDATOR.problems(new Condition.Qualified("ISO9001", DAY)));
        assertEquals(List.of(new RuleProblem("rule:range", RuleValidator.REVERSED_RANGE, List.of(5_000_000L, 1_000_000L))),
                VALIDATOR.problems(new Condition.Capital(Range.between(5_000_000, 1_000_000))));
        assertEquals(List.of(new RuleProblem("rule:range", RuleValidator.NEGATIVE, List.of())),
                VALIDATOR.problems(new Condition.Capital(Range.atLeast(-1))));
        assertEquals(List.of(new RuleProblem("rule:range", RuleValidator.OPEN_RANGE, List.of())),
                VALIDATOR.problems(new Condition.Figure(FigureKind.HEADCOUNT, 2025, new Range(null, null))));
        assertEquals(List.of(new RuleProblem("rule:year", RuleValidator.YEAR, List.of(1925, 2000, 2099))),
                VALIDATOR.problems(new Condition.Figure(FigureKind.TAX_PAID, 1925, Range.atLeast(1))));
        assertEquals(List.of(new RuleProblem("rule:sizes", RuleValidator.NO_CHOICE, List.of())),
                VALIDATOR.problems(new Condition.Size(Set.of())));
        assertEquals(List.of(new RuleProblem("rule:streets", RuleValidator.BLANK, List.of())),
                VALIDATOR.problems(new Condition.Street(Set.of(" "))));
        assertEquals(List.of(new RuleProblem("rule.1", RuleValidator.EMPTY, List.of())),
                VALIDATOR.problems(all(new Condition.Qualified("HNTE", DAY), any())));
        assertEquals(List.of(new RuleProblem("rule:range", RuleValidator.REVERSED_RANGE,
                        List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2020, 1, 1)))),
                VALIDATOR.problems(new Condition.Founded(LocalDate.of(2026, 1, 1), LocalDate.of(2020, 1, 1))));
    }

    @Test
    void conditionsNoEnterpriseCanMeetTogetherAreRefused() {
        assertEquals(List.of(new RuleProblem("rule.2", RuleValidator.CONTRADICTION, List.of(1))),
                VALIDATOR.problems(all(new Condition.Capital(Range.atLeast(10_000_000)), new Condition.Qualified("HNTE", DAY),
                        new Condition.Capital(Range.atMost(5_000_000)))));
        assertEquals(List.of(new RuleProblem("rule.1", RuleValidator.CONTRADICTION, List.of(1))),
                VALIDATOR.problems(all(new Condition.Industry(List.of("C39")), new Condition.Industry(List.of("F51", "I65")))));
        // the same classes at two levels, figures of two years: both can hold
        assertEquals(List.of(), VALIDATOR.problems(all(new Condition.Industry(List.of("C")), new Condition.Industry(List.of("C3911")),
                new Condition.Figure(FigureKind.HEADCOUNT, 2024, Range.atLeast(100)),
                new Condition.Figure(FigureKind.HEADCOUNT, 2025, Range.atMost(50)))));
        // in an or-group they are alternatives, not a contradiction
        assertEquals(List.of(), VALIDATOR.problems(any(new Condition.Capital(Range.atLeast(10_000_000)),
                new Condition.Capital(Range.atMost(5_000_000)))));
    }

    @Test
    void aRuleThatSinglesOutOneEnterpriseIsRefused() {
        assertEquals(List.of(new RuleProblem("rule.1", RuleValidator.SINGLE_ENTERPRISE, List.of())),
                VALIDATOR.problems(all(new Condition.Industry(List.of("C39")), new Condition.Enterprise("91370212MA3C8TX81K"))));
        assertEquals(List.of(new RuleProblem("rule.0", RuleValidator.SINGLE_ENTERPRISE, List.of())),
                VALIDATOR.problems(not(new Condition.Enterprise("青岛海澜科技有限公司"))));
        // a USCC typed where a street or park belongs
        assertEquals(List.of(new RuleProblem("rule:parks", RuleValidator.SINGLE_ENTERPRISE, List.of())),
                VALIDATOR.problems(new Condition.Park(Set.of("91370212MA3C8TX81K"))));
        assertTrue(VALIDATOR.problems(EXAMPLE).isEmpty());
    }

    @Test
    void aLicenceConditionNeedsTheLicenceFactsAndAKnownKind() {
        Rule rule = all(new Condition.Industry(List.of("F52")), new Condition.Licence("FOOD", DAY));
        // no plugin provides licence facts: an unknown fact, at the condition's kind
        assertEquals(List.of(new RuleProblem("rule.1:kind", RuleValidator.LICENCE, List.of("FOOD"))), VALIDATOR.problems(rule));
        RuleValidator withLicences = new RuleValidator(List.of("HNTE"), List.of("FOOD", "DRUG"));
        assertEquals(List.of(), withLicences.problems(rule));
        assertEquals(List.of(new RuleProblem("rule.0:kind", RuleValidator.LICENCE, List.of("TOBACCO"))),
                withLicences.problems(not(new Condition.Licence("TOBACCO", DAY))));
    }
}
