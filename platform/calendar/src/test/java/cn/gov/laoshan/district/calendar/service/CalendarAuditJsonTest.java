package cn.gov.laoshan.district.calendar.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.calendar.DayKind;
import cn.gov.laoshan.district.api.calendar.SpecialDay;

class CalendarAuditJsonTest {

    @Test
    void aDayIsAuditedAsJsonWhateverItsNameHolds() {
        assertEquals("{\"date\":\"2027-10-01\",\"kind\":\"HOLIDAY\",\"nameZh\":\"国庆节\",\"nameEn\":\"National \\\"Day\\\"\"}",
                CalendarService.json(new SpecialDay(LocalDate.of(2027, 10, 1), DayKind.HOLIDAY, "国庆节",
                        "National \"Day\"")));
        // a line break or tab in a name (a pasted cell) stays inside the string: the hand-written escaper let it out
        assertEquals("{\"date\":\"2027-10-01\",\"kind\":\"HOLIDAY\",\"nameZh\":\"国庆\\n节\",\"nameEn\":\"a\\tb\"}",
                CalendarService.json(new SpecialDay(LocalDate.of(2027, 10, 1), DayKind.HOLIDAY, "国庆\n节", "a\tb")));
    }
}
