package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.calendar.CalendarDependent;
import cn.gov.laoshan.district.api.calendar.DayKind;
import cn.gov.laoshan.district.api.calendar.SpecialDay;
import cn.gov.laoshan.district.api.notify.Notifications;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.calendar.domain.CalendarException;
import cn.gov.laoshan.district.calendar.service.CalendarService;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.testkit.TestDatabase;
import cn.gov.laoshan.district.testdoubles.TestAccess;

/** The calendar's table, its official 2026 load, edits, permissions and audit on Derby and PostgreSQL. */
class CalendarDataIT {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void loadsTheOfficialYearOnceEditsRecomputeAndSurviveARestart(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            database.migrateFromClassPath("platform", "migrations_calendar", CalendarService.class.getClassLoader(),
                    "cn/gov/laoshan/district/calendar/db");
            TestAccess access = new TestAccess().as("admin1", "platform", CalendarService.VIEW, CalendarService.EDIT);
            List<String> audit = new ArrayList<>();
            AuditLog log = (source, action, type, id, before, after) -> audit.add(action + " " + id + " " + after);
            CalendarService calendar = new CalendarService(database.jdbi("platform"), access, () -> Optional.of(log),
                    Clock.systemDefaultZone());
            calendar.start();
            assertTrue(calendar.knowsYear(2026));
            assertEquals(39, calendar.list(2026).size());
            assertEquals(d("2026-03-11"), calendar.deadline(d("2026-02-12"), 15));
            assertEquals(d("2026-10-10"), calendar.addWorkingDays(d("2026-09-28"), 5));

            // an administrator enters 2027's New Year's Day: the next working day moves at once
            assertEquals(d("2027-01-01"), calendar.addWorkingDays(d("2026-12-31"), 1));
            calendar.save(null, new SpecialDay(d("2027-01-01"), DayKind.HOLIDAY, " 元旦 ", "New Year's Day"));
            assertEquals(d("2027-01-04"), calendar.addWorkingDays(d("2026-12-31"), 1));
            assertEquals("元旦", calendar.holidayName(d("2027-01-01")).orElseThrow());
            assertTrue(audit.get(0).startsWith("day.add 2027-01-01 {\"date\":\"2027-01-01\""), audit.toString());

            // bad input changes nothing
            CalendarException twice = assertThrows(CalendarException.class, () -> calendar.save(null,
                    new SpecialDay(d("2027-01-01"), DayKind.HOLIDAY, "元旦", "")));
            assertEquals("calendar.error.exists", twice.key());
            assertEquals("calendar.error.workday-not-weekend", assertThrows(CalendarException.class,
                    () -> calendar.save(null, new SpecialDay(d("2027-01-05"), DayKind.ADJUSTED_WORKDAY, "调休", ""))).key());
            assertEquals("calendar.error.exists", assertThrows(CalendarException.class, () -> calendar.save(
                    d("2027-01-01"), new SpecialDay(d("2026-10-01"), DayKind.HOLIDAY, "国庆节", ""))).key());
            assertEquals("元旦", calendar.holidayName(d("2027-01-01")).orElseThrow(), "the failed move kept the day");
            assertEquals(1, audit.size());

            // change the date of an entry, then delete it
            calendar.save(d("2027-01-01"), new SpecialDay(d("2027-01-02"), DayKind.HOLIDAY, "元旦", ""));
            assertTrue(calendar.isWorkingDay(d("2027-01-01")));
            calendar.delete(d("2027-01-02"));
            assertFalse(calendar.specialDay(d("2027-01-02")).isPresent());
            assertEquals("calendar.error.gone", assertThrows(CalendarException.class,
                    () -> calendar.delete(d("2027-01-02"))).key());
            assertEquals(3, audit.size());

            // the permissions are checked by the service, not only by the screen
            access.as("clerk", "justice", CalendarService.VIEW);
            assertThrows(AccessDeniedException.class, () -> calendar.delete(d("2026-10-01")));
            assertEquals(39, calendar.list(2026).size());
            access.as("visitor", "justice");
            assertThrows(AccessDeniedException.class, () -> calendar.list(2026));
            assertEquals(d("2026-03-11"), calendar.deadline(d("2026-02-12"), 15), "the API itself needs no permission");

            // an administrator's deletion of an official day survives a restart: the year is not loaded again
            access.as("admin1", "platform", CalendarService.VIEW, CalendarService.EDIT);
            calendar.delete(d("2026-06-21"));
            CalendarService restarted = new CalendarService(database.jdbi("platform"), access, Optional::empty,
                    Clock.systemDefaultZone());
            restarted.start();
            assertEquals(38, restarted.list(2026).size());
            assertFalse(restarted.specialDay(d("2026-06-21")).isPresent());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void nextYearsMissingArrangementIsAnnouncedOnceAndImportingItRecomputesTheDependents(TestDatabase test)
            throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            database.migrateFromClassPath("platform", "migrations_calendar", CalendarService.class.getClassLoader(),
                    "cn/gov/laoshan/district/calendar/db");
            TestAccess access = new TestAccess().as("admin1", "platform", CalendarService.VIEW, CalendarService.EDIT);
            List<String> audit = new ArrayList<>();
            AuditLog log = (source, action, type, id, before, after) -> audit.add(action + " " + id);
            MutableClock clock = new MutableClock(LocalDate.of(2026, 10, 31).atTime(10, 0)
                    .atZone(ZoneId.of("Asia/Shanghai")).toInstant());
            List<Set<Integer>> asked = new ArrayList<>();
            CalendarDependent deadlines = new CalendarDependent() {
                public int recompute(Set<Integer> years) {
                    asked.add(years);
                    return 3;
                }

                public String whatKey() {
                    return "mediation.recompute.what";
                }
            };
            CalendarService calendar = new CalendarService(database.jdbi("platform"), access, () -> Optional.of(log),
                    clock, () -> List.of(deadlines));
            calendar.start();
            List<String> sent = new ArrayList<>();
            Notifications bell = (to, message) -> {
                sent.add(to.kind() + ":" + to.value() + " " + message.title());
                return sent.size();
            };

            // October: nothing yet; from 1 November once, not every day
            assertFalse(calendar.noticeMissingArrangement(bell));
            clock.advance(Duration.ofDays(1));
            assertTrue(calendar.noticeMissingArrangement(bell));
            clock.advance(Duration.ofDays(1));
            assertFalse(calendar.noticeMissingArrangement(bell), "the next day: not again");
            assertEquals(List.of("PERMISSION:calendar.edit 2027年节假日安排尚未录入"), sent);

            // a bad file changes nothing
            assertEquals("calendar.error.csv-line", assertThrows(CalendarException.class,
                    () -> calendar.importArrangement(new StringReader("2027-01-01,HOLIDAY,元旦,\n2027-02-30,HOLIDAY,x,\n"),
                            "bad.csv")).key());
            assertFalse(calendar.knowsYear(2027));
            assertTrue(calendar.list(2027).isEmpty());
            assertTrue(asked.isEmpty());

            // the State Council's notice imported: the year is known, the dependents recount, the count comes back
            CalendarService.Imported imported = calendar.importArrangement(new StringReader(
                    "# 国务院办公厅关于2027年部分节假日安排的通知\ndate,kind,name_zh,name_en\n"
                            + "2027-01-01,放假,元旦,New Year's Day\n2027-01-02,放假,元旦,\n2027-01-03,放假,元旦,\n"), "2027.csv");
            assertEquals(Set.of(2027), imported.years());
            assertEquals(3, imported.days());
            assertEquals(3, imported.recomputed().total());
            assertEquals(java.util.Map.of("mediation.recompute.what", 3), imported.recomputed().moved());
            assertEquals(List.of(Set.of(2027)), asked);
            assertTrue(calendar.knowsYear(2027));
            assertFalse(calendar.provisional(LocalDate.of(2026, 12, 15), LocalDate.of(2027, 1, 6)));
            assertTrue(audit.contains("year.import [2027]"), audit.toString());
            assertFalse(calendar.noticeMissingArrangement(bell), "entered: nothing to announce");

            // a clerk may not import
            access.as("clerk", "justice", CalendarService.VIEW);
            assertThrows(AccessDeniedException.class, () -> calendar.importArrangement(new StringReader(""), "x.csv"));
            assertThrows(AccessDeniedException.class, () -> calendar.confirmYear(2028));
        }
    }
}
