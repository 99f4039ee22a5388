package cn.gov.laoshan.district.market.lenient.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains, condition by condition, whether a violation case meets its list's conditions; the staff decide. The
 * conditions (国市监法〔2025〕10号 and 行政处罚法 art. 33(1)):
 * <ul>
 * <li>{@code first} (首违 lists only): no violation of the same item by the same enterprise in the two years before
 * the day found — an earlier violation of unknown type in that time leaves it unknown;</li>
 * <li>{@code harm}: slight or none for a first offence; none for a minor violation;</li>
 * <li>{@code corrected}: done by the day ordered, or at once (on the day found) when no deadline was set; unknown
 * while a deadline runs;</li>
 * <li>{@code goodsValue}: the item's limit (e.g. 500 yuan for food past its shelf life), where it has one;</li>
 * <li>{@code itemConditions}: the item's own conditions, as the officer confirmed them.</li>
 * </ul>
 * A behaviour on no list is explained as such and leaves only a penalty.
 */
public final class DecisionHelper {

    /** How far back a same-type violation makes an offence not the first: two years (SAMR's 首违 definition). */
    public static final int FIRST_OFFENCE_YEARS = 2;

    private DecisionHelper() {
    }

    /** One condition: its key (message {@code market.lenient.condition.<key>}), outcome and the detail shown. */
    public record Condition(String key, Outcome outcome, String detail) {
    }

    /**
     * The conditions and what they allow: {@code suggested} is the lenient decision when all are met, PENALISE when
     * one is not met, {@code null} when some are unknown.
     */
    public record Assessment(LenientItem item, List<Condition> conditions, Decision suggested) {

        public boolean allows(Decision decision) {
            if (decision == Decision.PENALISE) {
                return true;
            }
            return item != null && decision == Decision.lenient(item.kind())
                    && conditions.stream().noneMatch(c -> c.outcome() == Outcome.NOT_MET);
        }
    }

    public static Assessment assess(LenientItem item, CaseFacts facts, List<PriorViolation> earlier, LocalDate today) {
        List<Condition> conditions = new ArrayList<>();
        if (item == null) {
            conditions.add(new Condition("listed", Outcome.NOT_MET, ""));
            return new Assessment(null, conditions, Decision.PENALISE);
        }
        conditions.add(new Condition("listed", Outcome.MET, item.code()));
        if (item.kind() == ListKind.FIRST) {
            conditions.add(first(item, facts.foundOn(), earlier));
        }
        conditions.add(harm(item.kind(), facts.harm()));
        conditions.add(corrected(facts, today));
        if (item.goodsValueLimit() != null) {
            conditions.add(facts.goodsValue() == null ? new Condition("goodsValue", Outcome.UNKNOWN,
                    item.goodsValueLimit().toPlainString())
                    : new Condition("goodsValue", facts.goodsValue().compareTo(item.goodsValueLimit()) <= 0
                            ? Outcome.MET : Outcome.NOT_MET, facts.goodsValue().toPlainString() + " / "
                                    + item.goodsValueLimit().toPlainString()));
        }
        conditions.add(new Condition("itemConditions", facts.itemConditionsMet() == null ? Outcome.UNKNOWN
                : facts.itemConditionsMet() ? Outcome.MET : Outcome.NOT_MET, item.itemConditions()));
        Decision suggested;
        if (conditions.stream().anyMatch(c -> c.outcome() == Outcome.NOT_MET)) {
            suggested = Decision.PENALISE;
        } else if (conditions.stream().allMatch(c -> c.outcome() == Outcome.MET)) {
            suggested = Decision.lenient(item.kind());
        } else {
            suggested = null;
        }
        return new Assessment(item, List.copyOf(conditions), suggested);
    }

    static Condition first(LenientItem item, LocalDate foundOn, List<PriorViolation> earlier) {
        LocalDate since = foundOn.minusYears(FIRST_OFFENCE_YEARS);
        List<PriorViolation> inWindow = earlier.stream()
                .filter(p -> !p.foundOn().isBefore(since) && p.foundOn().isBefore(foundOn)).toList();
        List<PriorViolation> same = inWindow.stream().filter(p -> item.code().equals(p.itemCode())).toList();
        if (!same.isEmpty()) {
            return new Condition("first", Outcome.NOT_MET, same.get(0).reference() + " " + same.get(0).foundOn());
        }
        List<PriorViolation> unknown = inWindow.stream().filter(p -> p.itemCode() == null).toList();
        if (!unknown.isEmpty()) {
            return new Condition("first", Outcome.UNKNOWN, unknown.get(0).reference() + " " + unknown.get(0).foundOn());
        }
        return new Condition("first", Outcome.MET, since.toString());
    }

    static Condition harm(ListKind kind, Harm harm) {
        String key = kind == ListKind.FIRST ? "harm" : "noHarm";
        if (harm == null) {
            return new Condition(key, Outcome.UNKNOWN, "");
        }
        boolean met = kind == ListKind.FIRST ? harm != Harm.SERIOUS : harm == Harm.NONE;
        return new Condition(key, met ? Outcome.MET : Outcome.NOT_MET, harm.name());
    }

    static Condition corrected(CaseFacts facts, LocalDate today) {
        LocalDate by = facts.correctBy() != null ? facts.correctBy() : facts.foundOn();
        if (facts.correctedOn() != null) {
            return new Condition("corrected", facts.correctedOn().isAfter(by) ? Outcome.NOT_MET : Outcome.MET,
                    facts.correctedOn() + " / " + by);
        }
        return new Condition("corrected", today.isAfter(by) ? Outcome.NOT_MET : Outcome.UNKNOWN, by.toString());
    }
}
