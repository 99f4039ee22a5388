package cn.gov.laoshan.district.market.credit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;

/**
 * The credit-risk grading rule (信用风险分类, 国市监信发〔2022〕6号) as data: the points each kind of signal counts (a
 * negative number lowers the score: a passed inspection), the highest score of grades A, B and C (D above), and how many
 * months back a signal counts. An enterprise's score is the sum of its signals' points, never below 0; a kind the rule
 * does not know counts 0 points and is still listed among the reasons.
 *
 * @param points       points per signal kind, in the order the rule shows them
 * @param maxA         highest score of A (信用风险低)
 * @param maxB         highest score of B (信用风险一般)
 * @param maxC         highest score of C (信用风险较高); above it D (信用风险高)
 * @param windowMonths signals of the last so many months count
 */
public record GradingRule(Map<String, Integer> points, int maxA, int maxB, int maxC, int windowMonths) {

    public static final int MAX_POINTS = 1000;

    public GradingRule {
        points = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(points, "points")));
    }

    /** The shipped rule; the grading screen changes it (audited). */
    public static GradingRule standard() {
        Map<String, Integer> p = new LinkedHashMap<>();
        p.put("violation", 10);
        p.put("violation.penalised", 20);
        p.put("commitment.failed", 15);
        p.put("commitment.false", 40);
        p.put("postcheck.overdue", 10);
        p.put("credit.mark", 30);
        p.put("registry.abnormal", 25);
        p.put("registry.dishonest", 60);
        p.put("licence.revoked", 30);
        p.put("licence.expired", 5);
        p.put("inspection.failed", 30);
        p.put("inspection.problems", 10);
        p.put("inspection.passed", -5);
        // one expired licence (5) leaves an enterprise in A; a violation with a revoked licence (40) is C
        return new GradingRule(p, 9, 29, 59, 24);
    }

    /** What is wrong with the rule, as message keys (empty: none): limits must rise A ≤ B ≤ C, points within ±1000. */
    public List<String> problems() {
        List<String> found = new ArrayList<>();
        if (maxA < 0 || maxB < maxA || maxC < maxB) {
            found.add("market.credit.rule.error.limits");
        }
        if (windowMonths < 1 || windowMonths > 60) {
            found.add("market.credit.rule.error.window");
        }
        if (points.values().stream().anyMatch(v -> v == null || Math.abs(v) > MAX_POINTS)) {
            found.add("market.credit.rule.error.points");
        }
        return found;
    }

    /** The points of one kind (0 when the rule does not know it). */
    public int pointsOf(String kind) {
        return points.getOrDefault(kind, 0);
    }

    /** The grade of a score. */
    public CreditGrade gradeOf(int score) {
        return score <= maxA ? CreditGrade.A : score <= maxB ? CreditGrade.B : score <= maxC ? CreditGrade.C
                : CreditGrade.D;
    }

    /** The first day whose signals count for a grading on {@code day}. */
    public LocalDate windowStart(LocalDate day) {
        return day.minusMonths(windowMonths).plusDays(1);
    }

    /** Grades one enterprise's signals, each with its points (the reasons, in the order given). */
    public Graded grade(List<Reason> signals) {
        List<Reason> reasons = new ArrayList<>(signals.size());
        int sum = 0;
        for (Reason signal : signals) {
            int p = pointsOf(signal.kind());
            reasons.add(new Reason(signal.kind(), signal.day(), signal.detail(), p));
            sum += p;
        }
        int score = Math.max(0, sum);
        return new Graded(score, gradeOf(score), reasons);
    }

    /** One signal that counted, with its points. */
    public record Reason(String kind, LocalDate day, String detail, int points) {
    }

    /** An enterprise's score, grade and the reasons. */
    public record Graded(int score, CreditGrade grade, List<Reason> reasons) {
    }
}
