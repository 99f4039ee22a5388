package cn.gov.laoshan.district.market.lenient.domain;

/** The harm a violation caused, as the case officer found it: none, slight, or more than slight. */
public enum Harm {
    NONE, SLIGHT, SERIOUS
}
