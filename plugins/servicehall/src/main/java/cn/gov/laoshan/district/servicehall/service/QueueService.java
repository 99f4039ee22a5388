package cn.gov.laoshan.district.servicehall.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.servicehall.domain.Booking;
import cn.gov.laoshan.district.servicehall.domain.BookingState;
import cn.gov.laoshan.district.servicehall.domain.Hall;
import cn.gov.laoshan.district.servicehall.domain.HallWindow;
import cn.gov.laoshan.district.servicehall.domain.ItemGroup;
import cn.gov.laoshan.district.servicehall.domain.Opening;
import cn.gov.laoshan.district.servicehall.domain.QueueOrder;
import cn.gov.laoshan.district.servicehall.domain.ServiceItem;
import cn.gov.laoshan.district.servicehall.domain.Visit;
import cn.gov.laoshan.district.servicehall.domain.VisitState;

/**
 * The queue on the day: check-in of a booking (or a walk-in ticket), a waiting number per item group, "call next"
 * at a window by {@link QueueOrder}'s rule, service start and end. Every step is audited and signalled to the
 * hall's open displays ({@link QueueSignals}).
 */
public class QueueService {

    private final QueueRepository repository;
    private final BookingService bookings;
    private final CatalogueService catalogue;
    private final HallService halls;
    private final AccessControl access;
    private final AuditLog audit;
    private final QueueSignals signals;
    private final Clock clock;

    public QueueService(QueueRepository repository, BookingService bookings, CatalogueService catalogue,
            HallService halls, AccessControl access, AuditLog audit, QueueSignals signals, Clock clock) {
        this.repository = repository;
        this.bookings = bookings;
        this.catalogue = catalogue;
        this.halls = halls;
        this.access = access;
        this.audit = audit;
        this.signals = signals;
        this.clock = clock;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(BookingService.BEIJING));
    }

    /** Checks a booking in at the hall on its day: its ticket keeps the appointment's priority unless it is late. */
    public Visit checkIn(String hallCode, String bookingNumber) {
        access.check(ServiceHallRoles.BOOKING_MANAGE, ServiceHallRoles.DEPARTMENT);
        Hall hall = halls.existing(hallCode);
        LocalDateTime now = now();
        Booking booking = bookings.byNumber(bookingNumber == null ? "" : bookingNumber.strip())
                .filter(b -> b.hallCode().equals(hall.code()))
                .orElseThrow(() -> new RefusedException("number", "servicehall.error.booking-unknown"));
        if (booking.state() != BookingState.BOOKED) {
            throw new RefusedException("number", "servicehall.error.booking-not-open");
        }
        if (!booking.day().equals(now.toLocalDate())) {
            throw new RefusedException("number", "servicehall.error.check-in-day", booking.day());
        }
        bookings.checkIn(booking);
        boolean onTime = QueueOrder.keepsPriority(booking.day().atTime(booking.starts()), now);
        return drawn(new Visit(0, hall.code(), booking.day(), booking.group(), null, booking.itemCode(),
                booking.number(), onTime ? booking.starts() : null, booking.personName(), booking.mobile(),
                VisitState.WAITING, null, null, clock.instant(), null, null, null));
    }

    /** A walk-in ticket for an item the hall handles today. */
    public Visit walkIn(String hallCode, String itemCode, String personName, String mobile) {
        access.check(ServiceHallRoles.BOOKING_MANAGE, ServiceHallRoles.DEPARTMENT);
        Hall hall = halls.existing(hallCode);
        ServiceItem item = catalogue.offered(itemCode)
                .orElseThrow(() -> new RefusedException("item", "servicehall.error.item-unknown"));
        ItemGroup group = hall.groupFor(item);
        if (group == null) {
            throw new RefusedException("item", "servicehall.error.hall-not-for-item", hall.name());
        }
        LocalDateTime now = now();
        Opening opening = halls.opening(hall, now.toLocalDate());
        if (!opening.admits(item)) {
            throw new RefusedException("item", "servicehall.error.day-closed-hall", now.toLocalDate());
        }
        String m = mobile == null || mobile.isBlank() ? null : mobile.strip();
        if (m != null && !m.matches("1[3-9]\\d{9}")) {
            throw new RefusedException("mobile", "servicehall.error.mobile");
        }
        String name = personName == null || personName.isBlank() ? null : personName.strip();
        return drawn(new Visit(0, hall.code(), now.toLocalDate(), group, null, item.code(), null, null,
                name == null || name.length() > 50 ? null : name, m, VisitState.WAITING, null, null, clock.instant(),
                null, null, null));
    }

    private Visit drawn(Visit v) {
        long id = repository.insert(v, QueueOrder.letter(v.group()));
        Visit ticket = repository.find(id).orElseThrow();
        audit.record(ServiceHallRoles.PLUGIN, "queue.ticket", "Visit", ticket.hallCode() + "/" + ticket.day() + "/"
                + ticket.ticket(), null, ticket.bookingNumber() == null ? "walk-in" : ticket.bookingNumber());
        signals.changed(ticket.hallCode());
        return ticket;
    }

    /**
     * Calls the next ticket to the window, by {@link QueueOrder}: among the waiting tickets of the groups the window
     * serves. Empty when nobody waits. Only the window's own clerk calls there (or the hall's team leader).
     */
    public Optional<Visit> callNext(String hallCode, int windowNumber) {
        access.check(ServiceHallRoles.BOOKING_MANAGE, ServiceHallRoles.DEPARTMENT);
        Hall hall = halls.existing(hallCode);
        HallWindow window = halls.windows(hall.code()).stream().filter(w -> w.number() == windowNumber).findFirst()
                .orElseThrow(() -> new RefusedException("window", "servicehall.error.window-unknown"));
        String login = access.currentUser().map(CurrentUser::login).orElseThrow();
        if (window.staffLogin() != null && !window.staffLogin().equals(login) && !login.equals(hall.teamLeader())) {
            throw new RefusedException("window", "servicehall.error.not-your-window", windowNumber);
        }
        LocalDateTime now = now();
        for (int attempt = 0; attempt < 10; attempt++) {
            List<Visit> waiting = repository.ofDay(hall.code(), now.toLocalDate(), EnumSet.of(VisitState.WAITING))
                    .stream().filter(v -> window.serves(v.group())).toList();
            Optional<Visit> next = QueueOrder.next(waiting, now);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            if (repository.call(next.get().id(), windowNumber, login, clock.instant())) {
                Visit called = repository.find(next.get().id()).orElseThrow();
                audit.record(ServiceHallRoles.PLUGIN, "queue.call", "Visit", id(called), null, "window " + windowNumber);
                signals.changed(hall.code());
                return Optional.of(called);
            }
            // another window called that ticket a moment ago: take the next one
        }
        throw new RefusedException(null, "servicehall.error.changed");
    }

    public Visit start(long visitId) {
        return step(visitId, VisitState.CALLED, VisitState.SERVING, "started_at", "queue.start");
    }

    public Visit finish(long visitId) {
        return step(visitId, VisitState.SERVING, VisitState.DONE, "ended_at", "queue.finish");
    }

    /** The called person did not come to the window. */
    public Visit absent(long visitId) {
        return step(visitId, VisitState.CALLED, VisitState.ABSENT, null, "queue.absent");
    }

    private Visit step(long visitId, VisitState from, VisitState to, String stamp, String action) {
        access.check(ServiceHallRoles.BOOKING_MANAGE, ServiceHallRoles.DEPARTMENT);
        Visit visit = repository.find(visitId).orElseThrow(() -> new RefusedException(null, "servicehall.error.visit-unknown"));
        String login = access.currentUser().map(CurrentUser::login).orElseThrow();
        if (!Objects.equals(visit.clerkLogin(), login)) {
            throw new RefusedException(null, "servicehall.error.not-your-ticket", visit.ticket());
        }
        if (!repository.move(visitId, from, to, stamp, clock.instant())) {
            throw new RefusedException(null, "servicehall.error.changed");
        }
        Visit moved = repository.find(visitId).orElseThrow();
        audit.record(ServiceHallRoles.PLUGIN, action, "Visit", id(moved), from.name(), to.name());
        signals.changed(moved.hallCode());
        return moved;
    }

    private static String id(Visit v) {
        return v.hallCode() + "/" + v.day() + "/" + v.ticket();
    }

    /** What a hall display shows: the tickets called or being served (newest call first) and who waits per group. */
    public record Board(List<Visit> called, Map<ItemGroup, Integer> waiting) {
    }

    /** The hall's board today: ticket numbers and windows only, nobody's name (it hangs in the hall). */
    public Board board(String hallCode) {
        access.check(ServiceHallRoles.BOOKING_MANAGE);
        LocalDate today = now().toLocalDate();
        List<Visit> called = repository.ofDay(hallCode, today, EnumSet.of(VisitState.CALLED, VisitState.SERVING))
                .stream().sorted((a, b) -> b.calledAt().compareTo(a.calledAt())).limit(10).toList();
        Map<ItemGroup, Integer> waiting = new EnumMap<>(ItemGroup.class);
        repository.ofDay(hallCode, today, EnumSet.of(VisitState.WAITING))
                .forEach(v -> waiting.merge(v.group(), 1, Integer::sum));
        return new Board(called, waiting);
    }

    /** The hall's tickets of a day, all states, for the clerks' list. */
    public List<Visit> ofDay(String hallCode, LocalDate day) {
        access.check(ServiceHallRoles.BOOKING_MANAGE);
        return repository.ofDay(hallCode, day, EnumSet.allOf(VisitState.class));
    }

    /** Average waiting and service minutes of the hall's finished tickets of a day. */
    public record Times(int served, double averageWaitMinutes, double averageServiceMinutes) {
    }

    public Times times(String hallCode, LocalDate day) {
        List<Visit> done = ofDay(hallCode, day).stream().filter(v -> v.state() == VisitState.DONE).toList();
        OptionalDouble waited = done.stream().map(Visit::waited).filter(Objects::nonNull)
                .mapToDouble(d -> d.toSeconds() / 60.0).average();
        OptionalDouble served = done.stream().map(Visit::served).filter(Objects::nonNull)
                .mapToDouble(d -> d.toSeconds() / 60.0).average();
        return new Times(done.size(), waited.orElse(0), served.orElse(0));
    }

    /** The signals open screens listen to. */
    public QueueSignals signals() {
        return signals;
    }
}
