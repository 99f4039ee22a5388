package cn.gov.laoshan.district.market.lenient.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the decision helper reads of a violation case: the day it was found, the harm (null: not assessed yet), the
 * goods' value (null: not known), whether the item's own conditions were confirmed by the officer (null: not yet), the
 * deadline for the correction ordered (null: to be corrected at once) and the day it was done (null: not yet).
 */
public record CaseFacts(LocalDate foundOn, Harm harm, BigDecimal goodsValue, Boolean itemConditionsMet,
        LocalDate correctBy, LocalDate correctedOn) {
}
