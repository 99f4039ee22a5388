package cn.gov.laoshan.district.market.commitment.domain;

/** How the post-check is done: on site (food licences: within a month), or on the documents. */
public enum CheckMode {
    ONSITE, DOCUMENTS
}
