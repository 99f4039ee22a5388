package cn.gov.laoshan.district.servicehall.service;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.servicehall.domain.Booking;
import cn.gov.laoshan.district.servicehall.domain.BookingChannel;
import cn.gov.laoshan.district.servicehall.domain.BookingState;
import cn.gov.laoshan.district.servicehall.domain.ItemGroup;

/** Bookings and each person's count of open bookings. */
public class BookingRepository {

    private final Jdbi jdbi;

    public BookingRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Makes sure the person has a counter row, in its own short transaction: a concurrent first booking of the same
     * person may insert it first (the duplicate is then ignored), and the booking's own transaction stays clean.
     */
    public void ensurePerson(String idNumber) {
        try {
            jdbi.useHandle(h -> {
                if (h.createQuery("select count(*) from booking_person where id_number = :id").bind("id", idNumber)
                        .mapTo(Integer.class).one() == 0) {
                    h.createUpdate("insert into booking_person (id_number, open_bookings) values (:id, 0)")
                            .bind("id", idNumber).execute();
                }
            });
        } catch (RuntimeException duplicate) {
            if (jdbi.withHandle(h -> h.createQuery("select count(*) from booking_person where id_number = :id")
                    .bind("id", idNumber).mapTo(Integer.class).one()) == 0) {
                throw duplicate;
            }
        }
    }

    /** Counts one more open booking of the person unless they hold {@code limit} already. */
    public boolean takeOpen(Handle h, String idNumber, int limit) {
        return h.createUpdate("update booking_person set open_bookings = open_bookings + 1 where id_number = :id "
                + "and open_bookings < :limit").bind("id", idNumber).bind("limit", limit).execute() == 1;
    }

    public void releaseOpen(Handle h, String idNumber) {
        h.createUpdate("update booking_person set open_bookings = open_bookings - 1 where id_number = :id "
                + "and open_bookings > 0").bind("id", idNumber).execute();
    }

    public int openBookings(String idNumber) {
        return jdbi.withHandle(h -> h.createQuery("select open_bookings from booking_person where id_number = :id")
                .bind("id", idNumber).mapTo(Integer.class).findOne().orElse(0));
    }

    /** The no-shows of the person on days from {@code since} on, newest first. */
    public List<LocalDate> noShows(String idNumber, LocalDate since) {
        return jdbi.withHandle(h -> h.createQuery("select day from booking where id_number = :id and state = :state "
                + "and day >= :since order by day desc").bind("id", idNumber).bind("state", BookingState.NO_SHOW.name())
                .bind("since", Date.valueOf(since)).map((rs, ctx) -> rs.getDate(1).toLocalDate()).list());
    }

    /** Inserts the booking and gives it its number ({@code <hall><yyMMdd>-<id>}); returns the id. */
    public long insert(Handle h, Booking b) {
        long id = h.createUpdate("insert into booking (hall_code, item_code, item_group, day, starts, person_name, "
                + "id_number, mobile, uscc, channel, state, booked_by, created_at) values (:hall, :item, :group, :day, "
                + ":starts, :name, :idNumber, :mobile, :uscc, :channel, :state, :by, :at)")
                .bind("hall", b.hallCode()).bind("item", b.itemCode()).bind("group", b.group().name())
                .bind("day", Date.valueOf(b.day())).bind("starts", Time.valueOf(b.starts())).bind("name", b.personName())
                .bind("idNumber", b.idNumber()).bind("mobile", b.mobile()).bind("uscc", b.uscc())
                .bind("channel", b.channel().name()).bind("state", b.state().name()).bind("by", b.bookedBy())
                .bind("at", Timestamp.from(b.createdAt())).executeAndReturnGeneratedKeys().mapTo(Long.class).one();
        h.createUpdate("update booking set booking_no = :no where id = :id").bind("id", id)
                .bind("no", number(b.hallCode(), b.day(), id)).execute();
        return id;
    }

    public String numberOf(long id) {
        return jdbi.withHandle(h -> h.createQuery("select booking_no from booking where id = :id").bind("id", id)
                .mapTo(String.class).one());
    }

    static String number(String hall, LocalDate day, long id) {
        return String.format("%s%02d%02d%02d-%06d", hall.replace("-", ""), day.getYear() % 100, day.getMonthValue(),
                day.getDayOfMonth(), id);
    }

    public Optional<Booking> find(Handle h, String number) {
        return h.createQuery("select * from booking where booking_no = :no").bind("no", number)
                .map((rs, ctx) -> booking(rs)).findOne();
    }

    public Optional<Booking> find(String number) {
        return jdbi.withHandle(h -> find(h, number));
    }

    /** Moves the booking on only from the state it was read in: a concurrent move makes this return false. */
    public boolean move(Handle h, long id, BookingState from, BookingState to) {
        return h.createUpdate("update booking set state = :to where id = :id and state = :from").bind("id", id)
                .bind("from", from.name()).bind("to", to.name()).execute() == 1;
    }

    public void reschedule(Handle h, long id, LocalDate day, java.time.LocalTime starts) {
        h.createUpdate("update booking set day = :day, starts = :starts where id = :id").bind("id", id)
                .bind("day", Date.valueOf(day)).bind("starts", Time.valueOf(starts)).execute();
    }

    /** Bookings of a hall on a day (all halls when {@code hall} is null), by time. */
    public List<Booking> ofDay(String hall, LocalDate day) {
        return jdbi.withHandle(h -> {
            var q = h.createQuery("select * from booking where day = :day" + (hall == null ? "" : " and hall_code = :hall")
                    + " order by starts, id").bind("day", Date.valueOf(day));
            return (hall == null ? q : q.bind("hall", hall)).map((rs, ctx) -> booking(rs)).list();
        });
    }

    /** An enterprise's bookings, newest day first. */
    public List<Booking> ofEnterprise(String uscc) {
        return jdbi.withHandle(h -> h.createQuery("select * from booking where uscc = :uscc order by day desc, starts")
                .bind("uscc", uscc).map((rs, ctx) -> booking(rs)).list());
    }

    /** Bookings still BOOKED on days before {@code today}. */
    public List<Booking> missed(LocalDate today) {
        return jdbi.withHandle(h -> h.createQuery("select * from booking where state = :state and day < :today")
                .bind("state", BookingState.BOOKED.name()).bind("today", Date.valueOf(today))
                .map((rs, ctx) -> booking(rs)).list());
    }

    /** Bookings still BOOKED on {@code day}, for the day-before reminders. */
    public List<Booking> booked(LocalDate day) {
        return jdbi.withHandle(h -> h.createQuery("select * from booking where state = :state and day = :day")
                .bind("state", BookingState.BOOKED.name()).bind("day", Date.valueOf(day))
                .map((rs, ctx) -> booking(rs)).list());
    }

    static Booking booking(ResultSet rs) throws SQLException {
        return new Booking(rs.getLong("id"), rs.getString("booking_no"), rs.getString("hall_code"),
                rs.getString("item_code"), ItemGroup.valueOf(rs.getString("item_group")), rs.getDate("day").toLocalDate(),
                rs.getTime("starts").toLocalTime(), rs.getString("person_name"), rs.getString("id_number"),
                rs.getString("mobile"), rs.getString("uscc"), BookingChannel.valueOf(rs.getString("channel")),
                BookingState.valueOf(rs.getString("state")), rs.getString("booked_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
