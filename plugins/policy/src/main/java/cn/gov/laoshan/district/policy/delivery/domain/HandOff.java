package cn.gov.laoshan.district.policy.delivery.domain;

import cn.gov.laoshan.district.api.payout.PayoutOutcome;

/**
 * Where a confirmed entitlement's payout request is: waiting in the outbox (finance not installed, or its ledger could
 * not be reached), or answered by the ledger. {@code null} on an entitlement with nothing to send (not confirmed, or
 * no money).
 */
public enum HandOff {
    /** 待发送: in the outbox; sent when the ledger is there (at its appearance and by the retry job). */
    WAITING,
    /** 财政已受理: recorded as a new payout. */
    ACCEPTED,
    /** 财政已有: the ledger already held this payout (sent before): nothing changed there. */
    DUPLICATE,
    /** 超出预算: refused as more than the policy's budget has left; staff may send it again. */
    OVER_BUDGET,
    /** 财政未受理: refused for the reason recorded (no budget for the year, ...); staff may send it again. */
    REFUSED;

    public static HandOff of(PayoutOutcome outcome) {
        return valueOf(outcome.name());
    }

    /** The ledger holds the payout: its state can be read there. */
    public boolean received() {
        return this == ACCEPTED || this == DUPLICATE;
    }

    /** Refused by the ledger: may be sent again once the cause is fixed. */
    public boolean refused() {
        return this == OVER_BUDGET || this == REFUSED;
    }
}
