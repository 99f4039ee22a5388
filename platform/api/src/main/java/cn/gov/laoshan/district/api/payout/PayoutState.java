package cn.gov.laoshan.district.api.payout;

/**
 * Where a payout is: requested → confirmed by the enterprise → publicly listed (公示) → approved → paid; or
 * rejected (with a reason) at any step before paid.
 */
public enum PayoutState {
    /** 待确认: recorded, waiting for the enterprise to confirm it and its bank account. */
    REQUESTED,
    /** 已确认: the enterprise confirmed the payout and its bank account. */
    CONFIRMED,
    /** 公示中: on a public list for its notice period; objections may be raised. */
    LISTED,
    /** 已审批: an approver approved it; the money is committed against the budget. */
    APPROVED,
    /** 已拨付: paid, with its payment date and voucher number. */
    PAID,
    /** 已驳回: rejected with a reason; it is not paid and its amount no longer counts against the budget. */
    REJECTED;

    /** Paid or rejected: nothing more happens to it. */
    public boolean finished() {
        return this == PAID || this == REJECTED;
    }
}
