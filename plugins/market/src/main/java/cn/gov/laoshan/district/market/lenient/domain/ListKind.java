package cn.gov.laoshan.district.market.lenient.domain;

/**
 * A lenient-enforcement list's kind (行政处罚法 art. 33(1)): FIRST — 首违不罚, a first offence whose harm is slight and
 * corrected in time "may not be penalised"; MINOR — 轻微违法行为不予处罚, a minor violation corrected in time with no
 * harmful consequence "is not penalised".
 */
public enum ListKind {
    FIRST, MINOR
}
