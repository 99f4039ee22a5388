package cn.gov.laoshan.district.policy.delivery.domain;

/** Where a fast application (快申快享) is: waiting for staff's decision until its deadline, approved or refused. */
public enum ApplicationState {
    /** 待审核 */
    APPLIED,
    /** 已通过: an entitlement, confirmed, is handed to finance. */
    APPROVED,
    /** 未通过: with the reason. */
    REFUSED
}
