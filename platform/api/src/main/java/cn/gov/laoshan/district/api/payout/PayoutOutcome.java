package cn.gov.laoshan.district.api.payout;

/** The ledger's answer to a {@link PayoutRequest}. */
public enum PayoutOutcome {
    /** Recorded now as a new payout. */
    ACCEPTED,
    /** The ledger already holds a payout with this key: nothing changed; the answer carries that payout. */
    DUPLICATE,
    /** The amount is more than what is left of the policy's budget for the period's year: nothing recorded. */
    OVER_BUDGET,
    /**
     * Refused for another reason given in the answer (no budget for this policy and year, the enterprise is not in
     * the registry, ...): nothing recorded; sending it again after the cause is fixed may be accepted.
     */
    REFUSED
}
