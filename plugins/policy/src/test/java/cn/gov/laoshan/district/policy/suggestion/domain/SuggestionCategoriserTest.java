package cn.gov.laoshan.district.policy.suggestion.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SuggestionCategoriserTest {

    /** Issue 17's target for the k-fold accuracy on the shipped set. */
    static final double TARGET = 0.85;

    @Test
    void shippedSetHasAtLeast300SuggestionsOverEveryTopic() {
        List<LabelledSuggestion> set = SuggestionCategoriser.shippedSet();
        assertTrue(set.size() >= 300, "only " + set.size() + " labelled suggestions");
        Map<Topic, Integer> counts = new EnumMap<>(Topic.class);
        set.forEach(s -> counts.merge(s.topic(), 1, Integer::sum));
        for (Topic topic : Topic.values()) {
            assertTrue(counts.getOrDefault(topic, 0) >= 25, topic + " has only " + counts.get(topic) + " examples");
        }
        assertEquals(set.size(), set.stream().map(LabelledSuggestion::text).distinct().count(), "a suggestion twice");
    }

    @Test
    void tenFoldCrossValidationReachesTheTarget() {
        CrossValidation.Result result = CrossValidation.run(SuggestionCategoriser.shippedSet(), 10, 2026L);
        StringBuilder report = new StringBuilder(String.format("10-fold accuracy %.1f %% (%d/%d), mean confidence %.1f %%%n",
                100 * result.accuracy(), result.correct(), result.examples(), 100 * result.meanConfidence()));
        for (Topic topic : Topic.values()) {
            report.append(String.format("  %-18s %s  n=%2d  precision %5.1f %%  recall %5.1f %%%n", topic, topic.code(),
                    result.support().get(topic), 100 * result.precision().get(topic), 100 * result.recall().get(topic)));
        }
        System.out.print(report);
        assertTrue(result.accuracy() >= TARGET, "below the target of 85 %: " + report);
        // calibrated: the confidence given on held-out suggestions is about as often right as it claims
        assertTrue(Math.abs(result.meanConfidence() - result.accuracy()) < 0.10, "not calibrated: " + report);
    }

    @Test
    void categorisesUnseenSuggestionsWithAProbability() {
        SuggestionCategoriser categoriser = SuggestionCategoriser.shipped();
        Categorisation loan = categoriser.categorise("银行要求房产抵押才肯放贷，希望政府性融资担保机构给我们这样的小企业增信。");
        assertEquals(Topic.FINANCING, loan.topic());
        Categorisation refund = categoriser.categorise("留抵退税的审核太慢了，三个月还没退到账。");
        assertEquals(Topic.TAX_FEES, refund.topic());
        double sum = refund.probabilities().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(1.0, sum, 1e-9);
        assertEquals(refund.confidence(), refund.probabilities().get(Topic.TAX_FEES), 1e-12);
        assertTrue(refund.confidence() > 0.3 && refund.confidence() < 1.0, "confidence " + refund.confidence());
    }

    @Test
    void staffOverridesTeachTheNextCategoriser() {
        SuggestionCategoriser before = SuggestionCategoriser.shipped();
        String text = "希望在园区里建一个篮球场，员工下班后可以锻炼身体。";
        List<LabelledSuggestion> overrides = new ArrayList<>();
        Topic before0 = before.categorise(text).topic();
        // staff keep putting sports-ground wishes under talent (retaining staff); the categoriser learns it
        Topic chosen = before0 == Topic.TALENT ? Topic.OTHER : Topic.TALENT;
        for (String similar : List.of("园区缺少运动场地，建议建设篮球场和羽毛球馆，留住年轻员工。",
                "员工下班后没有锻炼的地方，希望建一个篮球场。", "建议园区配建篮球场，改善员工的业余生活。",
                "年轻人才希望有篮球场等运动设施，园区能否建设？")) {
            overrides.add(new LabelledSuggestion(similar, chosen));
        }
        SuggestionCategoriser after = before.retrainedWith(overrides);
        assertEquals(before.examples().size() + overrides.size(), after.examples().size());
        assertEquals(chosen, after.categorise(text).topic());
        assertNotEquals(chosen, before0);
    }

    @Test
    void gramsIgnorePunctuationAndFoldDigits() {
        assertEquals(List.of("贷", "款", "0", "万", "贷款", "款0", "0万", "贷款0", "款0万"),
                CharGrams.of("贷款３００万。", 1, 3).stream().toList());
        assertEquals(CharGrams.of("贷款500万元", 1, 3), CharGrams.of("贷款30万元", 1, 3));
        assertEquals(List.of("ab", "c"), CharGrams.runs("ＡＢ，C"));
    }
}
