package cn.gov.laoshan.district.market.lenient.domain;

/** One condition of a list, as the records show it: met, not met, or not known (yet). */
public enum Outcome {
    MET, NOT_MET, UNKNOWN
}
