package cn.gov.laoshan.district.api.payout;

import java.util.regex.Pattern;

/**
 * The account a payout is paid into. Shown masked wherever it is listed ({@code Masking.bankAccount}).
 *
 * @param bank        the bank and branch (开户行), 1 to 100 characters
 * @param accountName the account holder's name (户名), normally the enterprise's, 1 to 100 characters
 * @param number      the account number, 6 to 32 digits (spaces and hyphens as typed are removed)
 */
public record BankAccount(String bank, String accountName, String number) {

    private static final Pattern DIGITS = Pattern.compile("\\d{6,32}");

    public BankAccount {
        bank = text("bank", bank);
        accountName = text("accountName", accountName);
        number = number == null ? null : number.replaceAll("[\\s-]", "");
        if (number == null || !DIGITS.matcher(number).matches()) {
            throw new IllegalArgumentException("number must be 6 to 32 digits");
        }
    }

    private static String text(String name, String value) {
        if (value == null || value.isBlank() || value.strip().length() > 100) {
            throw new IllegalArgumentException(name + " must be 1 to 100 characters: '" + value + "'");
        }
        return value.strip();
    }
}
