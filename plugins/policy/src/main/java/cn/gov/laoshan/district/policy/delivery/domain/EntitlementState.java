package cn.gov.laoshan.district.policy.delivery.domain;

/**
 * Where an entitlement (享受资格) is: offered to the enterprise until its confirmation deadline, then confirmed (with
 * the bank account, which hands it to finance), declined, or lapsed when the deadline passed unconfirmed (staff may
 * extend a lapsed or offered one with a new deadline).
 */
public enum EntitlementState {
    /** 待确认: recorded from a match (or an approved application), the enterprise told, waiting for it. */
    OFFERED,
    /** 已确认: the enterprise confirmed it and its bank account; the payout request goes to finance. */
    CONFIRMED,
    /** 已放弃: the enterprise declined it. */
    DECLINED,
    /** 已逾期: the confirmation deadline passed; staff may extend it. */
    LAPSED
}
