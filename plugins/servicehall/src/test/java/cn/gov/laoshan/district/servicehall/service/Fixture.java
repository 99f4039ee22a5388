package cn.gov.laoshan.district.servicehall.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;
import cn.gov.laoshan.district.servicehall.domain.IdNumber;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.uikit.SettableClock;

/** The plugin's services over a test schema, made as {@code ServicehallPlugin} makes them, on a settable clock. */
final class Fixture {

    /** What the plugin posted. */
    static final class Events implements EventAdmin {
        final List<Event> posted = new CopyOnWriteArrayList<>();

        public void postEvent(Event event) {
            posted.add(event);
        }

        public void sendEvent(Event event) {
            posted.add(event);
        }
    }

    final TestAccess access = TestAccess.staff("zhongxin-admin", ServiceHallRoles.DEPARTMENT,
            ServiceHallRoles.CATALOGUE_READ, ServiceHallRoles.HALL_MANAGE, ServiceHallRoles.CAPACITY_MANAGE,
            ServiceHallRoles.BOOKING_MANAGE).within(ServiceHallRoles.DEPARTMENT);
    final RecordingAuditLog audit = new RecordingAuditLog(access);
    final Events events = new Events();
    final SettableClock clock;
    final CatalogueService catalogue;
    final HallService halls;
    final CapacityService capacity;
    final BookingService bookings;

    /** At {@code instant} (UTC). */
    Fixture(PluginSchema schema, String instant) {
        this.clock = new SettableClock();
        clock.set(Instant.parse(instant));
        Clock c = clock;
        catalogue = new CatalogueService(new CatalogueRepository(schema.jdbi()), access, audit, c);
        halls = new HallService(new HallRepository(schema.jdbi()), access, audit, OfficialSchedules.calendar());
        CapacityRepository places = new CapacityRepository(schema.jdbi());
        capacity = new CapacityService(places, halls, access, audit);
        bookings = new BookingService(new BookingRepository(schema.jdbi()), places, catalogue, halls, access, audit,
                new RecordEvents("servicehall/booking", () -> events, access, c), Optional::empty, c);
    }

    /** A valid identity number (GB 11643 check character) of someone born on {@code born}, sequence {@code n}. */
    static String idNumber(LocalDate born, int n) {
        String first17 = String.format("370212%04d%02d%02d%03d", born.getYear(), born.getMonthValue(),
                born.getDayOfMonth(), n % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }
}
