package cn.gov.laoshan.district.market.lenient.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Each condition of the decision helper with known answers, at its edges. */
class DecisionHelperTest {

    static final LocalDate FOUND = LocalDate.of(2026, 12, 7);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    static final LenientItem EXPIRED_FOOD = new LenientItem("F01", "SAMR-2025-FIRST", ListKind.FIRST, "经营超过保质期的食品",
            "Selling food past its shelf life", "食品安全法", "能如实说明进货来源", "立即下架", new BigDecimal("500.00"));
    static final LenientItem LICENCE_SHOWN = new LenientItem("F02", "SAMR-2025-FIRST", ListKind.FIRST, "未公示营业执照",
            "Licence not displayed", "条例", "未造成误导", "立即公示", null);
    static final LenientItem LABEL = new LenientItem("M01", "SAMR-2025-MINOR", ListKind.MINOR, "标签瑕疵",
            "Label defects", "食品安全法 125(2)", "不影响食品安全", "改正标签", null);

    /** Everything met for a first offence of expired food: slight harm, 480 yuan, corrected on the day. */
    static CaseFacts good() {
        return new CaseFacts(FOUND, Harm.SLIGHT, new BigDecimal("480"), true, null, FOUND);
    }

    static Outcome outcome(DecisionHelper.Assessment a, String key) {
        return a.conditions().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().outcome();
    }

    @Test
    void allMetAllowsTheListsLenientDecision() {
        DecisionHelper.Assessment a = DecisionHelper.assess(EXPIRED_FOOD, good(), List.of(), TODAY);
        assertEquals(List.of("listed", "first", "harm", "corrected", "goodsValue", "itemConditions"),
                a.conditions().stream().map(DecisionHelper.Condition::key).toList());
        assertTrue(a.conditions().stream().allMatch(c -> c.outcome() == Outcome.MET));
        assertEquals(Decision.FIRST_OFFENCE, a.suggested());
        assertTrue(a.allows(Decision.FIRST_OFFENCE));
        assertFalse(a.allows(Decision.NO_PENALTY), "a first-offence list does not give 不予处罚 of a minor violation");
        assertTrue(a.allows(Decision.PENALISE), "the staff may still penalise");
    }

    @Test
    void aSameTypeViolationWithinTwoYearsMakesItNotTheFirst() {
        PriorViolation twoYearsToTheDay = new PriorViolation("LSAJ2024000001", "F01", FOUND.minusYears(2));
        PriorViolation aDayMore = new PriorViolation("LSAJ2024000002", "F01", FOUND.minusYears(2).minusDays(1));
        PriorViolation otherType = new PriorViolation("LSAJ2026000003", "F05", FOUND.minusMonths(1));
        PriorViolation unknownType = new PriorViolation("#7", null, FOUND.minusMonths(3));
        assertEquals(Outcome.NOT_MET, outcome(DecisionHelper.assess(EXPIRED_FOOD, good(), List.of(twoYearsToTheDay),
                TODAY), "first"));
        assertEquals(Outcome.MET, outcome(DecisionHelper.assess(EXPIRED_FOOD, good(), List.of(aDayMore), TODAY),
                "first"));
        assertEquals(Outcome.MET, outcome(DecisionHelper.assess(EXPIRED_FOOD, good(), List.of(otherType), TODAY),
                "first"));
        DecisionHelper.Assessment unknown = DecisionHelper.assess(EXPIRED_FOOD, good(), List.of(unknownType), TODAY);
        assertEquals(Outcome.UNKNOWN, outcome(unknown, "first"));
        assertNull(unknown.suggested(), "unknown: the staff find out");
        assertTrue(unknown.allows(Decision.FIRST_OFFENCE), "unknown is not refused: the staff decide with reasons");
        DecisionHelper.Assessment repeated = DecisionHelper.assess(EXPIRED_FOOD, good(), List.of(twoYearsToTheDay),
                TODAY);
        assertEquals(Decision.PENALISE, repeated.suggested());
        assertFalse(repeated.allows(Decision.FIRST_OFFENCE));
        // a minor-violation list has no first-offence condition
        assertFalse(DecisionHelper.assess(LABEL, new CaseFacts(FOUND, Harm.NONE, null, true, null, FOUND),
                List.of(new PriorViolation("x", "M01", FOUND.minusMonths(1))), TODAY).conditions().stream()
                .anyMatch(c -> c.key().equals("first")));
    }

    @Test
    void harmSlightForAFirstOffenceNoneForAMinorViolation() {
        assertEquals(Outcome.MET, outcome(DecisionHelper.assess(EXPIRED_FOOD, harm(Harm.NONE), List.of(), TODAY),
                "harm"));
        assertEquals(Outcome.MET, outcome(DecisionHelper.assess(EXPIRED_FOOD, harm(Harm.SLIGHT), List.of(), TODAY),
                "harm"));
        assertEquals(Outcome.NOT_MET, outcome(DecisionHelper.assess(EXPIRED_FOOD, harm(Harm.SERIOUS), List.of(),
                TODAY), "harm"));
        assertEquals(Outcome.UNKNOWN, outcome(DecisionHelper.assess(EXPIRED_FOOD, harm(null), List.of(), TODAY),
                "harm"));
        assertEquals(Outcome.MET, outcome(DecisionHelper.assess(LABEL, harm(Harm.NONE), List.of(), TODAY), "noHarm"));
        assertEquals(Outcome.NOT_MET, outcome(DecisionHelper.assess(LABEL, harm(Harm.SLIGHT), List.of(), TODAY),
                "noHarm"));
        DecisionHelper.Assessment minor = DecisionHelper.assess(LABEL, harm(Harm.NONE), List.of(), TODAY);
        assertEquals(Decision.NO_PENALTY, minor.suggested());
        assertFalse(minor.allows(Decision.FIRST_OFFENCE));
    }

    private static CaseFacts harm(Harm harm) {
        return new CaseFacts(FOUND, harm, new BigDecimal("10"), true, null, FOUND);
    }

    @Test
    void correctedAtOnceOrByTheDayOrdered() {
        // no deadline: on the day found
        assertEquals(Outcome.MET, corrected(null, FOUND, TODAY));
        assertEquals(Outcome.NOT_MET, corrected(null, FOUND.plusDays(1), TODAY));
        assertEquals(Outcome.NOT_MET, corrected(null, null, TODAY), "the day found passed without it");
        assertEquals(Outcome.UNKNOWN, corrected(null, null, FOUND), "still the day found");
        // a deadline: by it, on its last day included
        LocalDate by = FOUND.plusDays(7);
        assertEquals(Outcome.MET, corrected(by, by, TODAY));
        assertEquals(Outcome.NOT_MET, corrected(by, by.plusDays(1), TODAY));
        assertEquals(Outcome.UNKNOWN, corrected(by, null, by), "running");
        assertEquals(Outcome.NOT_MET, corrected(by, null, by.plusDays(1)), "passed");
    }

    private static Outcome corrected(LocalDate by, LocalDate on, LocalDate today) {
        return outcome(DecisionHelper.assess(LICENCE_SHOWN, new CaseFacts(FOUND, Harm.NONE, null, true, by, on),
                List.of(), today), "corrected");
    }

    @Test
    void theGoodsValueLimitOfExpiredFood() {
        assertEquals(Outcome.MET, goods("500.00"));
        assertEquals(Outcome.MET, goods("0"));
        assertEquals(Outcome.NOT_MET, goods("500.01"));
        assertEquals(Outcome.UNKNOWN, goods(null));
        assertFalse(DecisionHelper.assess(LICENCE_SHOWN, good(), List.of(), TODAY).conditions().stream()
                .anyMatch(c -> c.key().equals("goodsValue")), "an item without a limit");
    }

    private static Outcome goods(String value) {
        return outcome(DecisionHelper.assess(EXPIRED_FOOD, new CaseFacts(FOUND, Harm.SLIGHT,
                value == null ? null : new BigDecimal(value), true, null, FOUND), List.of(), TODAY), "goodsValue");
    }

    @Test
    void theItemsOwnConditionsAsTheOfficerConfirmedThem() {
        assertEquals(Outcome.MET, item(true));
        assertEquals(Outcome.NOT_MET, item(false));
        assertEquals(Outcome.UNKNOWN, item(null));
    }

    private static Outcome item(Boolean met) {
        return outcome(DecisionHelper.assess(EXPIRED_FOOD, new CaseFacts(FOUND, Harm.SLIGHT, BigDecimal.ONE, met, null,
                FOUND), List.of(), TODAY), "itemConditions");
    }

    @Test
    void aBehaviourOnNoListLeavesOnlyAPenalty() {
        DecisionHelper.Assessment a = DecisionHelper.assess(null, good(), List.of(), TODAY);
        assertEquals(Outcome.NOT_MET, outcome(a, "listed"));
        assertEquals(Decision.PENALISE, a.suggested());
        assertFalse(a.allows(Decision.NO_PENALTY));
        assertFalse(a.allows(Decision.FIRST_OFFENCE));
        assertTrue(a.allows(Decision.PENALISE));
    }
}
