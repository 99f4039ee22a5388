package cn.gov.laoshan.district.uikit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts of money on screen, in the UI language (since 1.4.0). Chinese screens count large sums in 万元 (ten
 * thousand yuan) — "3,500万元" —, an English reader does not know 万: the same sum is "¥35,000,000". Amounts keep up
 * to two decimals and drop trailing zeros ({@code #,##0.##}).
 */
public final class Money {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    private Money() {
    }

    /** An amount held in 万元 ({@code 3500} → 3,500万元 / ¥35,000,000); {@code null} → "". */
    public static String wan(BigDecimal wan, Locale locale) {
        if (wan == null) {
            return "";
        }
        return Dates.chinese(locale) ? format(wan) + "万元" : "¥" + format(wan.multiply(WAN));
    }

    /** An amount held in yuan ({@code 5000000} → 500万元 / ¥5,000,000); {@code null} → "". */
    public static String yuan(BigDecimal yuan, Locale locale) {
        if (yuan == null) {
            return "";
        }
        return Dates.chinese(locale) ? format(yuan.divide(WAN, 6, RoundingMode.HALF_UP)) + "万元" : "¥" + format(yuan);
    }

    private static String format(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }
}
