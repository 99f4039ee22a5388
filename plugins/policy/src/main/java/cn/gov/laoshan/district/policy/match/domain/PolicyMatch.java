package cn.gov.laoshan.district.policy.match.domain;

import cn.gov.laoshan.district.api.money.Yuan;

/**
 * An enterprise that a published policy's eligibility rule selects (免申即享: the enterprise need not apply): the
 * policy, the period it is owed for, the enterprise and the amount the policy's benefit gives it.
 *
 * @param policyCode the policy's payout code ({@code PolicyDraft.payoutCode()}, e.g. {@code LS-P1-017}), the
 *                   finance ledger's key together with {@code period} and {@code uscc}
 * @param period     the period the match is for, beginning with its year ({@code 2026})
 * @param amount     what the benefit gives this enterprise, exact to the fen ({@code null} when the policy gives no
 *                   money, e.g. a service or a qualification)
 */
public record PolicyMatch(long policyId, String policyCode, String period, String uscc, String enterpriseName,
        Yuan amount) {
}
