package cn.gov.laoshan.district.mediation.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.uikit.Dates;

/** A notice's deadline reads as the screens show a date in Chinese, though the service formats it without uikit. */
class CaseNoticesTest {

    @Test
    void theDeadlineIsWrittenAsTheScreensWriteAChineseDate() {
        for (LocalDate day : new LocalDate[] {LocalDate.of(2026, 12, 3), LocalDate.of(2027, 1, 31),
                LocalDate.of(2026, 10, 10)}) {
            assertEquals(Dates.date(day, Locale.SIMPLIFIED_CHINESE), day.format(CaseNotices.CHINESE_DATE));
        }
        assertEquals("2026年12月3日", LocalDate.of(2026, 12, 3).format(CaseNotices.CHINESE_DATE));
    }
}
