package cn.gov.laoshan.district.market.commitment.domain;

/**
 * A commitment's approval: APPROVED at once on signing (post-check pending, or rectifying), VERIFIED when the check
 * passed or the rectification was confirmed, REVOKED when not rectified in time or found false.
 */
public enum CommitmentState {
    APPROVED, VERIFIED, REVOKED
}
