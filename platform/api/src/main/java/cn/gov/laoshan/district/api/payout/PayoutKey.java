package cn.gov.laoshan.district.api.payout;

import java.util.regex.Pattern;

import cn.gov.laoshan.district.api.enterprise.Uscc;

/**
 * What identifies a payout: one policy, one period, one enterprise. Two requests with the same key are the same
 * payout.
 *
 * @param policyCode the policy's code as its owner numbers it ({@code LS-2026-017}): 1 to 40 letters, digits,
 *                   {@code -}, {@code _} or {@code .}
 * @param period     the period the payout is for, beginning with its four-digit year, which is the budget year it
 *                   is paid from: {@code 2026}, {@code 2026-H1}, {@code 2026Q3}, {@code 2026-03}; 4 to 20 characters
 * @param uscc       the enterprise's unified social credit code, valid (check character included)
 */
public record PayoutKey(String policyCode, String period, String uscc) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern PERIOD = Pattern.compile("(19|20)\\d\\d[A-Za-z0-9-]{0,16}");

    public PayoutKey {
        if (policyCode == null || !CODE.matcher(policyCode).matches()) {
            throw new IllegalArgumentException("policyCode must be 1 to 40 letters, digits, '-', '_' or '.': '"
                    + policyCode + "'");
        }
        if (period == null || !PERIOD.matcher(period).matches()) {
            throw new IllegalArgumentException("period must begin with its four-digit year, at most 20 letters, "
                    + "digits or '-': '" + period + "'");
        }
        uscc = Uscc.parse(uscc).value();
    }

    /** The budget year: the period's first four digits. */
    public int year() {
        return Integer.parseInt(period.substring(0, 4));
    }
}
