package cn.gov.laoshan.district.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.calendar.DayKind;
import cn.gov.laoshan.district.api.calendar.SpecialDay;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;
import cn.gov.laoshan.district.mediation.domain.CaseState;
import cn.gov.laoshan.district.mediation.domain.MediationCase;

/** "Due soon" counts working days, as the deadlines do: a weekend or a holiday widens the window. */
class DueSoonTest {

    /** The platform's calendar arithmetic over the official arrangements, plus {@code extra} holidays. */
    private static WorkingDayCalendar calendar(LocalDate... extra) {
        return OfficialSchedules.calendar(Arrays.stream(extra)
                .map(day -> new SpecialDay(day, DayKind.HOLIDAY, "测试假日", "Test holiday")).toArray(SpecialDay[]::new));
    }

    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);

    @Test
    void theWindowIsThreeWorkingDaysAcrossTheWeekendAndHolidays() {
        assertEquals(LocalDate.of(2026, 11, 24), MediationCase.dueSoonUntil(THURSDAY, calendar()),
                "Thursday + 3 working days = Tuesday");
        assertEquals(LocalDate.of(2026, 11, 25),
                MediationCase.dueSoonUntil(THURSDAY, calendar(LocalDate.of(2026, 11, 20))),
                "a holiday on Friday moves it to Wednesday");
    }

    @Test
    void anOpenCaseDueWithinTheWindowIsDueSoonAnOverdueOrClosedOneIsNot() {
        // deadline Monday 2026-11-23: four calendar days after Thursday, but within three working days
        MediationCase open = CaseWorkflowTest.labourCase(CaseState.IN_MEDIATION);
        LocalDate until = MediationCase.dueSoonUntil(THURSDAY, calendar());
        assertTrue(open.dueSoon(THURSDAY, until));
        assertFalse(open.dueSoon(LocalDate.of(2026, 11, 16), MediationCase.dueSoonUntil(LocalDate.of(2026, 11, 16),
                calendar())), "a week ahead: not yet");
        assertFalse(open.dueSoon(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 27)), "overdue, not due soon");
        assertFalse(CaseWorkflowTest.labourCase(CaseState.CLOSED).dueSoon(THURSDAY, until), "closed");
    }
}
