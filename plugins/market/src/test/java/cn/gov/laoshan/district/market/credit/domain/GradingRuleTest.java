package cn.gov.laoshan.district.market.credit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;

/** The shipped rule on known enterprises: each score, grade and the points of every reason. */
class GradingRuleTest {

    static final GradingRule RULE = GradingRule.standard();
    static final LocalDate DAY = LocalDate.of(2026, 11, 3);

    static GradingRule.Reason signal(String kind) {
        return new GradingRule.Reason(kind, DAY, "detail of " + kind, 0);
    }

    @Test
    void anEnterpriseWithoutRecordsIsA() {
        GradingRule.Graded graded = RULE.grade(List.of());
        assertEquals(0, graded.score());
        assertEquals(CreditGrade.A, graded.grade());
        assertTrue(graded.reasons().isEmpty());
    }

    @Test
    void aPassedInspectionNeverTakesTheScoreBelowZero() {
        GradingRule.Graded graded = RULE.grade(List.of(signal("inspection.passed")));
        assertEquals(0, graded.score());
        assertEquals(CreditGrade.A, graded.grade());
        assertEquals(-5, graded.reasons().get(0).points());
    }

    @Test
    void knownAnswers() {
        // an expired licence: 5 points, still A
        assertGraded(5, CreditGrade.A, List.of("licence.expired"), List.of(5));
        // two violations: 20, B
        assertGraded(20, CreditGrade.B, List.of("violation", "violation"), List.of(10, 10));
        // a violation and a revoked licence: 10 + 30 = 40, C
        assertGraded(40, CreditGrade.C, List.of("violation", "licence.revoked"), List.of(10, 30));
        // a failed inspection, a false commitment: 30 + 40 = 70, D
        assertGraded(70, CreditGrade.D, List.of("inspection.failed", "commitment.false"), List.of(30, 40));
        // on the limits: 9 is A, 10 B, 29 B, 30 C, 59 C, 60 D
        assertGraded(10, CreditGrade.B, List.of("violation"), List.of(10));
        assertGraded(30, CreditGrade.C, List.of("licence.revoked"), List.of(30));
        assertGraded(60, CreditGrade.D, List.of("registry.dishonest"), List.of(60));
        assertGraded(55, CreditGrade.C, List.of("registry.abnormal", "inspection.failed"), List.of(25, 30));
        // a passed inspection lowers a violation's score: 10 - 5 = 5, A
        assertGraded(5, CreditGrade.A, List.of("violation", "inspection.passed"), List.of(10, -5));
    }

    @Test
    void aKindTheRuleDoesNotKnowCountsNothingButIsListed() {
        GradingRule.Graded graded = RULE.grade(List.of(signal("something.new")));
        assertEquals(0, graded.score());
        assertEquals(1, graded.reasons().size());
        assertEquals("something.new", graded.reasons().get(0).kind());
        assertEquals(0, graded.reasons().get(0).points());
    }

    @Test
    void aChangedRuleGradesByItsOwnLimits() {
        GradingRule strict = new GradingRule(Map.of("violation", 25), 0, 10, 20, 12);
        assertEquals(CreditGrade.D, strict.grade(List.of(signal("violation"))).grade());
        assertEquals(LocalDate.of(2025, 11, 4), strict.windowStart(DAY));
    }

    @Test
    void problemsOfARule() {
        assertTrue(RULE.problems().isEmpty());
        assertEquals(List.of("market.credit.rule.error.limits"), new GradingRule(Map.of(), 10, 5, 20, 24).problems());
        assertEquals(List.of("market.credit.rule.error.window"), new GradingRule(Map.of(), 0, 5, 20, 0).problems());
        assertEquals(List.of("market.credit.rule.error.points"), new GradingRule(Map.of("x", 5000), 0, 5, 20, 24)
                .problems());
    }

    private static void assertGraded(int score, CreditGrade grade, List<String> kinds, List<Integer> points) {
        GradingRule.Graded graded = RULE.grade(kinds.stream().map(GradingRuleTest::signal).toList());
        assertEquals(score, graded.score(), kinds.toString());
        assertEquals(grade, graded.grade(), kinds.toString());
        assertEquals(points, graded.reasons().stream().map(GradingRule.Reason::points).toList());
        assertEquals(kinds, graded.reasons().stream().map(GradingRule.Reason::kind).toList());
    }
}
