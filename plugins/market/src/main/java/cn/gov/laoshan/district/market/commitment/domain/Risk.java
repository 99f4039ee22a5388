package cn.gov.laoshan.district.market.commitment.domain;

/** An item's risk level in the catalogue: a HIGH one is never approved on commitment. */
public enum Risk {
    LOW, MEDIUM, HIGH
}
