package cn.gov.laoshan.district.servicehall.service;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.servicehall.domain.ItemGroup;
import cn.gov.laoshan.district.servicehall.domain.Visit;
import cn.gov.laoshan.district.servicehall.domain.VisitState;

/** The day's tickets and their numbering. */
public class QueueRepository {

    private final Jdbi jdbi;

    public QueueRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Draws the next number of the group in the hall on the day and inserts the ticket, in one transaction: the
     * counter row's update orders concurrent check-ins. Returns the ticket's id.
     */
    public long insert(Visit v, char letter) {
        ensureCounter(v.hallCode(), v.day(), v.group());
        return jdbi.inTransaction(h -> {
            h.createUpdate("update ticket_counter set last_value = last_value + 1 where hall_code = :hall and day = :day "
                    + "and item_group = :group").bind("hall", v.hallCode()).bind("day", Date.valueOf(v.day()))
                    .bind("group", v.group().name()).execute();
            int n = h.createQuery("select last_value from ticket_counter where hall_code = :hall and day = :day "
                    + "and item_group = :group").bind("hall", v.hallCode()).bind("day", Date.valueOf(v.day()))
                    .bind("group", v.group().name()).mapTo(Integer.class).one();
            return h.createUpdate("insert into visit (hall_code, day, item_group, ticket, item_code, booking_no, "
                    + "appointment_at, person_name, mobile, state, checked_in_at) values (:hall, :day, :group, :ticket, "
                    + ":item, :booking, :appointment, :name, :mobile, :state, :at)").bind("hall", v.hallCode())
                    .bind("day", Date.valueOf(v.day())).bind("group", v.group().name())
                    .bind("ticket", String.format("%c%03d", letter, n)).bind("item", v.itemCode())
                    .bind("booking", v.bookingNumber())
                    .bind("appointment", v.appointmentAt() == null ? null : Time.valueOf(v.appointmentAt()))
                    .bind("name", v.personName()).bind("mobile", v.mobile()).bind("state", VisitState.WAITING.name())
                    .bind("at", Timestamp.from(v.checkedInAt())).executeAndReturnGeneratedKeys().mapTo(Long.class).one();
        });
    }

    /**
     * Makes sure the day's counter of the group exists, in its own short transaction: a concurrent first check-in
     * may insert it first (the duplicate is then ignored), and the ticket's own transaction stays clean.
     */
    private void ensureCounter(String hall, LocalDate day, ItemGroup group) {
        try {
            if (counters(hall, day, group) == 0) {
                jdbi.useHandle(h -> h.createUpdate("insert into ticket_counter (hall_code, day, item_group, last_value) "
                        + "values (:hall, :day, :group, 0)").bind("hall", hall).bind("day", Date.valueOf(day))
                        .bind("group", group.name()).execute());
            }
        } catch (RuntimeException duplicate) {
            if (counters(hall, day, group) == 0) {
                throw duplicate;
            }
        }
    }

    private int counters(String hall, LocalDate day, ItemGroup group) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from ticket_counter where hall_code = :hall and "
                + "day = :day and item_group = :group").bind("hall", hall).bind("day", Date.valueOf(day))
                .bind("group", group.name()).mapTo(Integer.class).one());
    }

    public Optional<Visit> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("select * from visit where id = :id").bind("id", id)
                .map((rs, ctx) -> visit(rs)).findOne());
    }

    /** The visit that checked in with booking {@code number}, if it came (the latest, were it checked in twice). */
    public Optional<Visit> ofBooking(String number) {
        return jdbi.withHandle(h -> h.createQuery("select * from visit where booking_no = :n order by id desc")
                .bind("n", number).map((rs, ctx) -> visit(rs)).findFirst());
    }

    /** The hall's tickets of the day, in the given states, oldest first. */
    public List<Visit> ofDay(String hall, LocalDate day, Collection<VisitState> states) {
        return jdbi.withHandle(h -> h.createQuery("select * from visit where hall_code = :hall and day = :day and "
                + "state in (<states>) order by checked_in_at, id").bind("hall", hall).bind("day", Date.valueOf(day))
                .bindList("states", states.stream().map(Enum::name).toList()).map((rs, ctx) -> visit(rs)).list());
    }

    /** Calls the ticket to a window only if it is still waiting: false when another window called it first. */
    public boolean call(long id, int window, String clerk, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("update visit set state = :called, window_number = :window, "
                + "clerk_login = :clerk, called_at = :at where id = :id and state = :waiting")
                .bind("called", VisitState.CALLED.name()).bind("waiting", VisitState.WAITING.name()).bind("id", id)
                .bind("window", window).bind("clerk", clerk).bind("at", Timestamp.from(at)).execute()) == 1;
    }

    /** Moves the ticket on from {@code from}, stamping {@code column} (started_at, ended_at) when given. */
    public boolean move(long id, VisitState from, VisitState to, String column, Instant at) {
        String stamp = column == null ? "" : ", " + column + " = :at";
        return jdbi.withHandle(h -> {
            var update = h.createUpdate("update visit set state = :to" + stamp + " where id = :id and state = :from")
                    .bind("id", id).bind("from", from.name()).bind("to", to.name());
            return (column == null ? update : update.bind("at", Timestamp.from(at))).execute();
        }) == 1;
    }

    static Visit visit(ResultSet rs) throws SQLException {
        Time appointment = rs.getTime("appointment_at");
        int window = rs.getInt("window_number");
        Integer windowNumber = rs.wasNull() ? null : window;
        return new Visit(rs.getLong("id"), rs.getString("hall_code"), rs.getDate("day").toLocalDate(),
                ItemGroup.valueOf(rs.getString("item_group")), rs.getString("ticket"), rs.getString("item_code"),
                rs.getString("booking_no"), appointment == null ? null : appointment.toLocalTime(),
                rs.getString("person_name"), rs.getString("mobile"), VisitState.valueOf(rs.getString("state")),
                windowNumber, rs.getString("clerk_login"), instant(rs, "checked_in_at"), instant(rs, "called_at"),
                instant(rs, "started_at"), instant(rs, "ended_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
