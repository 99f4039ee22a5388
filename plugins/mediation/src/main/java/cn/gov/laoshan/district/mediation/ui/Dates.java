package cn.gov.laoshan.district.mediation.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as staff read them: 2026年11月27日 in Chinese, 27 Nov 2026 in English; times in Beijing time. */
final class Dates {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ZH_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINA);
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private Dates() {
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** Date pickers show ISO dates (2026-11-27) rather than the browser's US order in English; weeks start on Monday. */
    static <T extends com.vaadin.flow.component.datepicker.DatePicker> T picker(T picker) {
        com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n i18n =
                new com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n();
        i18n.setDateFormat("yyyy-MM-dd");
        i18n.setFirstDayOfWeek(1);
        picker.setI18n(i18n);
        return picker;
    }

    static String date(LocalDate day, Locale locale) {
        return day == null ? "" : day.format(english(locale) ? EN : ZH);
    }

    static String time(LocalDateTime at, Locale locale) {
        return at == null ? "" : at.format(english(locale) ? EN_TIME : ZH_TIME);
    }

    static String time(Instant at, Locale locale) {
        return at == null ? "" : time(LocalDateTime.ofInstant(at, BEIJING), locale);
    }
}
