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
import cn.gov.laoshan.district.api.project.ProjectSummary;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.EnterpriseScope;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.servicehall.salon.domain.EventKind;
import cn.gov.laoshan.district.servicehall.salon.domain.EventState;
import cn.gov.laoshan.district.servicehall.salon.domain.RoomBooking;
import cn.gov.laoshan.district.servicehall.salon.domain.SalonEvent;
import cn.gov.laoshan.district.servicehall.salon.domain.SalonFigures;
import cn.gov.laoshan.district.servicehall.salon.domain.SalonRegistration;
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

    /** Today in the district, on the platform's clock (the screens take it from here). */
    public LocalDate today() {
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

    /** Books the room and plans the event on it, in one step; a joint consultation's housing project typed as a code. */
    public SalonEvent plan(String roomCode, LocalDate day, LocalTime starts, LocalTime ends, EventKind kind,
            String title, String summary, String housingProject, int places) {
        return plan(roomCode, day, starts, ends, kind, title, summary, housingProject, null, places);
    }

    /**
     * As {@link #plan(String, LocalDate, LocalTime, LocalTime, EventKind, String, String, String, int)} with a housing
     * project picked from the housing plugin's directory (api.project): its code and its name as it is now.
     */
    public SalonEvent planWithProject(String roomCode, LocalDate day, LocalTime starts, LocalTime ends, EventKind kind,
            String title, String summary, ProjectSummary housingProject, int places) {
        return plan(roomCode, day, starts, ends, kind, title, summary,
                housingProject == null ? null : housingProject.code(),
                housingProject == null ? null : housingProject.name(), places);
    }

    private SalonEvent plan(String roomCode, LocalDate day, LocalTime starts, LocalTime ends, EventKind kind,
            String title, String summary, String housingProject, String housingProjectName, int places) {
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
        if (project != null && project.length() > 60) {
            throw new RefusedException("housingProject", "servicehall.salon.error.project-code");
        }
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
                    + "housing_project, housing_project_name, state, places, created_by, created_at) values (:b, :k, :t, :d, :s, "
                    + ":p, :pn, 'PLANNED', :places, :by, :at)").bind("b", booking).bind("k", kind.name()).bind("t", title.strip())
                    .bind("d", ServiceHallRoles.DEPARTMENT)
                    .bind("s", summary == null || summary.isBlank() ? null : summary.strip())
                    .bind("p", project).bind("pn", project == null ? null : housingProjectName).bind("places", places).bind("by", by).bind("at", Timestamp.from(clock.instant()))
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

    /** The registrations of an event with what was ticked at the door, by registration time (the hall's staff). */
    public List<SalonRegistration> registrations(long eventId) {
        manage();
        return jdbi.withHandle(h -> h.createQuery("select * from salon_registration where event_id = :e "
                + "order by registered_at, uscc").bind("e", eventId).map((rs, ctx) -> registration(rs)).list());
    }

    /**
     * Ticks a registered enterprise at the door with the number of its people who came ({@code 0}: it did not come,
     * the tick taken back). On the event's day or later, while the event is not closed; at most ten people.
     */
    public SalonRegistration checkIn(long eventId, String uscc, int people) {
        manage();
        if (people < 0 || people > 10) {
            throw new RefusedException("people", "servicehall.salon.error.check-in-people");
        }
        SalonEvent event = open(eventId);
        if (event.day().isAfter(today())) {
            throw new RefusedException(null, "servicehall.salon.error.not-yet");
        }
        String by = me();
        int changed = jdbi.withHandle(h -> h.createUpdate("update salon_registration set attended = :a, "
                + "attended_people = :n, checked_in_by = :by, checked_in_at = :at where event_id = :e and uscc = :u "
                + "and exists (select 1 from salon_event e where e.id = :e and e.state = 'PLANNED')")
                .bind("a", people > 0 ? 1 : 0).bind("n", people).bind("by", by)
                .bind("at", Timestamp.from(clock.instant())).bind("e", eventId).bind("u", uscc).execute());
        if (changed != 1) {
            throw new RefusedException(null, "servicehall.salon.error.not-registered");
        }
        audit.record(SOURCE, "salon.event.check-in", "SalonEvent", String.valueOf(eventId), null,
                uscc + " " + people);
        return registrations(eventId).stream().filter(r -> r.uscc().equals(uscc)).findFirst().orElseThrow();
    }

    /** Counts the people who came without a registration (residents, officials of other bureaus). */
    public SalonEvent walkIns(long eventId, int people) {
        manage();
        if (people < 0 || people > 1000) {
            throw new RefusedException("walkIns", "servicehall.salon.error.people");
        }
        SalonEvent event = open(eventId);
        if (event.day().isAfter(today())) {
            throw new RefusedException(null, "servicehall.salon.error.not-yet");
        }
        if (jdbi.withHandle(h -> h.createUpdate("update salon_event set walk_ins = :n where id = :e and state = 'PLANNED'")
                .bind("n", people).bind("e", eventId).execute()) != 1) {
            throw new RefusedException(null, "servicehall.salon.error.event-done");
        }
        audit.record(SOURCE, "salon.event.walk-ins", "SalonEvent", String.valueOf(eventId),
                String.valueOf(event.walkIns()), String.valueOf(people));
        return event(eventId).orElseThrow();
    }

    /**
     * Closes the event as held: the people it served are counted from the attendance — the people ticked at the
     * door plus the walk-ins —, in the same statement, so the figure is what was recorded, never a number typed
     * afterwards. On the event's day or later.
     */
    public SalonEvent held(long eventId) {
        manage();
        SalonEvent event = open(eventId);
        if (event.day().isAfter(today())) {
            throw new RefusedException(null, "servicehall.salon.error.not-yet");
        }
        if (jdbi.withHandle(h -> h.createUpdate("update salon_event set state = 'HELD', people_served = walk_ins + "
                + "(select coalesce(sum(r.attended_people), 0) from salon_registration r where r.event_id = :e) "
                + "where id = :e and state = 'PLANNED'").bind("e", eventId).execute()) != 1) {
            throw new RefusedException(null, "servicehall.salon.error.event-done");
        }
        SalonEvent done = event(eventId).orElseThrow();
        audit.record(SOURCE, "salon.event.held", "SalonEvent", String.valueOf(eventId), EventState.PLANNED.name(),
                EventState.HELD + " " + done.peopleServed());
        return done;
    }

    /** Writes the minutes (纪要) of a held event; written again, the text is replaced (audited with the old one). */
    public SalonEvent minutes(long eventId, String text) {
        manage();
        if (text == null || text.isBlank() || text.strip().length() > 4000) {
            throw new RefusedException("minutes", "servicehall.salon.error.minutes");
        }
        SalonEvent event = event(eventId).orElseThrow(() -> new RefusedException(null,
                "servicehall.salon.error.booking-unknown"));
        if (jdbi.withHandle(h -> h.createUpdate("update salon_event set minutes = :m, minutes_by = :by, "
                + "minutes_at = :at where id = :e and state = 'HELD'").bind("m", text.strip()).bind("by", me())
                .bind("at", Timestamp.from(clock.instant())).bind("e", eventId).execute()) != 1) {
            throw new RefusedException(null, "servicehall.salon.error.minutes-not-held");
        }
        audit.record(SOURCE, "salon.event.minutes", "SalonEvent", String.valueOf(eventId), event.minutes(),
                text.strip());
        return event(eventId).orElseThrow();
    }

    /**
     * A held event whose minutes the current user may read: the centre's staff ({@link SalonRoles#MANAGE} in its
     * department) any; an enterprise user only one their own enterprise came to (ticked at the door; the scope in
     * the SQL). Empty otherwise — the minutes' files follow it ({@link SalonMinutesFiles}).
     */
    public Optional<SalonEvent> minutesOf(long eventId) {
        if (access.has(SalonRoles.MANAGE)) {
            manage();
            return event(eventId);
        }
        access.check(SalonRoles.REGISTER);
        String uscc = access.currentUser().map(CurrentUser::uscc).orElse(null);
        if (uscc == null || !access.enterprises(SalonRoles.REGISTER).includes(uscc)) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery(EVENT + " where e.id = :id and e.state = 'HELD' and exists (select 1 "
                + "from salon_registration r where r.event_id = e.id and r.uscc = :u and r.attended = 1)")
                .bind("id", eventId).bind("u", uscc).map((rs, ctx) -> event(rs)).findOne());
    }

    /**
     * The held events the current enterprise user's own enterprise came to (ticked at the door), newest first: the
     * events whose minutes they read ({@link #minutesOf}). The scope is in the SQL; anyone else gets none.
     */
    public List<SalonEvent> attendedEvents() {
        access.check(SalonRoles.REGISTER);
        String uscc = access.currentUser().map(CurrentUser::uscc).orElse(null);
        if (uscc == null || !access.enterprises(SalonRoles.REGISTER).includes(uscc)) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery(EVENT + " where e.state = 'HELD' and exists (select 1 from "
                + "salon_registration r where r.event_id = e.id and r.uscc = :u and r.attended = 1) "
                + "order by b.day desc, b.starts desc").bind("u", uscc).map((rs, ctx) -> event(rs)).list());
    }

    /** The event, while it is planned (attendance is taken); else refused. */
    private SalonEvent open(long eventId) {
        SalonEvent event = event(eventId).orElseThrow(() -> new RefusedException(null,
                "servicehall.salon.error.booking-unknown"));
        if (event.state() != EventState.PLANNED) {
            throw new RefusedException(null, "servicehall.salon.error.event-done");
        }
        return event;
    }

    /**
     * The year's figures from the recorded attendance: events held, distinct projects served (those the enterprises
     * that came brought, and the joint consultations' housing projects), enterprises that came, people served (ticked
     * at the door plus walk-ins).
     */
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
                        + "b.day >= :f and b.day < :t and r.attended = 1 and r.project_name is not null union select e.housing_project" + held
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
                rs.getInt("places"), rs.getInt("registered"), rs.getInt("people_served"), rs.getInt("projects"),
                rs.getInt("walk_ins"), rs.getString("minutes"), rs.getString("minutes_by"),
                rs.getTimestamp("minutes_at") == null ? null : rs.getTimestamp("minutes_at").toInstant(),
                rs.getString("housing_project_name"));
    }

    private static SalonRegistration registration(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("checked_in_at");
        return new SalonRegistration(rs.getLong("event_id"), rs.getString("uscc"), rs.getString("registered_by"),
                rs.getInt("attendees"), rs.getString("project_name"), rs.getInt("attended") == 1,
                rs.getInt("attended_people"), rs.getString("checked_in_by"), at == null ? null : at.toInstant());
    }
}
