package cn.gov.laoshan.district.finance.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The rules an investment is checked against when entered (configurable; defaults from Shandong's practice): the
 * government's stake at most {@code maxStakePercent}, and, when {@code neverLargest}, below every other
 * shareholder's largest stake.
 */
public record EquityRules(BigDecimal maxStakePercent, boolean neverLargest) {

    public static final EquityRules SHANDONG = new EquityRules(new BigDecimal("25"), true);

    /** The message key of the first rule {@code stake} breaks, or empty. */
    public Optional<String> refusal(BigDecimal stake, BigDecimal largestOther) {
        if (stake.compareTo(maxStakePercent) > 0) {
            return Optional.of("finance.equity.error.stake-over");
        }
        if (neverLargest && stake.compareTo(largestOther) >= 0) {
            return Optional.of("finance.equity.error.largest");
        }
        return Optional.empty();
    }
}
