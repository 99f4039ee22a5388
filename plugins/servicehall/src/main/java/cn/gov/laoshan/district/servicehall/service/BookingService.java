package cn.gov.laoshan.district.servicehall.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.notify.Message;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.validation.PhoneNumbers;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.servicehall.domain.Booking;
import cn.gov.laoshan.district.servicehall.domain.BookingChannel;
import cn.gov.laoshan.district.servicehall.domain.BookingState;
import cn.gov.laoshan.district.servicehall.domain.Hall;
import cn.gov.laoshan.district.servicehall.domain.IdNumber;
import cn.gov.laoshan.district.servicehall.domain.ItemGroup;
import cn.gov.laoshan.district.servicehall.domain.Opening;
import cn.gov.laoshan.district.servicehall.domain.ServiceItem;
import cn.gov.laoshan.district.servicehall.domain.SlotCapacity;

/**
 * Appointments. A booking checks its request, then in one transaction counts one more open booking of the person
 * (at most {@value #OPEN_LIMIT}) and takes a place of the slot — both conditional updates, so that neither limit is
 * passed by concurrent bookings — and writes the booking with its number. Each change is audited (the identity
 * number masked) and announced as an event {@code district/servicehall/booking/<STATE>} (the events' prefix
 * {@code servicehall/booking}).
 *
 * <p>Rules: bookable from now to {@value #DAYS_AHEAD} days ahead, on days the hall opens for the item; at most
 * {@value #OPEN_LIMIT} open bookings per person; a person with {@value #NO_SHOW_LIMIT} no-shows within
 * {@value #NO_SHOW_WINDOW_DAYS} days books again only {@value #BLOCK_DAYS} days after the last of them.
 */
public class BookingService {

    public static final int OPEN_LIMIT = 2;
    public static final int DAYS_AHEAD = 14;
    public static final int NO_SHOW_LIMIT = 3;
    public static final int NO_SHOW_WINDOW_DAYS = 30;
    public static final int BLOCK_DAYS = 30;
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** When the day-before reminder goes out. */
    static final LocalTime REMINDER_AT = LocalTime.of(18, 0);

    private final BookingRepository repository;
    private final CapacityRepository capacity;
    private final CatalogueService catalogue;
    private final HallService halls;
    private final AccessControl access;
    private final AuditLog audit;
    private final RecordEvents events;
    private final Supplier<Optional<Reminders>> reminders;
    private final Clock clock;

    public BookingService(BookingRepository repository, CapacityRepository capacity, CatalogueService catalogue,
            HallService halls, AccessControl access, AuditLog audit, RecordEvents events,
            Supplier<Optional<Reminders>> reminders, Clock clock) {
        this.repository = repository;
        this.capacity = capacity;
        this.catalogue = catalogue;
        this.halls = halls;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** Today in the district, on the platform's clock (the hall's screens take it from here). */
    public LocalDate today() {
        return now().toLocalDate();
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(BEIJING));
    }

    /** One bookable slot: its start and the places still free. */
    public record Free(LocalDate day, LocalTime starts, int places) {
    }

    /**
     * The free places for {@code item} at {@code hall} from today on ({@value #DAYS_AHEAD} days): public information
     * (counts only, nobody's booking), on days the hall opens for the item, slots not yet begun.
     */
    public List<Free> availability(String hallCode, String itemCode) {
        Hall hall = halls.find(hallCode).orElse(null);
        ServiceItem item = catalogue.offered(itemCode).orElse(null);
        ItemGroup group = hall == null || item == null ? null : hall.groupFor(item);
        if (group == null) {
            return List.of();
        }
        LocalDateTime now = now();
        List<Free> free = new ArrayList<>();
        for (SlotCapacity s : capacity.days(hall.code(), group, now.toLocalDate(), now.toLocalDate().plusDays(DAYS_AHEAD))) {
            Opening opening = halls.opening(hall, s.day());
            if (opening.admits(item) && opening.slots(hall.slotMinutes()).contains(s.starts())
                    && s.day().atTime(s.starts()).isAfter(now) && s.free() > 0) {
                free.add(new Free(s.day(), s.starts(), s.free()));
            }
        }
        return free;
    }

    /** A clerk books for a caller (phone, window). */
    public Booking bookForCaller(Booking.Request request) {
        access.check(ServiceHallRoles.BOOKING_MANAGE, ServiceHallRoles.DEPARTMENT);
        return book(request, BookingChannel.STAFF, null, login());
    }

    /** An enterprise user books for someone of their enterprise (企业服务). */
    public Booking bookForEnterprise(Booking.Request request) {
        access.check(ServiceHallRoles.BOOKING_ENTERPRISE);
        CurrentUser user = access.currentUser().orElseThrow();
        if (!user.external() || user.uscc() == null) {
            throw new AccessDeniedException(ServiceHallRoles.BOOKING_ENTERPRISE);
        }
        return book(request, BookingChannel.ENTERPRISE, user.uscc(), user.login());
    }

    /** A resident on the public page: only {@link PublicBooking} calls this, after the one-time code was right. */
    Booking bookPublic(Booking.Request request) {
        return book(request, BookingChannel.PUBLIC, null, null);
    }

    private String login() {
        return access.currentUser().map(CurrentUser::login).orElse(null);
    }

    private Booking book(Booking.Request r, BookingChannel channel, String uscc, String by) {
        String name = r.personName() == null ? "" : r.personName().strip();
        if (name.isEmpty() || name.length() > 50) {
            throw new RefusedException("personName", "servicehall.error.person-name");
        }
        LocalDateTime now = now();
        String idNumber = IdNumber.normalize(r.idNumber());
        if (!IdNumber.valid(idNumber, now.toLocalDate())) {
            throw new RefusedException("idNumber", "servicehall.error.id-number");
        }
        String mobile = r.mobile() == null ? "" : r.mobile().strip();
        if (!mobile.matches("1[3-9]\\d{9}")) {
            throw new RefusedException("mobile", "servicehall.error.mobile");
        }
        ServiceItem item = catalogue.offered(r.itemCode())
                .orElseThrow(() -> new RefusedException("item", "servicehall.error.item-unknown"));
        Hall hall = halls.find(r.hallCode()).orElseThrow(() -> new RefusedException("hall", "servicehall.error.hall-unknown"));
        ItemGroup group = hall.groupFor(item);
        if (group == null) {
            throw new RefusedException("hall", "servicehall.error.hall-not-for-item", hall.name());
        }
        Slot slot = slot(hall, item, r.day(), r.starts(), now);
        LocalDate blockedUntil = blockedUntil(idNumber, now.toLocalDate());
        if (blockedUntil != null) {
            throw new RefusedException(null, "servicehall.error.no-show-blocked", NO_SHOW_LIMIT, blockedUntil);
        }
        repository.ensurePerson(idNumber);
        Booking draft = new Booking(0, null, hall.code(), item.code(), group, slot.day, slot.starts, name, idNumber,
                mobile, uscc, channel, BookingState.BOOKED, by, clock.instant());
        long id = repository.jdbi().inTransaction(h -> {
            if (!repository.takeOpen(h, idNumber, OPEN_LIMIT)) {
                throw new RefusedException(null, "servicehall.error.open-limit", OPEN_LIMIT);
            }
            if (!capacity.take(h, hall.code(), group, slot.day, slot.starts)) {
                throw new RefusedException("starts", "servicehall.error.slot-full");
            }
            return repository.insert(h, draft);
        });
        Booking booking = repository.find(repository.numberOf(id)).orElseThrow();
        recorded(booking, "booking.book", null);
        planReminder(booking, item);
        return booking;
    }

    private record Slot(LocalDate day, LocalTime starts) {
    }

    /** The slot asked for, if the hall opens then for the item, it has not begun and it lies within the window. */
    private Slot slot(Hall hall, ServiceItem item, LocalDate day, LocalTime starts, LocalDateTime now) {
        if (day == null || day.isBefore(now.toLocalDate()) || day.isAfter(now.toLocalDate().plusDays(DAYS_AHEAD))) {
            throw new RefusedException("day", "servicehall.error.day-window", DAYS_AHEAD);
        }
        Opening opening = halls.opening(hall, day);
        if (!opening.admits(item)) {
            throw new RefusedException("day", opening.kind() == Opening.Kind.SATURDAY
                    ? "servicehall.error.not-saturday-item" : "servicehall.error.day-closed-hall", day);
        }
        if (starts == null || !opening.slots(hall.slotMinutes()).contains(starts) || !day.atTime(starts).isAfter(now)) {
            throw new RefusedException("starts", "servicehall.error.slot-unknown");
        }
        return new Slot(day, starts);
    }

    /** The day until which the person may not book (after too many no-shows), or {@code null}. */
    LocalDate blockedUntil(String idNumber, LocalDate today) {
        List<LocalDate> noShows = repository.noShows(idNumber, today.minusDays(NO_SHOW_WINDOW_DAYS));
        if (noShows.size() < NO_SHOW_LIMIT) {
            return null;
        }
        LocalDate until = noShows.get(0).plusDays(BLOCK_DAYS);
        return until.isAfter(today) ? until : null;
    }

    /** A clerk cancels any booking; an enterprise user those of their enterprise. */
    public Booking cancel(String number) {
        Booking booking = changeable(number);
        return cancelled(booking);
    }

    /** A resident cancels their own booking on the public page: only {@link PublicBooking}, after the code. */
    Booking cancelPublic(String number, String idNumber) {
        Booking booking = repository.find(number).filter(b -> b.idNumber().equals(IdNumber.normalize(idNumber)))
                .orElseThrow(() -> new RefusedException("number", "servicehall.error.booking-unknown"));
        return cancelled(booking);
    }

    private Booking cancelled(Booking booking) {
        repository.jdbi().useTransaction(h -> {
            if (!repository.move(h, booking.id(), BookingState.BOOKED, BookingState.CANCELLED)) {
                throw new RefusedException(null, "servicehall.error.booking-not-open");
            }
            capacity.giveBack(h, booking.hallCode(), booking.group(), booking.day(), booking.starts());
            repository.releaseOpen(h, booking.idNumber());
        });
        Booking now = repository.find(booking.number()).orElseThrow();
        recorded(now, "booking.cancel", booking.state());
        reminders.get().ifPresent(r -> r.cancelOnce(ServiceHallRoles.PLUGIN, booking.number(), "day-before"));
        return now;
    }

    /** Moves an open booking to another slot of the same hall: the new place is taken before the old is given back. */
    public Booking reschedule(String number, LocalDate day, LocalTime starts) {
        return moved(changeable(number), day, starts);
    }

    /** A resident moves their own booking on the public page: only {@link PublicBooking}, after the code. */
    Booking reschedulePublic(Booking booking, LocalDate day, LocalTime starts) {
        return moved(booking, day, starts);
    }

    private Booking moved(Booking booking, LocalDate day, LocalTime starts) {
        String number = booking.number();
        if (booking.state() != BookingState.BOOKED) {
            throw new RefusedException(null, "servicehall.error.booking-not-open");
        }
        Hall hall = halls.existing(booking.hallCode());
        ServiceItem item = catalogue.offered(booking.itemCode())
                .orElseThrow(() -> new RefusedException("item", "servicehall.error.item-unknown"));
        Slot slot = slot(hall, item, day, starts, now());
        repository.jdbi().useTransaction(h -> {
            if (!capacity.take(h, hall.code(), booking.group(), slot.day, slot.starts)) {
                throw new RefusedException("starts", "servicehall.error.slot-full");
            }
            if (!repository.move(h, booking.id(), BookingState.BOOKED, BookingState.BOOKED)) {
                throw new RefusedException(null, "servicehall.error.booking-not-open");
            }
            capacity.giveBack(h, hall.code(), booking.group(), booking.day(), booking.starts());
            repository.reschedule(h, booking.id(), slot.day, slot.starts);
        });
        Booking moved = repository.find(number).orElseThrow();
        recorded(moved, "booking.reschedule", booking.state());
        planReminder(moved, item);
        return moved;
    }

    /** The booking for a change by the caller: a clerk's any, an enterprise user's of their enterprise only. */
    private Booking changeable(String number) {
        Booking booking = repository.find(number == null ? "" : number.strip())
                .orElseThrow(() -> new RefusedException("number", "servicehall.error.booking-unknown"));
        CurrentUser user = access.currentUser().orElseThrow(() -> new AccessDeniedException(ServiceHallRoles.BOOKING_MANAGE));
        if (user.external()) {
            access.check(ServiceHallRoles.BOOKING_ENTERPRISE);
            if (booking.uscc() == null || !booking.uscc().equals(user.uscc())) {
                // another enterprise's booking: as if there were none
                throw new RefusedException("number", "servicehall.error.booking-unknown");
            }
        } else {
            access.check(ServiceHallRoles.BOOKING_MANAGE, ServiceHallRoles.DEPARTMENT);
        }
        return booking;
    }

    /** A hall's bookings of a day, for the clerks. */
    public List<Booking> ofDay(String hallCode, LocalDate day) {
        access.check(ServiceHallRoles.BOOKING_MANAGE);
        return repository.ofDay(hallCode, day);
    }

    /** A hall's bookings of a day as an .xlsx sheet (ID numbers masked, as on the screen). */
    public void exportDay(String hallCode, LocalDate day, java.io.OutputStream out) throws java.io.IOException {
        List<Booking> list = ofDay(hallCode, day);
        try (cn.gov.laoshan.district.uikit.XlsxSheet sheet = cn.gov.laoshan.district.uikit.XlsxSheet.open(out, "预约",
                List.of("预约号", "日期", "时段", "事项编码", "姓名", "身份证号码", "手机号码", "渠道", "状态"))) {
            for (Booking b : list) {
                sheet.row(b.number(), b.day().toString(), b.starts().toString(), b.itemCode(), b.personName(),
                        IdNumber.masked(b.idNumber()), b.mobile(),
                        CatalogueExcel.MESSAGES.text(java.util.Locale.ROOT, "servicehall.booking.channel." + b.channel()),
                        CatalogueExcel.MESSAGES.text(java.util.Locale.ROOT, "servicehall.booking.state." + b.state()));
            }
        }
    }

    /** The caller's enterprise's bookings (企业服务). */
    public List<Booking> ofMyEnterprise() {
        access.check(ServiceHallRoles.BOOKING_ENTERPRISE);
        String uscc = access.currentUser().map(CurrentUser::uscc).orElse(null);
        return uscc == null ? List.of() : repository.ofEnterprise(uscc);
    }

    public Optional<Booking> find(String number) {
        access.check(ServiceHallRoles.BOOKING_MANAGE);
        return repository.find(number);
    }

    /** Daily, after the halls close: bookings of past days never checked in become no-shows. Runs as the system. */
    public int markNoShows() {
        int marked = 0;
        for (Booking b : repository.missed(now().toLocalDate())) {
            boolean moved = repository.jdbi().inTransaction(h -> {
                if (!repository.move(h, b.id(), BookingState.BOOKED, BookingState.NO_SHOW)) {
                    return false;
                }
                repository.releaseOpen(h, b.idNumber());
                return true;
            });
            if (moved) {
                marked++;
                recorded(repository.find(b.number()).orElseThrow(), "booking.no-show", BookingState.BOOKED);
            }
        }
        return marked;
    }

    /** Check-in at the hall (the queue's first step): the booking leaves the person's open bookings. */
    Booking checkIn(Booking booking) {
        boolean moved = repository.jdbi().inTransaction(h -> {
            if (!repository.move(h, booking.id(), BookingState.BOOKED, BookingState.CHECKED_IN)) {
                return false;
            }
            repository.releaseOpen(h, booking.idNumber());
            return true;
        });
        if (!moved) {
            throw new RefusedException("number", "servicehall.error.booking-not-open");
        }
        Booking now = repository.find(booking.number()).orElseThrow();
        recorded(now, "booking.check-in", booking.state());
        reminders.get().ifPresent(r -> r.cancelOnce(ServiceHallRoles.PLUGIN, booking.number(), "day-before"));
        return now;
    }

    Optional<Booking> byNumber(String number) {
        return repository.find(number);
    }

    /** Where and for what a booking is, for its texts: 崂山区政务服务中心 · 结婚登记. */
    String placeOf(Booking booking) {
        return halls.find(booking.hallCode()).map(Hall::name).orElse(booking.hallCode()) + " · "
                + catalogue.offered(booking.itemCode()).map(ServiceItem::name).orElse(booking.itemCode());
    }

    /** Open bookings on {@code day}, for the day-before text reminders. */
    List<Booking> bookedOn(LocalDate day) {
        return repository.booked(day);
    }

    /** The day-before reminder of an enterprise's booking goes to its people's inbox (planned once per booking). */
    private void planReminder(Booking booking, ServiceItem item) {
        if (booking.uscc() == null) {
            return; // residents are reminded by text message by the daily job (TextReminders)
        }
        reminders.get().ifPresent(r -> r.scheduleOnce(booking.number(), "day-before",
                booking.day().minusDays(1).atTime(REMINDER_AT).atZone(BEIJING).toInstant(),
                Recipient.enterprise(booking.uscc()),
                Message.info(ServiceHallRoles.PLUGIN, "明日预约提醒：" + item.name(), "预约号 " + booking.number() + "，"
                        + booking.day() + " " + booking.starts() + "，" + halls.find(booking.hallCode())
                                .map(Hall::name).orElse(booking.hallCode()) + "。请携带所需材料按时到达。")));
    }

    private void recorded(Booking b, String action, BookingState from) {
        audit.record(ServiceHallRoles.PLUGIN, action, "Booking", b.number(), from == null ? null : from.name(),
                "{\"state\":\"" + b.state() + "\",\"hall\":\"" + b.hallCode() + "\",\"item\":\"" + b.itemCode()
                        + "\",\"day\":\"" + b.day() + "\",\"starts\":\"" + b.starts() + "\",\"idNumber\":\""
                        + IdNumber.masked(b.idNumber()) + "\",\"channel\":\"" + b.channel() + "\"}");
        events.post(b.state().name(), b.number(), ServiceHallRoles.DEPARTMENT,
                Map.of("hall", b.hallCode(), "item", b.itemCode(), "day", b.day().toString()));
    }
}
