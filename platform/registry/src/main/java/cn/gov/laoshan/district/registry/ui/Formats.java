package cn.gov.laoshan.district.registry.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the registry's screen writes dates and money: 2018年5月20日 and 500.00万元 in Chinese. */
final class Formats {

    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    private Formats() {
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? "" : date.format(english(locale) ? EN_DATE : ZH_DATE);
    }

    /** Registered capital: 万元 for Chinese staff, yuan with separators in English. */
    static String capital(BigDecimal yuan, Locale locale) {
        if (yuan == null) {
            return "";
        }
        if (english(locale)) {
            NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            return "¥" + format.format(yuan);
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.CHINA);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(yuan.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP)) + "万元";
    }
}
