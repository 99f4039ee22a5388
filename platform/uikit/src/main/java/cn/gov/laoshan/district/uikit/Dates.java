package cn.gov.laoshan.district.uikit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Span;

import cn.gov.laoshan.district.api.validation.DateBounds;

/**
 * The one way screens show and enter dates. Staff read Chinese dates ({@code 2026年11月27日}); in English the
 * unambiguous ISO form ({@code 2026-11-27}), never the US order "11/27/2026" nor month names that sort badly.
 * Times are 24-hour; an {@link Instant} is shown in Beijing time ({@link #BEIJING}).
 * <p>
 * The language: a {@code null} locale or any language other than English is Chinese (zh-CN is the platform's
 * default language). All methods take {@code null} values and return {@code ""} for them.
 */
public final class Dates {

    /** Beijing time, the zone every instant is shown in. */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ENGLISH);
    private static final DateTimeFormatter ZH_TIME =
            DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ZH_SECONDS =
            DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss", Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter EN_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ENGLISH);

    private Dates() {
    }

    /** Whether dates are shown in Chinese: {@code null} and every language but English. */
    public static boolean chinese(Locale locale) {
        return locale == null || !"en".equals(locale.getLanguage());
    }

    /** 2026年11月27日 in Chinese, 2026-11-27 in English; "" for {@code null}. */
    public static String date(LocalDate day, Locale locale) {
        return day == null ? "" : day.format(chinese(locale) ? ZH_DATE : EN_DATE);
    }

    /** A date in the Chinese form whatever the UI language (official papers): 2026年11月27日; "" for {@code null}. */
    public static String chineseDate(LocalDate day) {
        return date(day, Locale.SIMPLIFIED_CHINESE);
    }

    /** 2026年11月27日 14:05 in Chinese, 2026-11-27 14:05 in English; "" for {@code null}. */
    public static String dateTime(LocalDateTime at, Locale locale) {
        return at == null ? "" : at.format(chinese(locale) ? ZH_TIME : EN_TIME);
    }

    /** The instant in Beijing time, as {@link #dateTime(LocalDateTime, Locale)}; "" for {@code null}. */
    public static String dateTime(Instant at, Locale locale) {
        return at == null ? "" : dateTime(LocalDateTime.ofInstant(at, BEIJING), locale);
    }

    /** With seconds: 2026年11月27日 14:05:09 in Chinese, 2026-11-27 14:05:09 in English; "" for {@code null}. */
    public static String dateTimeSeconds(LocalDateTime at, Locale locale) {
        return at == null ? "" : at.format(chinese(locale) ? ZH_SECONDS : EN_SECONDS);
    }

    /** The instant in Beijing time, with seconds; "" for {@code null}. */
    public static String dateTimeSeconds(Instant at, Locale locale) {
        return at == null ? "" : dateTimeSeconds(LocalDateTime.ofInstant(at, BEIJING), locale);
    }

    /**
     * The date picker in the UI language, and returns it. Chinese: Chinese month and weekday names, weeks from
     * Monday, 今天/取消, shows 2026年11月27日 and also accepts 2026-11-27 and 2026/11/27. English: English names, weeks
     * from Monday, shows 2026-11-27 and also accepts 27/11/2026 (day first, never the US order).
     */
    public static <T extends DatePicker> T picker(T picker, Locale locale) {
        picker.setLocale(chinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.UK);
        picker.setI18n(pickerI18n(locale));
        return picker;
    }

    /** A date-and-time picker in the UI language: its date part as {@link #picker(DatePicker, Locale)}, 24-hour times. */
    public static DateTimePicker picker(DateTimePicker picker, Locale locale) {
        picker.setLocale(chinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.UK);
        picker.setDatePickerI18n(pickerI18n(locale));
        return picker;
    }

    /**
     * Gives the picker a date field's bounds (the same {@link DateBounds} the service checks): dates outside are
     * greyed out in its calendar, and a date typed outside is marked at the field at once with the bound named
     * ("不能早于 2025年12月7日" / "must not be before 2025-12-07"). Call after {@link #picker(DatePicker, Locale)}.
     * Returns the picker.
     */
    public static <T extends DatePicker> T bound(T picker, DateBounds bounds, Locale locale) {
        picker.setMin(bounds.earliest());
        picker.setMax(bounds.latest());
        DatePickerI18n i18n = picker.getI18n() == null ? pickerI18n(locale) : picker.getI18n();
        boolean zh = chinese(locale);
        if (bounds.earliest() != null) {
            i18n.setMinErrorMessage((zh ? "不能早于 " : "Must not be before ") + date(bounds.earliest(), locale));
        }
        if (bounds.latest() != null) {
            i18n.setMaxErrorMessage((zh ? "不能晚于 " : "Must not be after ") + date(bounds.latest(), locale));
        }
        picker.setI18n(i18n);
        return picker;
    }

    /**
     * The mark beside a date computed over a year whose holiday arrangement is not entered yet (the calendar's
     * {@code WorkingDayCalendar.provisional}): a small badge "按周末估算" / "estimated from weekends" whose tooltip says
     * it is recomputed when the arrangement is entered. Class {@code district-provisional}; words from the shell.
     */
    public static Span provisionalMark(Component owner) {
        Span mark = new Span(owner.getTranslation("shell.provisional"));
        mark.addClassName("district-provisional");
        mark.getElement().getThemeList().add("badge contrast small");
        mark.getElement().setAttribute("title", owner.getTranslation("shell.provisional.hint"));
        mark.getStyle().set("margin-inline-start", "0.4em").set("white-space", "nowrap");
        return mark;
    }

    private static DatePickerI18n pickerI18n(Locale locale) {
        DatePickerI18n i18n = new DatePickerI18n();
        if (chinese(locale)) {
            i18n.setMonthNames(List.of("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月",
                    "十一月", "十二月"));
            i18n.setWeekdays(List.of("星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"));
            i18n.setWeekdaysShort(List.of("日", "一", "二", "三", "四", "五", "六"));
            i18n.setToday("今天");
            i18n.setCancel("取消");
            i18n.setDateFormats("yyyy年M月d日", "yyyy-MM-dd", "yyyy/M/d");
            i18n.setBadInputErrorMessage("日期格式应为 2026年11月27日");
            i18n.setRequiredErrorMessage("必填");
        } else {
            i18n.setMonthNames(List.of("January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December"));
            i18n.setWeekdays(List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"));
            i18n.setWeekdaysShort(List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"));
            i18n.setToday("Today");
            i18n.setCancel("Cancel");
            i18n.setDateFormats("yyyy-MM-dd", "d/M/yyyy");
            i18n.setBadInputErrorMessage("Enter a date like 2026-11-27");
            i18n.setRequiredErrorMessage("Required");
        }
        i18n.setFirstDayOfWeek(1);
        return i18n;
    }
}
