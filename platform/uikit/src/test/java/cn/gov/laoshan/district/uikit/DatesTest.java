package cn.gov.laoshan.district.uikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

class DatesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 4, 14, 5, 9);

    @Test
    void datesAreChineseOrIso() {
        assertEquals("2026年11月27日", Dates.date(DAY, Locale.SIMPLIFIED_CHINESE));
        assertEquals("2026年11月27日", Dates.date(DAY, null), "no locale is the default language, Chinese");
        assertEquals("2026-11-27", Dates.date(DAY, Locale.ENGLISH));
        assertEquals("2026-11-27", Dates.date(DAY, Locale.US), "no US order");
        assertEquals("2026-03-04", Dates.date(AT.toLocalDate(), Locale.UK));
        assertEquals("2026年3月4日", Dates.date(AT.toLocalDate(), Locale.CHINA));
        assertEquals("", Dates.date(null, Locale.ENGLISH));
        assertEquals("", Dates.date(null, Locale.CHINA));
        assertEquals("2026年3月4日", Dates.chineseDate(AT.toLocalDate()));
        assertEquals("", Dates.chineseDate(null));
    }

    @Test
    void timesAreTwentyFourHour() {
        assertEquals("2026年3月4日 14:05", Dates.dateTime(AT, Locale.SIMPLIFIED_CHINESE));
        assertEquals("2026-03-04 14:05", Dates.dateTime(AT, Locale.ENGLISH));
        assertEquals("2026年3月4日 14:05:09", Dates.dateTimeSeconds(AT, null));
        assertEquals("2026-03-04 14:05:09", Dates.dateTimeSeconds(AT, Locale.US));
        assertEquals("", Dates.dateTime((LocalDateTime) null, Locale.ENGLISH));
        assertEquals("", Dates.dateTime((Instant) null, Locale.CHINA));
        assertEquals("", Dates.dateTimeSeconds((LocalDateTime) null, Locale.ENGLISH));
        assertEquals("", Dates.dateTimeSeconds((Instant) null, Locale.CHINA));
    }

    @Test
    void instantsAreShownInBeijingTime() {
        // 17:30 UTC on New Year's Eve is already 01:30 on 1 January in Beijing (UTC+8)
        Instant at = Instant.parse("2025-12-31T17:30:05Z");
        assertEquals("2026年1月1日 01:30", Dates.dateTime(at, Locale.SIMPLIFIED_CHINESE));
        assertEquals("2026-01-01 01:30", Dates.dateTime(at, Locale.ENGLISH));
        assertEquals("2026年1月1日 01:30:05", Dates.dateTimeSeconds(at, Locale.CHINA));
        assertEquals("2026-01-01 01:30:05", Dates.dateTimeSeconds(at, Locale.ENGLISH));
    }

    @Test
    void chineseIsTheDefault() {
        assertTrue(Dates.chinese(null));
        assertTrue(Dates.chinese(Locale.SIMPLIFIED_CHINESE));
        assertTrue(Dates.chinese(Locale.FRENCH));
        assertFalse(Dates.chinese(Locale.ENGLISH));
        assertFalse(Dates.chinese(Locale.UK));
    }

    @Test
    void theChinesePickerShowsChineseDatesAndAcceptsIso() {
        DatePicker picker = new DatePicker();
        assertSame(picker, Dates.picker(picker, Locale.SIMPLIFIED_CHINESE));
        DatePickerI18n i18n = picker.getI18n();
        assertEquals("yyyy年M月d日", i18n.getDateFormats().get(0), "shown as 2026年11月27日");
        assertEquals(List.of("yyyy年M月d日", "yyyy-MM-dd", "yyyy/M/d"), i18n.getDateFormats());
        assertEquals("十一月", i18n.getMonthNames().get(10));
        assertEquals("星期一", i18n.getWeekdays().get(1));
        assertEquals("五", i18n.getWeekdaysShort().get(5));
        assertEquals(1, i18n.getFirstDayOfWeek(), "weeks start on Monday");
        assertEquals("今天", i18n.getToday());
        assertEquals("取消", i18n.getCancel());
        assertEquals("日期格式应为 2026年11月27日", i18n.getBadInputErrorMessage());
        assertEquals(Locale.SIMPLIFIED_CHINESE, picker.getLocale());

        DatePicker noLocale = Dates.picker(new DatePicker(), null);
        assertEquals("yyyy年M月d日", noLocale.getI18n().getDateFormats().get(0));
    }

    @Test
    void theEnglishPickerShowsIsoDatesAndAcceptsDayFirst() {
        DatePicker picker = Dates.picker(new DatePicker("Start"), Locale.ENGLISH);
        DatePickerI18n i18n = picker.getI18n();
        assertEquals("yyyy-MM-dd", i18n.getDateFormats().get(0), "shown as 2026-11-27");
        assertEquals(List.of("yyyy-MM-dd", "d/M/yyyy"), i18n.getDateFormats(), "day first, never the US order");
        assertEquals("November", i18n.getMonthNames().get(10));
        assertEquals("Monday", i18n.getWeekdays().get(1));
        assertEquals(1, i18n.getFirstDayOfWeek());
        assertEquals("Today", i18n.getToday());
        assertEquals("Cancel", i18n.getCancel());
        assertEquals("Enter a date like 2026-11-27", i18n.getBadInputErrorMessage());
        assertEquals(Locale.UK, picker.getLocale());
        assertEquals("Start", picker.getLabel());

        // localizing again (the UI language changed) replaces the formats
        Dates.picker(picker, Locale.CHINA);
        assertEquals("yyyy年M月d日", picker.getI18n().getDateFormats().get(0));
    }

    @Test
    void aDateTimePickersDatePartIsLocalizedToo() {
        DateTimePicker en = Dates.picker(new DateTimePicker(), Locale.ENGLISH);
        assertEquals("yyyy-MM-dd", en.getDatePickerI18n().getDateFormats().get(0));
        assertEquals(Locale.UK, en.getLocale());
        DateTimePicker zh = Dates.picker(new DateTimePicker(), null);
        assertEquals("yyyy年M月d日", zh.getDatePickerI18n().getDateFormats().get(0));
        assertEquals("今天", zh.getDatePickerI18n().getToday());
        assertEquals(Locale.SIMPLIFIED_CHINESE, zh.getLocale());
    }
}
