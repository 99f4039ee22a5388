package cn.gov.laoshan.district.servicehall.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.servicehall.ServicehallPlugin;
import cn.gov.laoshan.district.servicehall.domain.Booking;
import cn.gov.laoshan.district.servicehall.domain.BookingState;
import cn.gov.laoshan.district.servicehall.domain.ItemGroup;
import cn.gov.laoshan.district.servicehall.domain.Visit;
import cn.gov.laoshan.district.servicehall.domain.VisitState;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/** The day's queue over the real migrations on Derby and, when configured, PostgreSQL. */
class QueueDataTest {

    /** Monday 2026-12-07 08:30 Beijing: bookings for the day are made the evening before, the hall opens at 9. */
    private static final String EVENING_BEFORE = "2026-12-06T10:00:00Z";
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private static Instant beijing(String time) {
        return MONDAY.atTime(LocalTime.parse(time)).atZone(BookingService.BEIJING).toInstant();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void checkedInAppointmentsAndWalkInsAreCalledByTheRuleAndTimed(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            Fixture f = new Fixture(schema, EVENING_BEFORE);
            f.capacity.setDay("ZX", ItemGroup.EXIT, MONDAY, 2);
            Booking nine = f.bookings.bookForCaller(new Booking.Request("ZX", "CRJ-001", MONDAY, LocalTime.of(9, 30),
                    "王芳", Fixture.idNumber(LocalDate.of(1980, 1, 1), 1), "13912340001"));
            Booking late = f.bookings.bookForCaller(new Booking.Request("ZX", "CRJ-004", MONDAY, LocalTime.of(9, 0),
                    "李强", Fixture.idNumber(LocalDate.of(1980, 1, 1), 2), "13912340002"));
            AtomicInteger signals = new AtomicInteger();
            QueueService queue = new QueueService(new QueueRepository(schema.jdbi()), f.bookings, f.catalogue,
                    f.halls, f.access, f.audit, new QueueSignals(), f.clock);
            queue.signals().listen(hall -> signals.incrementAndGet());

            f.clock.set(beijing("09:05"));
            Visit walkIn = queue.walkIn("ZX", "CRJ-002", null, null);
            assertEquals("B001", walkIn.ticket());
            f.clock.set(beijing("09:10"));
            Visit appointment = queue.checkIn("ZX", nine.number());
            assertEquals("B002", appointment.ticket());
            assertEquals(LocalTime.of(9, 30), appointment.appointmentAt());
            assertEquals(BookingState.CHECKED_IN, f.bookings.find(nine.number()).orElseThrow().state());
            f.clock.set(beijing("09:40"));
            Visit lateOne = queue.checkIn("ZX", late.number());
            assertNull(lateOne.appointmentAt(), "40 minutes after its 9:00 slot: waits as a walk-in");
            assertEquals("servicehall.error.booking-not-open", refused(() -> queue.checkIn("ZX", nine.number()))
                    .messageKey());

            // window 5 (出入境) at 9:41: the due appointment first, then walk-ins by arrival (B001 before B003)
            List<String> order = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                f.clock.set(beijing("09:41").plusSeconds(i * 600L));
                Visit called = queue.callNext("ZX", 5).orElseThrow();
                order.add(called.ticket());
                assertEquals(5, called.windowNumber());
                queue.start(called.id());
                f.clock.set(beijing("09:41").plusSeconds(i * 600L + 300));
                queue.finish(called.id());
            }
            assertEquals(List.of("B002", "B001", "B003"), order);
            assertEquals(Optional.empty(), queue.callNext("ZX", 5));
            QueueService.Times times = queue.times("ZX", MONDAY);
            assertEquals(3, times.served());
            assertEquals(5.0, times.averageServiceMinutes(), 0.001);
            // waited: B002 9:10→9:41 (31), B001 9:05→9:51 (46), B003 9:40→10:01 (21)
            assertEquals(98.0 / 3, times.averageWaitMinutes(), 0.001);
            assertTrue(signals.get() >= 3 + 9);
            assertEquals("queue.finish", f.audit.last().action());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aWindowCallsOnlyItsGroupsAndOnlyItsClerkServesTheTicket(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            Fixture f = new Fixture(schema, EVENING_BEFORE);
            QueueService queue = new QueueService(new QueueRepository(schema.jdbi()), f.bookings, f.catalogue,
                    f.halls, f.access, f.audit, new QueueSignals(), f.clock);
            f.clock.set(beijing("09:00"));
            Visit estate = queue.walkIn("ZX", "BDC-002", "赵敏", "13912340003");
            assertEquals("A001", estate.ticket());
            assertEquals(Optional.empty(), queue.callNext("ZX", 5), "window 5 serves entry and exit only");
            f.halls.saveWindow(new cn.gov.laoshan.district.servicehall.domain.HallWindow("ZX", 1,
                    java.util.Set.of(ItemGroup.ESTATE), "sunli"));
            assertEquals("servicehall.error.not-your-window", refused(() -> queue.callNext("ZX", 1)).messageKey());
            f.access.as("sunli", ServiceHallRoles.DEPARTMENT, ServiceHallRoles.BOOKING_MANAGE, ServiceHallRoles.CATALOGUE_READ)
                    .within(ServiceHallRoles.DEPARTMENT);
            Visit called = queue.callNext("ZX", 1).orElseThrow();
            assertEquals(VisitState.CALLED, called.state());
            f.access.as("other-clerk", ServiceHallRoles.DEPARTMENT, ServiceHallRoles.BOOKING_MANAGE)
                    .within(ServiceHallRoles.DEPARTMENT);
            assertEquals("servicehall.error.not-your-ticket", refused(() -> queue.start(called.id())).messageKey());
            assertEquals("item", refused(() -> queue.walkIn("ZX", "NO-SUCH", null, null)).field());
            QueueService.Board board = queue.board("ZX");
            assertEquals(List.of("A001"), board.called().stream().map(Visit::ticket).toList());
        }
    }

    private static RefusedException refused(org.junit.jupiter.api.function.Executable step) {
        return assertThrows(RefusedException.class, step);
    }
}
