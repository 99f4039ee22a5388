package cn.gov.laoshan.district.servicehall.service;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.servicehall.domain.ItemGroup;
import cn.gov.laoshan.district.servicehall.domain.SlotCapacity;

/** Places per slot; taking and giving back a place are single conditional updates on the caller's handle. */
public class CapacityRepository {

    private final Jdbi jdbi;

    public CapacityRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public List<SlotCapacity> day(String hall, LocalDate day) {
        return jdbi.withHandle(h -> h.createQuery("select * from slot_capacity where hall_code = :hall and day = :day "
                + "order by item_group, starts").bind("hall", hall).bind("day", Date.valueOf(day))
                .map((rs, ctx) -> slot(rs)).list());
    }

    public List<SlotCapacity> days(String hall, ItemGroup group, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("select * from slot_capacity where hall_code = :hall and "
                + "item_group = :group and day >= :from and day <= :to order by day, starts").bind("hall", hall)
                .bind("group", group.name()).bind("from", Date.valueOf(from)).bind("to", Date.valueOf(to))
                .map((rs, ctx) -> slot(rs)).list());
    }

    /**
     * Sets a slot's places (never below those booked); a new slot starts open with none booked. Returns the places
     * set.
     */
    public int set(Handle h, String hall, ItemGroup group, LocalDate day, LocalTime starts, int capacity) {
        int updated = h.createUpdate("update slot_capacity set capacity = case when booked > :capacity then booked "
                + "else :capacity end where hall_code = :hall and item_group = :group and day = :day and starts = :starts")
                .bind("capacity", capacity).bind("hall", hall).bind("group", group.name())
                .bind("day", Date.valueOf(day)).bind("starts", Time.valueOf(starts)).execute();
        if (updated == 0) {
            h.createUpdate("insert into slot_capacity (hall_code, item_group, day, starts, capacity, booked, closed) "
                    + "values (:hall, :group, :day, :starts, :capacity, 0, 0)").bind("capacity", capacity)
                    .bind("hall", hall).bind("group", group.name()).bind("day", Date.valueOf(day))
                    .bind("starts", Time.valueOf(starts)).execute();
        }
        return capacity;
    }

    public boolean close(String hall, ItemGroup group, LocalDate day, LocalTime starts, boolean closed) {
        return jdbi.withHandle(h -> close(h, hall, group, day, starts, closed));
    }

    public boolean close(Handle h, String hall, ItemGroup group, LocalDate day, LocalTime starts, boolean closed) {
        return h.createUpdate("update slot_capacity set closed = :closed where hall_code = :hall "
                + "and item_group = :group and day = :day and starts = :starts").bind("closed", closed ? 1 : 0)
                .bind("hall", hall).bind("group", group.name()).bind("day", Date.valueOf(day))
                .bind("starts", Time.valueOf(starts)).execute() == 1;
    }

    /**
     * Takes one place of the slot if one is free and the slot is open: one statement, so that the row's lock orders
     * concurrent bookings and the second sees the first's count. False when none was free.
     */
    public boolean take(Handle h, String hall, ItemGroup group, LocalDate day, LocalTime starts) {
        return h.createUpdate("update slot_capacity set booked = booked + 1 where hall_code = :hall and "
                + "item_group = :group and day = :day and starts = :starts and closed = 0 and booked < capacity")
                .bind("hall", hall).bind("group", group.name()).bind("day", Date.valueOf(day))
                .bind("starts", Time.valueOf(starts)).execute() == 1;
    }

    public void giveBack(Handle h, String hall, ItemGroup group, LocalDate day, LocalTime starts) {
        h.createUpdate("update slot_capacity set booked = booked - 1 where hall_code = :hall and item_group = :group "
                + "and day = :day and starts = :starts and booked > 0").bind("hall", hall).bind("group", group.name())
                .bind("day", Date.valueOf(day)).bind("starts", Time.valueOf(starts)).execute();
    }

    static SlotCapacity slot(ResultSet rs) throws SQLException {
        return new SlotCapacity(rs.getString("hall_code"), ItemGroup.valueOf(rs.getString("item_group")),
                rs.getDate("day").toLocalDate(), rs.getTime("starts").toLocalTime(), rs.getInt("capacity"),
                rs.getInt("booked"), rs.getInt("closed") == 1);
    }
}
