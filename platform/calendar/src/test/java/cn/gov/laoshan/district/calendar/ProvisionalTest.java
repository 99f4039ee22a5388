package cn.gov.laoshan.district.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.calendar.DayKind;
import cn.gov.laoshan.district.api.calendar.SpecialDay;
import cn.gov.laoshan.district.calendar.domain.ArrangementCsv;
import cn.gov.laoshan.district.calendar.domain.CalendarException;
import cn.gov.laoshan.district.calendar.domain.CalendarRules;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;

/** Dates computed over a year without an arrangement are provisional; importing it makes them final and moves them. */
class ProvisionalTest {

    /** New Year 2027 as the State Council's notice would have it (元旦 1/1–1/3), transcribed as staff would. */
    static final String NEW_YEAR_2027 = """
            # 国务院办公厅关于2027年部分节假日安排的通知（节选，测试用）
            date,kind,name_zh,name_en
            2027-01-01,放假,元旦,New Year's Day
            2027-01-02,HOLIDAY,元旦,New Year's Day
            2027-01-03,HOLIDAY,元旦,New Year's Day
            2027-02-20,上班,"春节调休上班",Spring Festival make-up working day
            """;

    private final CalendarRules only2026 = new CalendarRules(OfficialSchedules.days(2026), Set.of(2026));

    @Test
    void aDeadlineReachingIntoAYearWithoutArrangementIsProvisional() {
        LocalDate applied = LocalDate.of(2026, 12, 15);
        LocalDate deadline = only2026.deadline(applied, 15);
        // counted over weekends only: 12-16..12-31 are 12 weekdays, then 2027-01-01 (Fri, New Year's Day!) and on
        assertEquals(LocalDate.of(2027, 1, 5), deadline);
        assertTrue(only2026.provisional(applied, deadline));
        assertTrue(only2026.provisional(deadline, applied), "either order");
        assertFalse(only2026.provisional(LocalDate.of(2026, 3, 1), only2026.deadline(LocalDate.of(2026, 3, 1), 15)));
        assertFalse(only2026.provisional(null, deadline));
    }

    @Test
    void theImportedArrangementMakesItFinalAndMovesTheDeadlinePastTheHoliday() {
        List<SpecialDay> imported = ArrangementCsv.read(new StringReader(NEW_YEAR_2027));
        assertEquals(4, imported.size());
        assertEquals(DayKind.HOLIDAY, imported.get(0).kind());
        assertEquals(DayKind.ADJUSTED_WORKDAY, imported.get(3).kind());
        List<SpecialDay> all = new ArrayList<>(OfficialSchedules.days(2026));
        all.addAll(imported);
        CalendarRules with2027 = new CalendarRules(all, Set.of(2026, 2027));
        LocalDate applied = LocalDate.of(2026, 12, 15);
        assertEquals(LocalDate.of(2027, 1, 6), with2027.deadline(applied, 15), "New Year's Day no longer counts");
        assertFalse(with2027.provisional(applied, with2027.deadline(applied, 15)));
    }

    @Test
    void theKindIsReadInTheWordsTheHintsName() {
        // the English screen's hint says holiday/workday, the Chinese one 放假/上班 (as the notice writes them)
        List<SpecialDay> days = ArrangementCsv.read(new StringReader(
                "2027-01-01,holiday,元旦,New Year's Day\n2027-02-07,Workday,春节调休,Spring Festival make-up day\n"
                        + "2027-02-08,放假,春节,Spring Festival\n2027-02-20,上班,春节调休,\n"));
        assertEquals(List.of(DayKind.HOLIDAY, DayKind.ADJUSTED_WORKDAY, DayKind.HOLIDAY, DayKind.ADJUSTED_WORKDAY),
                days.stream().map(SpecialDay::kind).toList());
        assertEquals("calendar.error.csv-line", assertThrows(CalendarException.class,
                () -> ArrangementCsv.read(new StringReader("2027-01-01,day off,元旦,\n"))).key());
    }

    @Test
    void aBadLineRefusesTheWholeFileNamingTheLine() {
        CalendarException bad = assertThrows(CalendarException.class, () -> ArrangementCsv.read(new StringReader(
                "2027-01-01,HOLIDAY,元旦,\n2027-13-01,HOLIDAY,元旦,\n")));
        assertEquals("calendar.error.csv-line", bad.key());
        assertEquals(2L, bad.args()[0]);
        CalendarException weekday = assertThrows(CalendarException.class, () -> ArrangementCsv.read(new StringReader(
                "2027-01-04,上班,调休,\n")));
        assertEquals("calendar.error.csv-day", weekday.key());
        assertEquals("calendar.error.workday-not-weekend", ((CalendarException) weekday.args()[2]).key());
        assertEquals("calendar.error.csv-empty", assertThrows(CalendarException.class,
                () -> ArrangementCsv.read(new StringReader("# nothing\n"))).key());
        assertEquals("calendar.error.csv-line", assertThrows(CalendarException.class,
                () -> ArrangementCsv.read(new StringReader("2027-01-01,HOLIDAY,元旦\n2027-01-01,HOLIDAY,元旦\n"))).key());
    }
}
