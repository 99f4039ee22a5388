package cn.gov.laoshan.district.servicehall.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.servicehall.ServicehallPlugin;
import cn.gov.laoshan.district.servicehall.domain.Booking;
import cn.gov.laoshan.district.servicehall.domain.BookingChannel;
import cn.gov.laoshan.district.servicehall.domain.BookingState;
import cn.gov.laoshan.district.servicehall.domain.ItemGroup;
import cn.gov.laoshan.district.servicehall.domain.SlotCapacity;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * Capacity and bookings over the real migrations on Derby and, when configured, PostgreSQL: places are never
 * exceeded and a person never holds more than two open bookings, also when many book at once; Saturdays, holidays and
 * 调休 working Saturdays as the 2026 arrangement has them.
 */
class BookingDataTest {

    /** Monday 2026-12-07, 10:00 Beijing. */
    private static final String MONDAY = "2026-12-07T02:00:00Z";
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 12, 12);
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalDate BORN = LocalDate.of(1985, 6, 1);

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private static Booking.Request request(String item, LocalDate day, LocalTime starts, int person) {
        return new Booking.Request("ZX", item, day, starts, "居民" + person, Fixture.idNumber(BORN, person),
                "1391234" + String.format("%04d", person));
    }

    /** Runs every task at once on its own thread; returns what each returned or threw. */
    private static List<Object> together(List<Callable<Object>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return task.call();
                    } catch (RefusedException refused) {
                        return refused.messageKey();
                    }
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void concurrentBookingsNeverExceedASlotsPlaces(TestDatabase database) throws Exception {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            Fixture f = new Fixture(schema, MONDAY);
            assertEquals(13, f.capacity.setDay("ZX", ItemGroup.EXIT, TUESDAY, 5));
            List<Callable<Object>> tasks = new ArrayList<>();
            for (int p = 1; p <= 16; p++) {
                int person = p;
                tasks.add(() -> f.bookings.bookForCaller(request("CRJ-001", TUESDAY, NINE, person)));
            }
            List<Object> results = together(tasks);
            assertEquals(5, results.stream().filter(r -> r instanceof Booking).count(), results.toString());
            assertEquals(11, results.stream().filter("servicehall.error.slot-full"::equals).count(), results.toString());
            SlotCapacity nine = f.capacity.day("ZX", TUESDAY).stream()
                    .filter(s -> s.group() == ItemGroup.EXIT && s.starts().equals(NINE)).findFirst().orElseThrow();
            assertEquals(5, nine.booked());
            assertEquals(0, nine.free());
            assertEquals(5, f.bookings.ofDay("ZX", TUESDAY).size());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPersonHoldsAtMostTwoOpenBookingsAlsoWhenBookingAtOnce(TestDatabase database) throws Exception {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            Fixture f = new Fixture(schema, MONDAY);
            f.capacity.setDay("ZX", ItemGroup.EXIT, TUESDAY, 3);
            List<Callable<Object>> tasks = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                LocalTime starts = NINE.plusMinutes(30L * i);
                tasks.add(() -> f.bookings.bookForCaller(request("CRJ-001", TUESDAY, starts, 7)));
            }
            List<Object> results = together(tasks);
            assertEquals(2, results.stream().filter(r -> r instanceof Booking).count(), results.toString());
            assertEquals(4, results.stream().filter("servicehall.error.open-limit"::equals).count(), results.toString());
            // the refused ones gave back nothing they did not take: two places taken in all
            assertEquals(2, f.capacity.day("ZX", TUESDAY).stream().mapToInt(SlotCapacity::booked).sum());
            // a cancellation frees one
            Booking first = (Booking) results.stream().filter(r -> r instanceof Booking).findFirst().orElseThrow();
            assertEquals(BookingState.CANCELLED, f.bookings.cancel(first.number()).state());
            assertEquals(1, f.capacity.day("ZX", TUESDAY).stream().mapToInt(SlotCapacity::booked).sum());
            assertNotNull(f.bookings.bookForCaller(request("CRJ-001", TUESDAY, LocalTime.of(15, 0), 7)));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void saturdaysTakeSaturdayItemsOnlyAndBadRequestsChangeNothing(TestDatabase database) throws Exception {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            Fixture f = new Fixture(schema, MONDAY);
            assertEquals(6, f.capacity.setDay("ZX", ItemGroup.ESTATE, SATURDAY, 2));
            // BDC-002 (存量房买卖转移登记) is a Saturday item, BDC-001 (首次登记) is not
            Booking transfer = f.bookings.bookForCaller(request("BDC-002", SATURDAY, NINE, 1));
            assertEquals("ZX261212-", transfer.number().substring(0, 9));
            assertEquals(BookingChannel.STAFF, transfer.channel());
            assertEquals(ItemGroup.ESTATE, transfer.group());
            assertEquals("servicehall.error.not-saturday-item",
                    refused(() -> f.bookings.bookForCaller(request("BDC-001", SATURDAY, NINE, 2))).messageKey());
            assertEquals("idNumber", refused(() -> f.bookings.bookForCaller(new Booking.Request("ZX", "BDC-002",
                    SATURDAY, NINE, "王芳", "370212198506010012", "13912345678"))).field());
            assertEquals("mobile", refused(() -> f.bookings.bookForCaller(new Booking.Request("ZX", "BDC-002",
                    SATURDAY, NINE, "王芳", Fixture.idNumber(BORN, 3), "0532-8888888"))).field());
            assertEquals("starts", refused(() -> f.bookings.bookForCaller(request("BDC-002", SATURDAY,
                    LocalTime.of(13, 30), 4))).field(), "no Saturday afternoon");
            assertEquals("day", refused(() -> f.bookings.bookForCaller(request("BDC-002", SATURDAY.plusDays(1),
                    NINE, 4))).field(), "Sunday");
            assertEquals("day", refused(() -> f.bookings.bookForCaller(request("BDC-002", TUESDAY.plusDays(20),
                    NINE, 4))).field(), "beyond the booking window");
            assertEquals("hall", refused(() -> f.bookings.bookForCaller(new Booking.Request("JJL-01", "BDC-001",
                    TUESDAY, NINE, "王芳", Fixture.idNumber(BORN, 5), "13912345678"))).field());
            assertEquals(1, f.bookings.ofDay(null, SATURDAY).size());
            java.io.ByteArrayOutputStream sheet = new java.io.ByteArrayOutputStream();
            f.bookings.exportDay("ZX", SATURDAY, sheet);
            assertTrue(sheet.size() > 0 && sheet.toByteArray()[0] == 'P', "an .xlsx (a zip)");
            assertEquals(1, f.capacity.day("ZX", SATURDAY).stream().mapToInt(SlotCapacity::booked).sum());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aWorkingSaturdayOfTheArrangementIsBookedAsAWeekdayAndTheHolidayNot(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            Fixture f = new Fixture(schema, "2026-02-09T02:00:00Z");
            LocalDate workingSaturday = LocalDate.of(2026, 2, 14);
            assertEquals(13, f.capacity.setDay("ZX", ItemGroup.ESTATE, workingSaturday, 1));
            assertEquals("servicehall.error.day-closed-hall", refused(() -> f.capacity.setDay("ZX", ItemGroup.ESTATE,
                    LocalDate.of(2026, 2, 17), 1)).messageKey());
            // not a Saturday item, booked on the 调休 Saturday, in the afternoon too
            Booking first = f.bookings.bookForCaller(request("BDC-001", workingSaturday, LocalTime.of(14, 0), 1));
            assertEquals(workingSaturday, first.day());
            assertEquals(List.of(new BookingService.Free(workingSaturday, NINE, 1)), f.bookings
                    .availability("ZX", "BDC-001").stream().filter(s -> s.starts().equals(NINE)).toList());
            // copying that week onto the next: the days after the holiday get the places, holidays none
            f.capacity.setDay("ZX", ItemGroup.ESTATE, LocalDate.of(2026, 2, 9), 4);
            int copied = f.capacity.copyWeek("ZX", LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 16));
            assertEquals(0, copied, "Mon 2-16 to Sun 2-22 are all 春节 holidays");
            assertEquals(13, f.capacity.copyWeek("ZX", LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 23)),
                    "Mon 2-23 is a holiday, Sat 2-28 a 调休 working day: 13 slots of Saturday, none of Monday");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void threeNoShowsInAMonthBlockBookingForThirtyDays(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            Fixture f = new Fixture(schema, MONDAY);
            for (int d = 0; d < 4; d++) {
                f.capacity.setDay("ZX", ItemGroup.EXIT, TUESDAY.plusDays(d), 2);
            }
            for (int d = 0; d < 3; d++) {
                f.clock.set(java.time.Instant.parse(MONDAY).plus(java.time.Duration.ofDays(d)));
                f.bookings.bookForCaller(request("CRJ-001", TUESDAY.plusDays(d), NINE, 9));
                f.clock.set(java.time.Instant.parse(MONDAY).plus(java.time.Duration.ofDays(d + 2)));
                assertEquals(1, f.bookings.markNoShows());
            }
            // now Friday 12-11: the third no-show was Thursday 12-10
            RefusedException blocked = refused(() -> f.bookings.bookForCaller(request("CRJ-001", TUESDAY.plusDays(3),
                    LocalTime.of(15, 0), 9)));
            assertEquals("servicehall.error.no-show-blocked", blocked.messageKey());
            assertEquals(LocalDate.of(2027, 1, 9), blocked.parameters()[1]);
            assertEquals("booking.no-show", f.audit.last().action());
            assertFalse(f.audit.last().after().contains(Fixture.idNumber(BORN, 9)), "the ID is masked in the audit");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anEnterpriseBooksForItselfAndSeesAndCancelsOnlyItsOwn(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            Fixture f = new Fixture(schema, MONDAY);
            f.capacity.setDay("ZX", ItemGroup.MARKET, TUESDAY, 2);
            Booking clerks = f.bookings.bookForCaller(request("SC-001", TUESDAY, NINE, 1));
            f.access.asEnterprise("mingde-qy", "91370212MA3C000001", ServiceHallRoles.BOOKING_ENTERPRISE);
            Booking own = f.bookings.bookForEnterprise(request("SC-001", TUESDAY, NINE, 2));
            assertEquals("91370212MA3C000001", own.uscc());
            assertEquals(BookingChannel.ENTERPRISE, own.channel());
            assertEquals(List.of(own.number()), f.bookings.ofMyEnterprise().stream().map(Booking::number).toList());
            assertEquals("servicehall.error.booking-unknown", refused(() -> f.bookings.cancel(clerks.number()))
                    .messageKey());
            assertThrows(AccessDeniedException.class, () -> f.bookings.bookForCaller(request("SC-001", TUESDAY,
                    NINE.plusMinutes(30), 3)));
            assertEquals(BookingState.CANCELLED, f.bookings.cancel(own.number()).state());
            f.access.asEnterprise("hailan-qy", "91370212MA3C000002", ServiceHallRoles.BOOKING_ENTERPRISE);
            assertTrue(f.bookings.ofMyEnterprise().isEmpty());
            assertEquals("servicehall.error.booking-unknown", refused(() -> f.bookings.reschedule(own.number(),
                    TUESDAY, NINE)).messageKey());
        }
    }

    private static RefusedException refused(org.junit.jupiter.api.function.Executable step) {
        return assertThrows(RefusedException.class, step);
    }
}
