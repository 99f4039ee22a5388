package cn.gov.laoshan.district.mediation.domain;

/** Mainland resident ID numbers (GB 11643-1999): 17 digits and a check character (0-9 or X). */
public final class IdCardNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    private IdCardNumber() {
    }

    /** Whether {@code number} is a well-formed 18-character ID number with the right check character. */
    public static boolean valid(String number) {
        if (number == null || !number.matches("\\d{17}[\\dXx]")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(number.charAt(17)) == CHECK[sum % 11];
    }
}
