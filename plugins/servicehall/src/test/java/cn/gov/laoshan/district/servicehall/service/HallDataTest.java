package cn.gov.laoshan.district.servicehall.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;
import cn.gov.laoshan.district.servicehall.ServicehallPlugin;
import cn.gov.laoshan.district.servicehall.domain.Hall;
import cn.gov.laoshan.district.servicehall.domain.HallLevel;
import cn.gov.laoshan.district.servicehall.domain.HallWindow;
import cn.gov.laoshan.district.servicehall.domain.ItemGroup;
import cn.gov.laoshan.district.servicehall.domain.Opening;
import cn.gov.laoshan.district.servicehall.domain.Period;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/** The shipped halls, their hours and windows, and their changes, on Derby and, when configured, PostgreSQL. */
class HallDataTest {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private final TestAccess access = TestAccess.staff("zhongxin-admin", ServiceHallRoles.DEPARTMENT,
            ServiceHallRoles.CATALOGUE_READ, ServiceHallRoles.HALL_MANAGE).within(ServiceHallRoles.DEPARTMENT);
    private final RecordingAuditLog audit = new RecordingAuditLog(access);

    @ParameterizedTest
    @MethodSource("databases")
    void theDistrictHasOneCentreFiveStreetCentresAndCommunityStations(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            HallService halls = new HallService(new HallRepository(schema.jdbi()), access, audit,
                    OfficialSchedules.calendar());
            List<Hall> all = halls.halls();
            assertEquals(List.of(HallLevel.DISTRICT, HallLevel.STREET, HallLevel.STREET, HallLevel.STREET,
                    HallLevel.STREET, HallLevel.STREET, HallLevel.COMMUNITY, HallLevel.COMMUNITY, HallLevel.COMMUNITY),
                    all.stream().map(Hall::level).toList());
            Hall centre = all.get(0);
            assertEquals("崂山区政务服务中心", centre.name());
            assertEquals(Set.of(ItemGroup.values()), centre.groups());
            assertEquals(20, halls.windows("ZX").size());
            assertEquals(13, halls.opening(centre, LocalDate.of(2026, 12, 7)).slots(centre.slotMinutes()).size());
            Opening saturday = halls.opening(centre, LocalDate.of(2026, 12, 12));
            assertEquals(Opening.Kind.SATURDAY, saturday.kind());
            assertEquals(6, saturday.slots(30).size());
            assertEquals(Opening.Kind.CLOSED, halls.opening(halls.find("WGZ").orElseThrow(),
                    LocalDate.of(2026, 12, 12)).kind());
            // Sat 9-19 plain Saturday, Sun 9-20 调休 working day, Mon to Thu, then Fri 9-25 and Sat 9-26 中秋节
            assertEquals(List.of(Opening.Kind.SATURDAY, Opening.Kind.WORKING, Opening.Kind.WORKING,
                    Opening.Kind.WORKING, Opening.Kind.WORKING, Opening.Kind.WORKING, Opening.Kind.CLOSED,
                    Opening.Kind.CLOSED), halls.openings(centre, LocalDate.of(2026, 9, 19), 8).stream()
                            .map(Opening::kind).toList());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theCentresAdministratorChangesHoursAndWindowsAudited(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            HallService halls = new HallService(new HallRepository(schema.jdbi()), access, audit,
                    OfficialSchedules.calendar());
            halls.setHours("WGZ", DayOfWeek.SATURDAY, List.of(new Period(LocalTime.of(9, 0), LocalTime.of(11, 0))));
            Hall wgz = halls.find("WGZ").orElseThrow();
            assertEquals(4, halls.opening(wgz, LocalDate.of(2026, 12, 12)).slots(30).size());
            assertEquals("hall.hours", audit.last().action());
            RefusedException overlap = assertThrows(RefusedException.class, () -> halls.setHours("WGZ",
                    DayOfWeek.MONDAY, List.of(new Period(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                            new Period(LocalTime.of(11, 30), LocalTime.of(17, 0)))));
            assertEquals("servicehall.error.hours-overlap", overlap.messageKey());
            assertEquals(13, halls.opening(wgz, LocalDate.of(2026, 12, 7)).slots(30).size(), "unchanged");
            // as the halls screen writes them
            halls.setHours("WGZ", DayOfWeek.SATURDAY, "9:00-10:00， 10:30–11:30");
            assertEquals("09:00-10:00, 10:30-11:30", Period.format(halls.find("WGZ").orElseThrow()
                    .hoursOn(DayOfWeek.SATURDAY)));
            assertEquals("servicehall.error.hours-format", assertThrows(RefusedException.class,
                    () -> halls.setHours("WGZ", DayOfWeek.SATURDAY, "9 to 11")).messageKey());
            assertEquals("servicehall.error.hours-format", assertThrows(RefusedException.class,
                    () -> halls.setHours("WGZ", DayOfWeek.SATURDAY, "11:00-09:00")).messageKey());
            assertEquals(2, halls.find("WGZ").orElseThrow().hoursOn(DayOfWeek.SATURDAY).size(), "a refusal changes nothing");
            halls.setHours("WGZ", DayOfWeek.SATURDAY, "");
            assertTrue(halls.find("WGZ").orElseThrow().hoursOn(DayOfWeek.SATURDAY).isEmpty(), "closed on Saturdays");
            halls.saveWindow(new HallWindow("WGZ", 6, Set.of(ItemGroup.ESTATE), "sunli"));
            assertTrue(halls.find("WGZ").orElseThrow().groups().contains(ItemGroup.ESTATE));
            halls.setTeamLeader("WGZ", "sunli");
            assertEquals("sunli", halls.find("WGZ").orElseThrow().teamLeader());
            access.as("sunli", ServiceHallRoles.DEPARTMENT, ServiceHallRoles.CATALOGUE_READ,
                    ServiceHallRoles.CAPACITY_MANAGE).within(ServiceHallRoles.DEPARTMENT);
            assertThrows(AccessDeniedException.class, () -> halls.setTeamLeader("WGZ", "other"));
        }
    }
}
