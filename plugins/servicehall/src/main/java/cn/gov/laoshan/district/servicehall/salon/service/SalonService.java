package cn.gov.laoshan.district.servicehall.salon.service;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.EnterpriseScope;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.servicehall.salon.domain.EventKind;
import cn.gov.laoshan.district.servicehall.salon.domain.EventState;
import cn.gov.laoshan.district.servicehall.salon.domain.RoomBooking;
import cn.gov.laoshan.district.servicehall.salon.domain.SalonEvent;
import cn.gov.laoshan.district.servicehall.salon.domain.SalonFigures;
import cn.gov.laoshan.district.servicehall.salon.domain.SalonRoom;
import cn.gov.laoshan.district.servicehall.service.ServiceHallRoles;

/**
 * 会客厅: rooms booked without overlap, events on the bookings, enterprises' registrations, attendance and the year's
 * figures. The centre's staff ({@link SalonRoles#MANAGE}, in its department) run it; an enterprise user
 * ({@link SalonRoles#REGISTER}) sees the planned events and registers their own enterprise only. Every change is
 * audited.
 */
public class SalonService {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String SOURCE = ServiceHallRoles.PLUGIN;
    private static final String EVENT = "select e.*, b.room_code, b.day, b.starts, b.ends, "
            + "(select count(*) from salon_registration r where r.event_id = e.id) as registered, "
            + "(select count(distinct r.project_name) from salon_registration r where r.event_id = e.id "
            + "and r.project_name is not null) as projects "
            + "from salon_event e join salon_booking b on b.id = e.booking_id";

    private final Jdbi jdbi;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    public SalonService(Jdbi jdbi, AccessControl access, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    private void manage() {
        access.check(SalonRoles.MANAGE, ServiceHallRoles.DEPARTMENT);
    }

    private String me() {
        return access.currentUser().map(CurrentUser::login).orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public List<SalonRoom> rooms() {
        if (!access.has(SalonRoles.REGISTER)) {
            access.check(SalonRoles.MANAGE);
        }
        return jdbi.withHandle(h -> h.createQuery("select * from salon_room where active = 1 order by code")
                .map((rs, ctx) -> new SalonRoom(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                        rs.getInt("seats"))).list());
    }

    /**
     * Books a room. A room is never booked twice at once: the room's row is locked and the overlap checked inside
     * the booking's transaction, so two bookings of the same hour made at the same moment cannot both succeed.
     */
    public RoomBooking book(String roomCode, LocalDate day, LocalTime starts, LocalTime ends, String purpose) {
        manage();
        checkBooking(day, starts, ends, purpose);
        String by = me();
        long id = jdbi.inTransaction(h -> bookIn(h, roomCode, day, starts, ends, purpose.strip(), by));
        audit.record(SOURCE, "salon.room.book", "SalonBooking", String.valueOf(id), null,
                roomCode + " " + day + " " + starts + "-" + ends);
        return new RoomBooking(id, roomCode, day, starts, ends, purpose.strip(), by);
    }

    private void checkBooking(LocalDate day, LocalTime starts, LocalTime ends, String purpose) {
        Optional<String> problem = RoomBooking.problem(starts, ends);
        if (problem.isPresent()) {
            throw new RefusedException("ends", problem.get());
        }
        if (day == null || day.isBefore(today())) {
            throw new RefusedException("day", "servicehall.salon.error.day");
        }
        if (purpose == null || purpose.isBlank() || purpose.length() > 200) {
            throw new RefusedException("purpose", "servicehall.salon.error.purpose");
        }
    }

    /** Books inside the caller's transaction: the room's row lock orders concurrent bookings of it. */
    private long bookIn(Handle h, String roomCode, LocalDate day, LocalTime starts, LocalTime ends, String purpose,
            String by) {
        if (h.createUpdate("update salon_room set seats = seats where code = :c and active = 1").bind("c", roomCode)
                .execute() != 1) {
            throw new RefusedException("room", "servicehall.salon.error.room-unknown");
        }
        boolean taken = h.createQuery("select count(*) from salon_booking where room_code = :c and day = :d "
                + "and cancelled = 0 and starts < :ends and ends > :starts").bind("c", roomCode)
                .bind("d", Date.valueOf(day)).bind("starts", Time.valueOf(starts)).bind("ends", Time.valueOf(ends))
                .mapTo(Integer.class).one() > 0;
        if (taken) {
            throw new RefusedException("starts", "servicehall.salon.error.room-taken");
        }
        return h.createUpdate("insert into salon_booking (room_code, day, starts, ends, purpose, booked_by, booked_at) "
                + "values (:c, :d, :s, :e, :p, :by, :at)").bind("c", roomCode).bind("d", Date.valueOf(day))
                .bind("s", Time.valueOf(starts)).bind("e", Time.valueOf(ends)).bind("p", purpose)
                .bind("by", by).bind("at", Timestamp.from(clock.instant()))
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
    }

    /** Cancels a booking (and the event on it). */
    public void cancelBooking(long bookingId) {
        manage();
        int changed = jdbi.inTransaction(h -> {
            h.createUpdate("update salon_event set state = 'CANCELLED' where booking_id = :b and state = 'PLANNED'")
                    .bind("b", bookingId).execute();
            return h.createUpdate("update salon_booking set cancelled = 1 where id = :b and cancelled = 0")
                    .bind("b", bookingId).execute();
        });
        if (changed != 1) {
            throw new RefusedException(null, "servicehall.salon.error.booking-unknown");
        }
        audit.record(SOURCE, "salon.room.cancel", "SalonBooking", String.valueOf(bookingId), "booked", "cancelled");
    }

    public List<RoomBooking> bookings(LocalDate from, LocalDate to) {
        manage();
        return jdbi.withHandle(h -> h.createQuery("select * from salon_booking where cancelled = 0 and day between :f and :t "
                + "order by day, starts, room_code").bind("f", Date.valueOf(from)).bind("t", Date.valueOf(to))
                .map((rs, ctx) -> new RoomBooking(rs.getLong("id"), rs.getString("room_code"),
                        rs.getDate("day").toLocalDate(), rs.getTime("starts").toLocalTime(),
                        rs.getTime("ends").toLocalTime(), rs.getString("purpose"), rs.getString("booked_by"))).list());
    }

    /** Books the room and plans the event on it, in one step. */
    public SalonEvent plan(String roomCode, LocalDate day, LocalTime starts, LocalTime ends, EventKind kind,
            String title, String summary, String housingProject, int places) {
        manage();
        if (kind == null) {
            throw new RefusedException("kind", "servicehall.salon.error.kind");
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new RefusedException("title", "servicehall.salon.error.title");
        }
        if (places < 1 || places > 500) {
            throw new RefusedException("places", "servicehall.salon.error.places");
        }
        String project = housingProject == null || housingProject.isBlank() ? null : housingProject.strip();
        if (project != null && kind != EventKind.JOINT_CONSULTATION) {
            // a housing project is the subject of a joint consultation (联合会商) only
            throw new RefusedException("housingProject", "servicehall.salon.error.project-kind");
        }
        checkBooking(day, starts, ends, title);
        String by = me();
        // the room and the event in one transaction: a refused event leaves no booking behind
        long[] ids = jdbi.inTransaction(h -> {
            long booking = bookIn(h, roomCode, day, starts, ends, title.strip(), by);
            long event = h.createUpdate("insert into salon_event (booking_id, kind, title, host_department, summary, "
                    + "housing_project, state, places, created_by, created_at) values (:b, :k, :t, :d, :s, :p, "
                    + "'PLANNED', :places, :by, :at)").bind("b", booking).bind("k", kind.name()).bind("t", title.strip())
                    .bind("d", ServiceHallRoles.DEPARTMENT)
                    .bind("s", summary == null || summary.isBlank() ? null : summary.strip())
                    .bind("p", project).bind("places", places).bind("by", by).bind("at", Timestamp.from(clock.instant()))
                    .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
            return new long[] {booking, event};
        });
        long id = ids[1];
        audit.record(SOURCE, "salon.room.book", "SalonBooking", String.valueOf(ids[0]), null,
                roomCode + " " + day + " " + starts + "-" + ends);
        audit.record(SOURCE, "salon.event.plan", "SalonEvent", String.valueOf(id), null, kind + " " + title.strip());
        return event(id).orElseThrow();
    }

    public Optional<SalonEvent> event(long id) {
        if (!access.has(SalonRoles.REGISTER)) {
            access.check(SalonRoles.MANAGE);
        }
        return jdbi.withHandle(h -> h.createQuery(EVENT + " where e.id = :id").bind("id", id)
                .map((rs, ctx) -> event(rs)).findOne());
    }

    /** Events of a year, newest first; enterprise users see the planned ones only. */
    public List<SalonEvent> events(int year) {
        boolean staff = access.has(SalonRoles.MANAGE);
        if (!staff) {
            access.check(SalonRoles.REGISTER);
        }
        return jdbi.withHandle(h -> h.createQuery(EVENT + " where b.day >= :f and b.day < :t"
                + (staff ? "" : " and e.state = 'PLANNED'") + " order by b.day desc, b.starts desc")
                .bind("f", Date.valueOf(LocalDate.of(year, 1, 1))).bind("t", Date.valueOf(LocalDate.of(year + 1, 1, 1)))
                .map((rs, ctx) -> event(rs)).list());
    }

    /** An enterprise user registers their own enterprise for a planned event, while places are left. */
    public void register(long eventId, int attendees, String projectName) {
        access.check(SalonRoles.REGISTER);
        EnterpriseScope mine = access.enterprises(SalonRoles.REGISTER);
        String uscc = access.currentUser().map(CurrentUser::uscc).orElse(null);
        if (uscc == null || !mine.includes(uscc)) {
            throw new RefusedException(null, "servicehall.salon.error.enterprise-only");
        }
        registerFor(eventId, uscc, me(), attendees, projectName);
    }

    /** Registers {@code uscc} (the demo registers the demo enterprises). */
    void registerFor(long eventId, String uscc, String by, int attendees, String projectName) {
        if (attendees < 1 || attendees > 10) {
            throw new RefusedException("attendees", "servicehall.salon.error.attendees");
        }
        boolean done = jdbi.inTransaction(h -> {
            if (h.createUpdate("update salon_event set places = places where id = :e and state = 'PLANNED'")
                    .bind("e", eventId).execute() != 1) {
                throw new RefusedException(null, "servicehall.salon.error.event-closed");
            }
            if (h.createQuery("select count(*) from salon_registration where event_id = :e and uscc = :u")
                    .bind("e", eventId).bind("u", uscc).mapTo(Integer.class).one() > 0) {
                throw new RefusedException(null, "servicehall.salon.error.registered");
            }
            return h.createUpdate("insert into salon_registration (event_id, uscc, registered_by, attendees, project_name, "
                    + "registered_at) select id, :u, :by, :n, :p, :at from salon_event where id = :e and places >= "
                    + "(select coalesce(sum(attendees), 0) from salon_registration r where r.event_id = :e) + :n")
                    .bind("e", eventId).bind("u", uscc).bind("by", by).bind("n", attendees)
                    .bind("p", projectName == null || projectName.isBlank() ? null : projectName.strip())
                    .bind("at", Timestamp.from(clock.instant())).execute() == 1;
        });
        if (!done) {
            throw new RefusedException("attendees", "servicehall.salon.error.full");
        }
        audit.record(SOURCE, "salon.event.register", "SalonEvent", String.valueOf(eventId), null, uscc + " " + attendees);
    }

    /** Records that the event was held and how many people it served (the attendance sheet's count). */
    public SalonEvent held(long eventId, int peopleServed, List<String> attendedUsccs) {
        manage();
        if (peopleServed < 0 || peopleServed > 1000) {
            throw new RefusedException("peopleServed", "servicehall.salon.error.people");
        }
        boolean done = jdbi.inTransaction(h -> {
            if (h.createUpdate("update salon_event set state = 'HELD', people_served = :n where id = :e and state = 'PLANNED'")
                    .bind("n", peopleServed).bind("e", eventId).execute() != 1) {
                return false;
            }
            for (String uscc : attendedUsccs) {
                h.createUpdate("update salon_registration set attended = 1 where event_id = :e and uscc = :u")
                        .bind("e", eventId).bind("u", uscc).execute();
            }
            return true;
        });
        if (!done) {
            throw new RefusedException(null, "servicehall.salon.error.event-closed");
        }
        audit.record(SOURCE, "salon.event.held", "SalonEvent", String.valueOf(eventId), EventState.PLANNED.name(),
                EventState.HELD + " " + peopleServed);
        return event(eventId).orElseThrow();
    }

    /** The year's figures: events held, distinct projects and enterprises served, people served. */
    public SalonFigures figures(int year) {
        manage();
        Date from = Date.valueOf(LocalDate.of(year, 1, 1));
        Date to = Date.valueOf(LocalDate.of(year + 1, 1, 1));
        String held = " from salon_event e join salon_booking b on b.id = e.booking_id where e.state = 'HELD' "
                + "and b.day >= :f and b.day < :t";
        return jdbi.withHandle(h -> new SalonFigures(year,
                h.createQuery("select count(*)" + held).bind("f", from).bind("t", to).mapTo(Integer.class).one(),
                // a project counts once a year: by its name, or a joint consultation's housing project
                h.createQuery("select count(*) from (select r.project_name as p from salon_registration r join salon_event e "
                        + "on e.id = r.event_id join salon_booking b on b.id = e.booking_id where e.state = 'HELD' and "
                        + "b.day >= :f and b.day < :t and r.project_name is not null union select e.housing_project" + held
                        + " and e.housing_project is not null) x").bind("f", from).bind("t", to).mapTo(Integer.class).one(),
                h.createQuery("select count(distinct r.uscc) from salon_registration r join salon_event e on e.id = "
                        + "r.event_id join salon_booking b on b.id = e.booking_id where e.state = 'HELD' and b.day >= :f "
                        + "and b.day < :t and r.attended = 1").bind("f", from).bind("t", to).mapTo(Integer.class).one(),
                h.createQuery("select coalesce(sum(e.people_served), 0)" + held).bind("f", from).bind("t", to)
                        .mapTo(Integer.class).one()));
    }

    /** The events of a year as an Excel sheet. */
    public void exportEvents(int year, java.io.OutputStream out) throws java.io.IOException {
        manage();
        try (cn.gov.laoshan.district.uikit.XlsxSheet sheet = cn.gov.laoshan.district.uikit.XlsxSheet.open(out, "会客厅活动",
                List.of("日期", "时间", "会客厅", "类型", "主题", "住建项目", "状态", "报名企业", "项目数", "服务人次"))) {
            for (SalonEvent e : events(year)) {
                sheet.row(e.day().toString(), e.starts() + "-" + e.ends(), e.roomCode(), KIND_NAMES[e.kind().ordinal()],
                        e.title(), e.housingProject() == null ? "" : e.housingProject(), STATE_NAMES[e.state().ordinal()],
                        String.valueOf(e.registered()), String.valueOf(e.projects()), String.valueOf(e.peopleServed()));
            }
        }
    }

    private static final String[] KIND_NAMES = {"项目洽谈", "企业路演", "政策宣讲", "联合会商"};
    private static final String[] STATE_NAMES = {"计划中", "已举办", "已取消"};

    private static SalonEvent event(ResultSet rs) throws SQLException {
        return new SalonEvent(rs.getLong("id"), rs.getLong("booking_id"), rs.getString("room_code"),
                rs.getDate("day").toLocalDate(), rs.getTime("starts").toLocalTime(), rs.getTime("ends").toLocalTime(),
                EventKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("host_department"),
                rs.getString("summary"), rs.getString("housing_project"), EventState.valueOf(rs.getString("state")),
                rs.getInt("places"), rs.getInt("registered"), rs.getInt("people_served"), rs.getInt("projects"));
    }
}
