package cn.gov.laoshan.district.servicehall.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;
import cn.gov.laoshan.district.servicehall.ServicehallPlugin;
import cn.gov.laoshan.district.servicehall.domain.RectificationState;
import cn.gov.laoshan.district.servicehall.domain.Satisfaction;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/** The demo month seeds through the real services without a refusal, and leaves what the screens show. */
class DemoHallTest {

    @Test
    void aMonthOfBookingsVisitsAndRatingsWithRectificationsAtEveryStage() throws Exception {
        TestAccess access = TestAccess.staff("zhongxin-admin", ServiceHallRoles.DEPARTMENT,
                ServiceHallRoles.CATALOGUE_READ, ServiceHallRoles.RATING_RESPOND, ServiceHallRoles.BOOKING_MANAGE)
                .within(ServiceHallRoles.DEPARTMENT);
        try (TestDatabase database = TestDatabase.derby();
                PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            RecordingAuditLog audit = new RecordingAuditLog(access);
            String made = access.asSystem(() -> DemoHall.seed(schema.jdbi(), access, audit,
                    OfficialSchedules.calendar(), new RecordEvents("servicehall/booking", () -> null, access,
                            java.time.Clock.systemUTC()), LocalDate.now(BookingService.BEIJING), () -> false));
            assertTrue(made.matches("\\d{2,} visits, \\d+ no-shows"), made);
            RatingService ratings = new RatingService(new RatingRepository(schema.jdbi()),
                    new QueueRepository(schema.jdbi()), null, access, audit, OfficialSchedules.calendar(),
                    java.time.Clock.systemUTC());
            LocalDate today = LocalDate.now(BookingService.BEIJING);
            Satisfaction centre = ratings.satisfaction(Satisfaction.By.HALL, today.minusDays(31), today).get(0);
            assertTrue(centre.total() > 50, String.valueOf(centre.total()));
            assertTrue(centre.dissatisfied() > 0 && centre.rate() > 70, centre.toString());
            assertFalse(ratings.rectifications(true).isEmpty());
            assertTrue(ratings.rectifications(false).stream().anyMatch(r -> r.state() == RectificationState.CLOSED));
            assertEquals("sunli", new HallRepository(schema.jdbi()).find("ZX").orElseThrow().teamLeader());
            // the coming week has places, the next (rest) Saturday's for the Saturday items too: the public page's
            // journey books one
            Fixture now = new Fixture(schema, java.time.Instant.now().toString());
            LocalDate saturday = today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SATURDAY));
            if (!OfficialSchedules.calendar().isWorkingDay(saturday)) {
                java.util.List<BookingService.Free> free = now.bookings.availability("ZX", "CRJ-002");
                assertTrue(free.stream().anyMatch(f -> f.day().equals(saturday)), free.toString());
            }
        }
    }
}
