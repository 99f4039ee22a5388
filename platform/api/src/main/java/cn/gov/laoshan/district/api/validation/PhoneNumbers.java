package cn.gov.laoshan.district.api.validation;

import java.util.regex.Pattern;

/**
 * Phone numbers as staff enter them for parties and contacts: a mainland mobile number ({@code 13912345678}: 11
 * digits, 1 then 3–9) or a landline with its area code ({@code 0532-88888888}, {@code 010-12345678},
 * {@code 0532 8888 8888}, with an optional extension {@code -123}). Spaces and hyphens between groups are allowed
 * and dropped by {@link #normalize}; anything else (letters, too few digits, an unknown form) is refused, with the
 * message key {@link #INVALID_KEY} (in the shell's message files).
 *
 * @since 1.0.0
 */
public final class PhoneNumbers {

    /** "电话号码应为手机号（如 13912345678）或带区号的固定电话（如 0532-88888888）". */
    public static final String INVALID_KEY = "shell.phone.invalid";

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /** Area code 0 + 2–3 digits, a 7–8 digit number, an optional extension of 1–6 digits. */
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-\\d{7,8}(-\\d{1,6})?");

    private PhoneNumbers() {
    }

    /** Whether {@code text} is a mobile or landline number of one of the accepted forms; {@code null} is not. */
    public static boolean valid(String text) {
        return normalize(text) != null;
    }

    /**
     * The number in its stored form ({@code 13912345678}, {@code 0532-88888888}), or {@code null} when it is not a
     * phone number. Surrounding blanks are ignored; inside, spaces and hyphens between digit groups are accepted.
     */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (!t.matches("[0-9 -]{7,24}")) {
            return null;
        }
        String digits = t.replace(" ", "").replace("-", "");
        if (MOBILE.matcher(digits).matches() && t.charAt(0) == '1') {
            return digits;
        }
        // a landline: the groups the user typed, separated by one hyphen each
        String grouped = t.replaceAll("[ -]+", "-");
        if (LANDLINE.matcher(grouped).matches()) {
            return grouped;
        }
        // "053288888888": area code not separated; 3-digit codes are 010 and 02x, the rest have 4 digits
        if (digits.startsWith("0") && (digits.length() == 11 || digits.length() == 12)) {
            int area = digits.startsWith("01") || digits.startsWith("02") ? 3 : 4;
            String split = digits.substring(0, area) + "-" + digits.substring(area);
            return LANDLINE.matcher(split).matches() ? split : null;
        }
        return null;
    }
}
