package cn.gov.laoshan.district.uikit;

/**
 * Text that a spreadsheet program will not run: every CSV and Excel export writes its text cells through
 * {@link #safe(String)} (CSV/formula injection, OWASP "CSV Injection").
 *
 * <p>The rule: a text that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets
 * a single quote ({@code '}) in front; Excel, WPS and LibreOffice then show it as text and never evaluate it (a
 * typed login {@code =HYPERLINK("http://evil","点击")} arrives as {@code '=HYPERLINK(...)}). Only text is touched:
 * numbers, dates and booleans are written as such, so a negative amount in a numeric cell stays a number. A text
 * that merely looks like a number is text and is neutralised like any other — a phone number written as text,
 * {@code +86 532 ...}, is exported as {@code '+86 532 ...}; export a value as a {@link Number} when it is one.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** {@code text} with a leading {@code '} when it starts with a character that makes a formula; null stays null. */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return dangerous(text.charAt(0)) ? "'" + text : text;
    }

    /**
     * The values of one row, each {@link CharSequence} made {@link #safe(String)} and everything else (numbers,
     * dates, booleans, null) left as it is; a new array, {@code values} is not changed.
     */
    public static Object[] safe(Object... values) {
        Object[] result = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i] instanceof CharSequence text ? safe(text.toString()) : values[i];
        }
        return result;
    }

    /** Whether a text starting with {@code c} is read as a formula (or split into one) by a spreadsheet program. */
    static boolean dangerous(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
