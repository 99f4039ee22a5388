package cn.gov.laoshan.district.market.commitment.domain;

/**
 * A commitment's post-check: DUE until checked; PASSED; RECTIFYING (failed, rectification ordered by a day) →
 * RECTIFIED, or REVOKED (not rectified in time, or the commitment found false).
 */
public enum PostCheckState {
    DUE, PASSED, RECTIFYING, RECTIFIED, REVOKED;

    /** Whether the check is still open: nothing decided yet or rectification running. */
    public boolean open() {
        return this == DUE || this == RECTIFYING;
    }
}
