package cn.gov.laoshan.district.audit.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date and time as staff read them: 2026年11月27日 10:31:05 in Chinese, 2026-11-27 10:31:05 in English. */
final class Formats {

    private Formats() {
    }

    static boolean chinese(Locale locale) {
        return locale == null || !"en".equals(locale.getLanguage());
    }

    static DateTimeFormatter dateTime(Locale locale) {
        return chinese(locale) ? DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss", Locale.SIMPLIFIED_CHINESE)
                : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ENGLISH);
    }
}
