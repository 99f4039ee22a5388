package cn.gov.laoshan.district.market.lenient.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import cn.gov.laoshan.district.market.lenient.domain.CaseFacts;
import cn.gov.laoshan.district.market.lenient.domain.Decision;
import cn.gov.laoshan.district.market.lenient.domain.Harm;

/**
 * A violation case: the enterprise, the behaviour (a list item, or none), the facts, the goods' value, the correction
 * ordered and done, and the staff's decision with its reasons once made.
 */
public record ViolationCase(long id, String caseNo, String uscc, String enterpriseName, String itemCode,
        String description, String facts, LocalDate foundOn, BigDecimal goodsValue, Harm harm,
        Boolean itemConditionsMet, String correctionOrdered, LocalDate correctBy, LocalDate correctedOn,
        Decision decision, String decisionReasons, String decidedBy, Instant decidedAt, String departmentCode) {

    public CaseFacts caseFacts() {
        return new CaseFacts(foundOn, harm, goodsValue, itemConditionsMet, correctBy, correctedOn);
    }

    /** The case's name in lists: its number, or the record's for violations recorded before cases had numbers. */
    public String reference() {
        return caseNo != null ? caseNo : "#" + id;
    }
}
