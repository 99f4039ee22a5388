package cn.gov.laoshan.district.market.domain;

/**
 * What bars simple deregistration and the registry does not record, kept by market supervision staff as a list (labels
 * {@code market.restriction.<NAME>}): a closure order (责令关闭), an open case (立案调查未结), an unpaid fine (罚款未缴),
 * frozen equity (股权冻结), pledged equity (股权出质).
 */
public enum Restriction {
    CLOSURE_ORDER, OPEN_CASE, UNPAID_FINE, EQUITY_FROZEN, EQUITY_PLEDGED
}
