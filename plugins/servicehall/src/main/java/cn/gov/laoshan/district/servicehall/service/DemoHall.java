package cn.gov.laoshan.district.servicehall.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.servicehall.domain.Booking;
import cn.gov.laoshan.district.servicehall.domain.Hall;
import cn.gov.laoshan.district.servicehall.domain.IdNumber;
import cn.gov.laoshan.district.servicehall.domain.ItemGroup;
import cn.gov.laoshan.district.servicehall.domain.Opening;
import cn.gov.laoshan.district.servicehall.domain.RatingLevel;
import cn.gov.laoshan.district.servicehall.domain.Rectification;
import cn.gov.laoshan.district.servicehall.domain.Visit;
import cn.gov.laoshan.district.uikit.SettableClock;

/**
 * The demo's month at the district centre, made through the real services on a clock moved day by day: capacity
 * set the evening before, bookings, check-ins and a walk-in each morning, calls at the windows, ratings (mostly
 * satisfied, some not), a no-show now and then; the bad ratings' rectifications at every stage; capacity for the
 * next week. The demo's {@code sunli} is the centre's team leader and the clerk of window 5 (出入境).
 */
public final class DemoHall {

    private static final String CENTRE = "ZX";
    private static final String[] NAMES = {"王芳", "李强", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周杰", "吴敏",
            "徐涛", "孙悦", "马超", "朱琳", "胡斌", "郭亮"};
    private static final Map<ItemGroup, List<String>> ITEMS = Map.of(
            ItemGroup.EXIT, List.of("CRJ-001", "CRJ-004", "CRJ-006", "CRJ-007"),
            ItemGroup.ESTATE, List.of("BDC-002", "BDC-006", "BDC-007"),
            ItemGroup.MARRIAGE, List.of("MZ-001", "MZ-003"),
            ItemGroup.SOCIAL, List.of("RS-001", "RS-007"));
    /** A window of each demo group that no demo clerk staffs (the seeding calls there as the system). */
    private static final Map<ItemGroup, Integer> WINDOWS = Map.of(ItemGroup.EXIT, 6, ItemGroup.ESTATE, 1,
            ItemGroup.MARRIAGE, 9, ItemGroup.SOCIAL, 10);
    private static final List<ItemGroup> GROUPS = List.of(ItemGroup.EXIT, ItemGroup.ESTATE, ItemGroup.MARRIAGE,
            ItemGroup.SOCIAL);

    private DemoHall() {
    }

    public static String seed(org.jdbi.v3.core.Jdbi jdbi, AccessControl access, AuditLog audit,
            WorkingDayCalendar calendar, RecordEvents events, LocalDate today, BooleanSupplier stopping) {
        SettableClock clock = new SettableClock();
        CatalogueService catalogue = new CatalogueService(new CatalogueRepository(jdbi), access, audit, clock);
        HallService halls = new HallService(new HallRepository(jdbi), access, audit, calendar);
        CapacityRepository places = new CapacityRepository(jdbi);
        CapacityService capacity = new CapacityService(places, halls, access, audit);
        BookingService bookings = new BookingService(new BookingRepository(jdbi), places, catalogue, halls, access,
                audit, events, Optional::empty, clock);
        QueueRepository visits = new QueueRepository(jdbi);
        QueueService queue = new QueueService(visits, bookings, catalogue, halls, access, audit, new QueueSignals(), clock);
        RatingService ratings = new RatingService(new RatingRepository(jdbi), visits, catalogue, access, audit,
                calendar, clock);

        halls.setTeamLeader(CENTRE, "sunli");
        halls.saveWindow(new cn.gov.laoshan.district.servicehall.domain.HallWindow(CENTRE, 5,
                java.util.Set.of(ItemGroup.EXIT), "sunli"));
        Hall centre = halls.existing(CENTRE);
        int served = 0;
        int person = 0;
        for (LocalDate day = today.minusDays(30); day.isBefore(today); day = day.plusDays(1)) {
            if (stopping.getAsBoolean()) {
                return served + " visits (stopped)";
            }
            Opening opening = halls.opening(centre, day);
            if (opening.kind() != Opening.Kind.WORKING || day.getDayOfWeek().getValue() % 2 == 0
                    || !bookings.ofDay(CENTRE, day).isEmpty()) {
                // closed; Tuesdays, Thursdays and working weekends left out (a month's figures, seeded within the
                // minute a fresh demo home gives a plugin); or made at an earlier start stopped half-way
                continue;
            }
            clock.set(day.minusDays(1).atTime(18, 0).atZone(BookingService.BEIJING).toInstant());
            // two groups a day in turn, two bookings each: enough for a month of figures, quick to seed
            List<ItemGroup> groups = List.of(GROUPS.get(day.getDayOfYear() % 4), GROUPS.get((day.getDayOfYear() + 1) % 4));
            List<Booking> coming = new java.util.ArrayList<>();
            for (ItemGroup g : groups) {
                capacity.setDay(CENTRE, g, day, 1);
                List<String> items = ITEMS.get(g);
                for (int i = 0; i < 2; i++) {
                    person++;
                    LocalTime slot = LocalTime.of(9, 0).plusMinutes(30L * (person % 6));
                    Booking b = bookings.bookForCaller(new Booking.Request(CENTRE, items.get((person + i) % items.size()),
                            day, slot, NAMES[person % NAMES.length], idNumber(person), mobile(person)));
                    if (person % 9 != 0) {
                        coming.add(b); // every ninth never comes: a no-show when the job runs
                    }
                }
            }
            for (Booking b : coming) {
                clock.set(at(day, b.starts().minusMinutes(10 + b.id() % 7)));
                queue.checkIn(CENTRE, b.number());
            }
            clock.set(at(day, LocalTime.of(9, 12)));
            queue.walkIn(CENTRE, "CRJ-002", null, mobile(person + 5000));
            LocalDateTime t = day.atTime(9, 20);
            for (ItemGroup g : groups.contains(ItemGroup.EXIT) ? groups : List.of(groups.get(0), groups.get(1),
                    ItemGroup.EXIT)) {
                while (true) {
                    clock.set(at(day, t.toLocalTime()));
                    Optional<Visit> next = queue.callNext(CENTRE, WINDOWS.get(g));
                    if (next.isEmpty()) {
                        break;
                    }
                    queue.start(next.get().id());
                    t = t.plusMinutes(6 + next.get().id() % 9);
                    clock.set(at(day, t.toLocalTime()));
                    queue.finish(next.get().id());
                    served++;
                    ratings.rate(next.get().id(), level(next.get().id()), next.get().id() % 23 == 0 ? "等候时间较长" : null);
                    t = t.plusMinutes(2);
                }
            }
        }
        clock.set(today.atTime(8, 0).atZone(BookingService.BEIJING).toInstant());
        int noShows = bookings.markNoShows();
        int step = 0;
        for (Rectification r : ratings.rectifications(true)) {
            handle(ratings, r, step++ % 5);
        }
        // the next week's places, so that bookings can be made at once
        for (LocalDate day = today; day.isBefore(today.plusDays(8)); day = day.plusDays(1)) {
            for (ItemGroup g : GROUPS) {
                try {
                    capacity.setDay(CENTRE, g, day, 3);
                } catch (RefusedException closed) {
                    // a Sunday or a holiday: no places
                }
            }
        }
        return served + " visits, " + noShows + " no-shows";
    }

    /** Mostly satisfied; about one visit in twelve rated badly. */
    private static RatingLevel level(long id) {
        long k = id % 12;
        return k == 0 ? RatingLevel.DISSATISFIED : k == 7 ? RatingLevel.VERY_DISSATISFIED
                : k < 5 ? RatingLevel.VERY_SATISFIED : k < 9 ? RatingLevel.SATISFIED : RatingLevel.BASICALLY_SATISFIED;
    }

    /** Takes a rectification to one of the stages, so that the inbox shows each. */
    private static void handle(RatingService ratings, Rectification r, int stage) {
        if (stage == 0) {
            return;
        }
        ratings.fire(r.id(), "verify", "调阅窗口录像，情况属实");
        if (stage == 1) {
            return;
        }
        if (stage == 4) {
            ratings.fire(r.id(), "appeal", "评价人对政策规定有误解，窗口已按规定办理");
            return;
        }
        ratings.fire(r.id(), "assign", "出入境窗口");
        if (stage == 2) {
            return;
        }
        ratings.fire(r.id(), "fix", "高峰时段增开一个窗口，加强业务培训");
        if (r.rating().realName()) {
            ratings.callback(r.id(), "已电话回访，群众表示认可");
        }
        ratings.fire(r.id(), "report", "整改情况已反馈评价人");
    }

    private static java.time.Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(BookingService.BEIJING).toInstant();
    }

    private static String idNumber(int n) {
        String first17 = String.format("370212%04d%02d%02d%03d", 1960 + n % 40, 1 + n % 12, 1 + n % 28, n % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    private static String mobile(int n) {
        return String.format("139%08d", 10_000_000 + n);
    }
}
