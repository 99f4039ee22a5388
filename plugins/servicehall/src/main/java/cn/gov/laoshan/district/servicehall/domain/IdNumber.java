package cn.gov.laoshan.district.servicehall.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The 18-character citizen identity number of GB 11643-1999: a 6-digit address code, the 8-digit date of birth, a
 * 3-digit sequence and a check character computed with ISO 7064 MOD 11-2 (weights 2^(17-i) mod 11; the remainder
 * picks from {@code 10X98765432}). Checked wherever a resident gives one, so that a mistyped digit is caught at
 * the field rather than at the window.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdNumber() {
    }

    /** The number in its stored form: stripped, a lower-case check x made upper-case. */
    public static String normalize(String text) {
        return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    /** The check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /**
     * Whether {@code text} is a well-formed number: 17 digits and the right check character, a birth date that exists
     * and is not after {@code today}.
     */
    public static boolean valid(String text, LocalDate today) {
        String n = normalize(text);
        if (n == null || !n.matches("[1-9]\\d{16}[\\dX]")) {
            return false;
        }
        if (checkCharacter(n) != n.charAt(17)) {
            return false;
        }
        try {
            LocalDate born = LocalDate.of(Integer.parseInt(n.substring(6, 10)), Integer.parseInt(n.substring(10, 12)),
                    Integer.parseInt(n.substring(12, 14)));
            return !born.isAfter(today) && born.getYear() >= 1900;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** {@code 370212********123X}: the region and the last four, for screens and logs. */
    public static String masked(String number) {
        return number == null || number.length() != 18 ? "******" : number.substring(0, 6) + "********"
                + number.substring(14);
    }
}
