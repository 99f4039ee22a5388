package cn.gov.laoshan.district.servicehall.service;

import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.servicehall.domain.Hall;
import cn.gov.laoshan.district.servicehall.domain.HallLevel;
import cn.gov.laoshan.district.servicehall.domain.HallWindow;
import cn.gov.laoshan.district.servicehall.domain.ItemGroup;
import cn.gov.laoshan.district.servicehall.domain.Period;

/** Halls, their hours and their windows. */
public class HallRepository {

    private final Jdbi jdbi;

    public HallRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every hall, the district centre first, then streets and communities by code. */
    public List<Hall> halls() {
        return jdbi.withHandle(h -> {
            List<HallRow> rows = h.createQuery("select * from hall order by code")
                    .map((rs, ctx) -> new HallRow(rs.getString("code"), rs.getString("name"),
                            HallLevel.valueOf(rs.getString("hall_level")), rs.getString("address"),
                            rs.getInt("slot_minutes"), rs.getString("team_leader"))).list();
            Map<String, List<HallWindow>> windows = windows(h, null).stream()
                    .collect(Collectors.groupingBy(HallWindow::hallCode));
            Map<String, Map<DayOfWeek, List<Period>>> hours = hours(h);
            return rows.stream().map(r -> r.hall(hours.getOrDefault(r.code, Map.of()),
                    windows.getOrDefault(r.code, List.of()))).sorted((a, b) -> a.level() != b.level()
                            ? a.level().compareTo(b.level()) : a.code().compareTo(b.code())).toList();
        });
    }

    public Optional<Hall> find(String code) {
        return halls().stream().filter(h -> h.code().equals(code)).findFirst();
    }

    public List<HallWindow> windows(String hallCode) {
        return jdbi.withHandle(h -> windows(h, hallCode));
    }

    private static List<HallWindow> windows(Handle h, String hallCode) {
        org.jdbi.v3.core.statement.Query query = h.createQuery("select * from hall_window"
                + (hallCode == null ? "" : " where hall_code = :hall") + " order by hall_code, number");
        return (hallCode == null ? query : query.bind("hall", hallCode)).map((rs, ctx) -> new HallWindow(rs.getString("hall_code"), rs.getInt("number"),
                        groups(rs.getString("item_groups")), rs.getString("staff_login"))).list();
    }

    private static Map<String, Map<DayOfWeek, List<Period>>> hours(Handle h) {
        Map<String, Map<DayOfWeek, List<Period>>> hours = new java.util.HashMap<>();
        h.createQuery("select hall_code, weekday, opens, closes from hall_hours order by hall_code, weekday, opens")
                .map((rs, ctx) -> {
                    hours.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(DayOfWeek.class))
                            .computeIfAbsent(DayOfWeek.of(rs.getInt(2)), k -> new ArrayList<>())
                            .add(new Period(rs.getTime(3).toLocalTime(), rs.getTime(4).toLocalTime()));
                    return 0;
                }).list();
        return hours;
    }

    static Set<ItemGroup> groups(String text) {
        Set<ItemGroup> groups = EnumSet.noneOf(ItemGroup.class);
        Arrays.stream(text.split(",")).map(ItemGroup::parse).filter(g -> g != null).forEach(groups::add);
        return groups;
    }

    public void setHours(String hallCode, DayOfWeek day, List<Period> periods) {
        jdbi.useTransaction(h -> {
            h.createUpdate("delete from hall_hours where hall_code = :hall and weekday = :day").bind("hall", hallCode)
                    .bind("day", day.getValue()).execute();
            for (Period p : periods) {
                h.createUpdate("insert into hall_hours (hall_code, weekday, opens, closes) values (:hall, :day, "
                        + ":opens, :closes)").bind("hall", hallCode).bind("day", day.getValue())
                        .bind("opens", time(p.opens())).bind("closes", time(p.closes())).execute();
            }
        });
    }

    public void setTeamLeader(String hallCode, String login) {
        jdbi.useHandle(h -> h.createUpdate("update hall set team_leader = :login where code = :hall")
                .bind("hall", hallCode).bind("login", login).execute());
    }

    /** Writes a window (new number inserted, known one replaced). */
    public void saveWindow(HallWindow window) {
        String groups = window.groups().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        jdbi.useTransaction(h -> {
            int updated = h.createUpdate("update hall_window set item_groups = :groups, staff_login = :staff "
                    + "where hall_code = :hall and number = :number").bind("groups", groups)
                    .bind("staff", window.staffLogin()).bind("hall", window.hallCode()).bind("number", window.number())
                    .execute();
            if (updated == 0) {
                h.createUpdate("insert into hall_window (hall_code, number, item_groups, staff_login) values "
                        + "(:hall, :number, :groups, :staff)").bind("groups", groups).bind("staff", window.staffLogin())
                        .bind("hall", window.hallCode()).bind("number", window.number()).execute();
            }
        });
    }

    private static Time time(LocalTime t) {
        return Time.valueOf(t);
    }

    private record HallRow(String code, String name, HallLevel level, String address, int slotMinutes,
            String teamLeader) {
        Hall hall(Map<DayOfWeek, List<Period>> hours, List<HallWindow> windows) {
            Set<ItemGroup> groups = EnumSet.noneOf(ItemGroup.class);
            windows.forEach(w -> groups.addAll(w.groups()));
            return new Hall(code, name, level, address, slotMinutes, teamLeader, hours, groups);
        }
    }
}
