package cn.gov.laoshan.district.api.payout;

import java.util.Objects;

import cn.gov.laoshan.district.api.money.Yuan;

/**
 * A request to pay an enterprise what a policy grants it.
 *
 * @param key            which policy, period and enterprise: the payout's identity
 * @param enterpriseName the enterprise's name as the sender knows it, 1 to 200 characters (shown in the ledger; the
 *                       USCC is what counts)
 * @param amount         more than zero
 * @param account        the bank account to pay into; {@code null} when the enterprise will give it when it confirms
 *                       the payout in finance's screens
 * @param confirmedBy    the login of the enterprise user who already confirmed the payout and this account in the
 *                       sender's screens (the payout then starts as confirmed); {@code null} when the enterprise
 *                       still has to confirm it. Requires {@code account}
 * @param source         the sending plugin's id ({@code policy}) or {@code import}, 1 to 40 characters, for the
 *                       ledger's record of where a payout came from
 */
public record PayoutRequest(PayoutKey key, String enterpriseName, Yuan amount, BankAccount account,
        String confirmedBy, String source) {

    public PayoutRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(amount, "amount");
        if (enterpriseName == null || enterpriseName.isBlank() || enterpriseName.length() > 200) {
            throw new IllegalArgumentException("enterpriseName must be 1 to 200 characters: '" + enterpriseName + "'");
        }
        if (amount.compareTo(Yuan.ZERO) <= 0) {
            throw new IllegalArgumentException("amount must be more than zero: " + amount);
        }
        if (confirmedBy != null && (confirmedBy.isBlank() || account == null)) {
            throw new IllegalArgumentException("confirmedBy needs a login and the account it confirmed");
        }
        if (source == null || source.isBlank() || source.length() > 40) {
            throw new IllegalArgumentException("source must be 1 to 40 characters: '" + source + "'");
        }
    }
}
