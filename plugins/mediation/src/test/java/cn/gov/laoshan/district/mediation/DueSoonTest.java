package cn.gov.laoshan.district.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.calendar.SpecialDay;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.mediation.domain.CaseState;
import cn.gov.laoshan.district.mediation.domain.MediationCase;

/** "Due soon" counts working days, as the deadlines do: a weekend or a holiday widens the window. */
class DueSoonTest {

    /** Weekends and the given holidays are off; nothing else is known. */
    record Calendar(Set<LocalDate> holidays) implements WorkingDayCalendar {
        @Override
        public boolean isWorkingDay(LocalDate date) {
            return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !holidays.contains(date);
        }

        @Override
        public LocalDate addWorkingDays(LocalDate start, int n) {
            LocalDate day = start;
            for (int left = n; left > 0;) {
                day = day.plusDays(1);
                if (isWorkingDay(day)) {
                    left--;
                }
            }
            return day;
        }

        @Override
        public LocalDate deadline(LocalDate applied, int workingDays) {
            return addWorkingDays(applied, workingDays);
        }

        @Override
        public int workingDaysBetween(LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<String> holidayName(LocalDate date) {
            return Optional.empty();
        }

        @Override
        public Optional<SpecialDay> specialDay(LocalDate date) {
            return Optional.empty();
        }

        @Override
        public List<SpecialDay> specialDays(int year) {
            return List.of();
        }

        @Override
        public boolean knowsYear(int year) {
            return true;
        }
    }

    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);

    @Test
    void theWindowIsThreeWorkingDaysAcrossTheWeekendAndHolidays() {
        assertEquals(LocalDate.of(2026, 11, 24), MediationCase.dueSoonUntil(THURSDAY, new Calendar(Set.of())),
                "Thursday + 3 working days = Tuesday");
        assertEquals(LocalDate.of(2026, 11, 25),
                MediationCase.dueSoonUntil(THURSDAY, new Calendar(Set.of(LocalDate.of(2026, 11, 20)))),
                "a holiday on Friday moves it to Wednesday");
    }

    @Test
    void anOpenCaseDueWithinTheWindowIsDueSoonAnOverdueOrClosedOneIsNot() {
        // deadline Monday 2026-11-23: four calendar days after Thursday, but within three working days
        MediationCase open = CaseWorkflowTest.labourCase(CaseState.IN_MEDIATION);
        LocalDate until = MediationCase.dueSoonUntil(THURSDAY, new Calendar(Set.of()));
        assertTrue(open.dueSoon(THURSDAY, until));
        assertFalse(open.dueSoon(LocalDate.of(2026, 11, 16), MediationCase.dueSoonUntil(LocalDate.of(2026, 11, 16),
                new Calendar(Set.of()))), "a week ahead: not yet");
        assertFalse(open.dueSoon(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 27)), "overdue, not due soon");
        assertFalse(CaseWorkflowTest.labourCase(CaseState.CLOSED).dueSoon(THURSDAY, until), "closed");
    }
}
