package cn.gov.laoshan.district.servicehall.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;
import cn.gov.laoshan.district.servicehall.ServicehallPlugin;
import cn.gov.laoshan.district.servicehall.domain.Booking;
import cn.gov.laoshan.district.servicehall.domain.BookingChannel;
import cn.gov.laoshan.district.servicehall.domain.BookingState;
import cn.gov.laoshan.district.servicehall.domain.ItemGroup;
import cn.gov.laoshan.district.servicehall.domain.Rating;
import cn.gov.laoshan.district.servicehall.domain.RatingLevel;
import cn.gov.laoshan.district.servicehall.domain.Visit;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/** The public page's one-time codes and rate limits, on Derby and, when configured, PostgreSQL. */
class PublicBookingDataTest {

    private static final String MONDAY = "2026-12-07T02:00:00Z";
    private static final LocalDate SATURDAY = LocalDate.of(2026, 12, 12);

    /** The public page over the fixture's services, with the real queue's visits and ratings behind it. */
    private static PublicBooking page(PluginSchema schema, Fixture f, TextOutbox outbox) {
        QueueRepository visits = new QueueRepository(schema.jdbi());
        RatingService ratings = new RatingService(new RatingRepository(schema.jdbi()), visits, f.catalogue, f.access,
                f.audit, OfficialSchedules.calendar(), f.clock);
        return new PublicBooking(schema.jdbi(), f.bookings, outbox, ratings, visits, f.clock);
    }
    private static final String MOBILE = "13812345678";
    private static final Pattern CODE = Pattern.compile("验证码为 (\\d{6})");

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private static Booking.Request request(int person) {
        return new Booking.Request("ZX", "MZ-001", SATURDAY, LocalTime.of(9, 0), "居民",
                Fixture.idNumber(LocalDate.of(1990, 3, 3), person), MOBILE);
    }

    private static String lastCode(TextOutbox outbox) {
        Matcher m = CODE.matcher(outbox.to(MOBILE, 1).get(0));
        assertTrue(m.find());
        return m.group(1);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aResidentBooksWithTheCodeSentToTheMobileOnceAndOnlyOnce(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            Fixture f = new Fixture(schema, MONDAY);
            f.capacity.setDay("ZX", ItemGroup.MARRIAGE, SATURDAY, 3);
            TextOutbox outbox = new TextOutbox(schema.jdbi(), f.clock);
            PublicBooking page = page(schema, f, outbox);
            f.access.signOut();
            page.requestCode(MOBILE, "10.0.0.1");
            String code = lastCode(outbox);
            String wrong = code.equals("000000") ? "000001" : "000000";
            assertEquals("code", refused(() -> page.book(request(1), wrong)).field());
            Booking booked = page.book(request(1), code);
            assertEquals(BookingChannel.PUBLIC, booked.channel());
            assertEquals(null, booked.bookedBy());
            assertEquals("code", refused(() -> page.book(request(2), code)).field(), "used once");

            // cancelling needs the number, the ID it was made for and a new code to its mobile
            f.clock.set(Instant.parse(MONDAY).plusSeconds(61));
            page.requestCode(MOBILE, "10.0.0.1");
            String second = lastCode(outbox);
            assertEquals("servicehall.error.booking-unknown", refused(() -> page.cancel(booked.number(),
                    Fixture.idNumber(LocalDate.of(1990, 3, 3), 9), MOBILE, second)).messageKey());
            f.clock.set(Instant.parse(MONDAY).plusSeconds(122));
            page.requestCode(MOBILE, "10.0.0.1");
            assertEquals(BookingState.CANCELLED, page.cancel(booked.number(), request(1).idNumber(), MOBILE,
                    lastCode(outbox)).state());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCodeExpiresAndFiveWrongTriesUseItUp(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            Fixture f = new Fixture(schema, MONDAY);
            TextOutbox outbox = new TextOutbox(schema.jdbi(), f.clock);
            PublicBooking page = page(schema, f, outbox);
            page.requestCode(MOBILE, "10.0.0.2");
            String code = lastCode(outbox);
            String wrong = code.equals("000000") ? "000001" : "000000";
            for (int i = 0; i < PublicBooking.MAX_ATTEMPTS; i++) {
                refused(() -> page.verify(MOBILE, wrong));
            }
            assertEquals("code", refused(() -> page.verify(MOBILE, code)).field(), "no sixth try, right or not");
            f.clock.set(Instant.parse(MONDAY).plusSeconds(61));
            page.requestCode(MOBILE, "10.0.0.2");
            String fresh = lastCode(outbox);
            f.clock.set(Instant.parse(MONDAY).plusSeconds(61).plus(PublicBooking.CODE_VALIDITY).plusSeconds(1));
            assertEquals("code", refused(() -> page.verify(MOBILE, fresh)).field(), "expired");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void codesAreRateLimitedPerMobileAndPerAddress(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            Fixture f = new Fixture(schema, MONDAY);
            TextOutbox outbox = new TextOutbox(schema.jdbi(), f.clock);
            PublicBooking page = page(schema, f, outbox);
            Instant start = Instant.parse(MONDAY);
            page.requestCode(MOBILE, "10.0.0.3");
            assertEquals("servicehall.error.code-rate", refused(() -> page.requestCode(MOBILE, "10.0.0.4"))
                    .messageKey(), "again within a minute, from anywhere");
            for (int i = 1; i < PublicBooking.PER_MOBILE_PER_HOUR; i++) {
                f.clock.set(start.plus(Duration.ofMinutes(2L * i)));
                page.requestCode(MOBILE, "10.0.0.3");
            }
            f.clock.set(start.plus(Duration.ofMinutes(20)));
            refused(() -> page.requestCode(MOBILE, "10.0.0.3"));
            assertEquals(PublicBooking.PER_MOBILE_PER_HOUR, outbox.to(MOBILE, 100).size());
            f.clock.set(start.plus(Duration.ofMinutes(61)));
            page.requestCode(MOBILE, "10.0.0.3");
            // one address asking for many mobiles
            for (int i = 0; i < PublicBooking.PER_ADDRESS_PER_HOUR; i++) {
                page.requestCode("1390000" + String.format("%04d", i), "10.9.9.9");
            }
            refused(() -> page.requestCode("13999999999", "10.9.9.9"));
            assertEquals("mobile", refused(() -> page.requestCode("12345", "10.0.0.5")).field());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void thePersonRatesTheirServedVisitLaterFromThePublicPageOnce(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            Fixture f = new Fixture(schema, MONDAY);
            f.capacity.setDay("ZX", ItemGroup.MARRIAGE, SATURDAY, 3);
            TextOutbox outbox = new TextOutbox(schema.jdbi(), f.clock);
            PublicBooking page = page(schema, f, outbox);
            QueueService queue = new QueueService(new QueueRepository(schema.jdbi()), f.bookings, f.catalogue, f.halls,
                    f.access, f.audit, new QueueSignals(), f.clock);
            f.access.signOut();
            page.requestCode(MOBILE, "10.0.0.7");
            Booking booked = page.book(request(1), lastCode(outbox));
            // before the visit: nothing to rate
            f.clock.set(Instant.parse(MONDAY).plusSeconds(61));
            page.requestCode(MOBILE, "10.0.0.7");
            PublicBooking.Proof before = page.open(booked.number(), request(1).idNumber(), MOBILE, lastCode(outbox));
            assertTrue(page.rateable(before).isEmpty());
            assertEquals("servicehall.error.not-rateable",
                    refused(() -> page.rate(before, RatingLevel.SATISFIED, null)).messageKey());

            // Saturday: checked in, called at the marriage window, served
            f.clock.set(Instant.parse("2026-12-12T01:30:00Z"));
            f.access.as("zhongxin-admin", ServiceHallRoles.DEPARTMENT, ServiceHallRoles.CATALOGUE_READ,
                    ServiceHallRoles.BOOKING_MANAGE).within(ServiceHallRoles.DEPARTMENT);
            Visit visit = queue.checkIn("ZX", booked.number());
            assertEquals(visit.id(), queue.callNext("ZX", 9).orElseThrow().id());
            queue.start(visit.id());
            queue.finish(visit.id());
            f.access.signOut();

            // eight working days later (past the five): the person proves the booking again and rates it, late
            f.clock.set(Instant.parse("2026-12-24T02:00:00Z"));
            page.requestCode(MOBILE, "10.0.0.7");
            PublicBooking.Proof after = page.open(booked.number(), request(1).idNumber(), MOBILE, lastCode(outbox));
            assertEquals(visit.id(), page.rateable(after).orElseThrow().id());
            Rating rating = page.rate(after, RatingLevel.DISSATISFIED, "等候时间长");
            assertTrue(rating.late());
            assertEquals(RatingLevel.DISSATISFIED, rating.level());
            assertTrue(page.rateable(after).isEmpty());
            assertEquals("servicehall.error.not-rateable",
                    refused(() -> page.rate(after, RatingLevel.VERY_SATISFIED, null)).messageKey(), "once");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void freePlacesAreLookedUpAsOftenAsAPersonWouldPerAddress(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            Fixture f = new Fixture(schema, MONDAY);
            f.capacity.setDay("ZX", ItemGroup.MARRIAGE, SATURDAY, 3);
            PublicBooking page = page(schema, f, new TextOutbox(schema.jdbi(), f.clock));
            f.access.signOut();
            Instant start = Instant.parse(MONDAY);
            List<BookingService.Free> first = page.availability("ZX", "MZ-001", "10.1.1.1");
            assertTrue(first.stream().anyMatch(free -> free.day().equals(SATURDAY)),
                    first.toString());
            for (int i = 1; i < PublicBooking.LOOKUPS_PER_ADDRESS_PER_MINUTE; i++) {
                f.clock.set(start.plusSeconds(i));
                page.availability("ZX", "MZ-001", "10.1.1.1");
            }
            assertEquals("servicehall.error.lookup-rate",
                    refused(() -> page.availability("ZX", "MZ-001", "10.1.1.1")).messageKey());
            // another address is not held up; the first may ask again a minute after its first look-up
            assertEquals(first, page.availability("ZX", "MZ-001", "10.1.1.2"));
            f.clock.set(start.plus(Duration.ofSeconds(61)));
            assertEquals(first, page.availability("ZX", "MZ-001", "10.1.1.1"));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aLookUpRevealsNothingWithoutTheRightCodeNumberAndIdAndMovesOrCancelsOnlyTheProvedBooking(
            TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            Fixture f = new Fixture(schema, MONDAY);
            f.capacity.setDay("ZX", ItemGroup.MARRIAGE, SATURDAY, 3);
            TextOutbox outbox = new TextOutbox(schema.jdbi(), f.clock);
            PublicBooking page = page(schema, f, outbox);
            f.access.signOut();
            Instant start = Instant.parse(MONDAY);
            page.requestCode(MOBILE, "10.0.0.6");
            Booking mine = page.book(request(1), lastCode(outbox));

            // another person's mobile asks about my number: the same refusal as for a number that does not exist
            String other = "13900001111";
            f.clock.set(start.plusSeconds(61));
            page.requestCode(other, "10.0.0.7");
            String otherCode = CODE.matcher(outbox.to(other, 1).get(0)).results().findFirst().orElseThrow().group(1);
            RefusedException notYours = refused(() -> page.open(mine.number(), request(1).idNumber(), other, otherCode));
            page.requestCode("13900002222", "10.0.0.7");
            String thirdCode = CODE.matcher(outbox.to("13900002222", 1).get(0)).results().findFirst().orElseThrow()
                    .group(1);
            RefusedException none = refused(() -> page.open("ZX261212-999999", request(1).idNumber(), "13900002222",
                    thirdCode));
            assertEquals(none.messageKey(), notYours.messageKey());
            assertEquals(none.field(), notYours.field());
            // without a code sent to the mobile, nothing is looked up at all: the code is refused first
            assertEquals("code", refused(() -> page.open(mine.number(), request(1).idNumber(), MOBILE, "123456"))
                    .field());

            // with the code to its mobile: moved to another free slot (the old place given back), then cancelled
            f.clock.set(start.plusSeconds(122));
            page.requestCode(MOBILE, "10.0.0.6");
            PublicBooking.Proof proof = page.open(mine.number().toLowerCase(), request(1).idNumber(), MOBILE,
                    lastCode(outbox));
            assertEquals(mine.number(), proof.booking().number());
            BookingService.Free later = page.availability(proof).stream()
                    .filter(free -> !free.starts().equals(mine.starts())).findFirst().orElseThrow();
            Booking moved = page.reschedule(proof, later.day(), later.starts());
            assertEquals(later.starts(), moved.starts());
            assertEquals(BookingState.BOOKED, moved.state());
            assertEquals(3, page.availability(proof).stream().filter(free -> free.starts().equals(mine.starts()))
                    .findFirst().orElseThrow().places(), "the old place is free again");
            assertEquals(BookingState.CANCELLED, page.cancel(proof).state());
            // a proof lasts ten minutes
            f.clock.set(start.plusSeconds(122).plus(PublicBooking.PROOF_VALIDITY).plusSeconds(1));
            assertEquals("servicehall.error.proof-expired", refused(() -> page.availability(proof)).messageKey());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void residentsAreRemindedByTextTheDayBeforeOnce(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            Fixture f = new Fixture(schema, MONDAY);
            f.capacity.setDay("ZX", ItemGroup.MARRIAGE, SATURDAY, 3);
            TextOutbox outbox = new TextOutbox(schema.jdbi(), f.clock);
            PublicBooking page = page(schema, f, outbox);
            f.access.signOut();
            page.requestCode(MOBILE, "10.0.0.8");
            Booking booked = page.book(request(1), lastCode(outbox));
            assertEquals(0, page.sendReminders(), "not the day before yet");
            // Friday 17:00 in Beijing, the day before the Saturday booking
            f.clock.set(Instant.parse("2026-12-11T09:00:00Z"));
            assertEquals(1, page.sendReminders());
            assertTrue(outbox.to(MOBILE, 1).get(0).contains(booked.number()), outbox.to(MOBILE, 1).get(0));
            assertTrue(outbox.to(MOBILE, 1).get(0).contains("崂山区政务服务中心"));
            assertEquals(0, page.sendReminders(), "once only");
            assertEquals(2, outbox.to(MOBILE, 100).size(), "the code and one reminder");
        }
    }

    private static RefusedException refused(org.junit.jupiter.api.function.Executable step) {
        return assertThrows(RefusedException.class, step);
    }
}
