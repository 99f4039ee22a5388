package cn.gov.laoshan.district.registry.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import cn.gov.laoshan.district.uikit.Dates;

/** How the registry's screen writes money: 500.00万元 in Chinese, ¥5,000,000.00 in English (dates: uikit {@link Dates}). */
final class Formats {

    private Formats() {
    }

    /** Registered capital: 万元 for Chinese staff, yuan with separators in English. */
    static String capital(BigDecimal yuan, Locale locale) {
        if (yuan == null) {
            return "";
        }
        if (!Dates.chinese(locale)) {
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

    /**
     * A company type (企业类型, stored as the registration authority writes it) in the UI language: on an English
     * screen the English of the types the registry knows ({@code registry.company-type.<Chinese type>} in the English
     * messages), any other type as written.
     */
    static String companyType(String type, Locale locale, java.util.function.Function<String, String> text) {
        if (type == null || Dates.chinese(locale)) {
            return type == null ? "" : type;
        }
        String key = "registry.company-type." + type;
        String english = text.apply(key);
        return english == null || english.equals(key) || english.startsWith("!") ? type : english;
    }
}
