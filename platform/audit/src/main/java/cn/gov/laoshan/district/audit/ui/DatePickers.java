package cn.gov.laoshan.district.audit.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;

/** Date pickers in the UI language: 2026年11月27日 with Chinese month and day names, or ISO dates in English. */
final class DatePickers {

    private DatePickers() {
    }

    static void localize(DatePicker picker, Locale locale) {
        DatePickerI18n i18n = new DatePickerI18n();
        if (Formats.chinese(locale)) {
            picker.setLocale(Locale.SIMPLIFIED_CHINESE);
            i18n.setMonthNames(List.of("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月",
                    "十一月", "十二月"));
            i18n.setWeekdays(List.of("星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"));
            i18n.setWeekdaysShort(List.of("日", "一", "二", "三", "四", "五", "六"));
            i18n.setFirstDayOfWeek(1);
            i18n.setToday("今天");
            i18n.setCancel("取消");
            i18n.setDateFormats("yyyy年M月d日", "yyyy-MM-dd", "yyyy/M/d");
            i18n.setBadInputErrorMessage("日期格式应为 2026年11月27日");
        } else {
            picker.setLocale(Locale.UK);
            i18n.setMonthNames(List.of("January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December"));
            i18n.setWeekdays(List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"));
            i18n.setWeekdaysShort(List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"));
            i18n.setFirstDayOfWeek(1);
            i18n.setToday("Today");
            i18n.setCancel("Cancel");
            i18n.setDateFormats("yyyy-MM-dd", "d/M/yyyy");
            i18n.setBadInputErrorMessage("Enter a date like 2026-11-27");
        }
        picker.setI18n(i18n);
    }
}
