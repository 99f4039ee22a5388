package cn.gov.laoshan.district.servicehall.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.servicehall.domain.Hall;
import cn.gov.laoshan.district.servicehall.domain.HallWindow;
import cn.gov.laoshan.district.servicehall.domain.Opening;
import cn.gov.laoshan.district.servicehall.domain.OpeningRules;
import cn.gov.laoshan.district.servicehall.domain.Period;

/**
 * Halls, windows and opening hours. Which halls there are and when they open is public information (the public
 * booking page shows it); changing them is the centre administrators' ({@link ServiceHallRoles#HALL_MANAGE}),
 * audited.
 */
public class HallService {

    private final HallRepository repository;
    private final AccessControl access;
    private final AuditLog audit;
    private final WorkingDayCalendar calendar;

    public HallService(HallRepository repository, AccessControl access, AuditLog audit, WorkingDayCalendar calendar) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.calendar = calendar;
    }

    public List<Hall> halls() {
        return repository.halls();
    }

    public Optional<Hall> find(String code) {
        return code == null ? Optional.empty() : repository.find(code);
    }

    Hall existing(String code) {
        return find(code).orElseThrow(() -> new RefusedException("hall", "servicehall.error.hall-unknown"));
    }

    /** How {@code hall} opens on {@code date}: working day, Saturday items only, or closed. */
    public Opening opening(Hall hall, LocalDate date) {
        return OpeningRules.of(hall, date, calendar);
    }

    /** The next {@code days} dates from {@code from} with how the hall opens on each. */
    public List<Opening> openings(Hall hall, LocalDate from, int days) {
        List<Opening> openings = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            openings.add(opening(hall, from.plusDays(i)));
        }
        return openings;
    }

    public List<HallWindow> windows(String hallCode) {
        access.check(ServiceHallRoles.CATALOGUE_READ);
        return repository.windows(hallCode);
    }

    /** Sets the hall's periods on one day of the week (none: closed that day); periods must not overlap. */
    public void setHours(String hallCode, DayOfWeek day, List<Period> periods) {
        access.check(ServiceHallRoles.HALL_MANAGE, ServiceHallRoles.DEPARTMENT);
        Hall hall = existing(hallCode);
        List<Period> sorted = periods.stream().sorted((a, b) -> a.opens().compareTo(b.opens())).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).opens().isBefore(sorted.get(i - 1).closes())) {
                throw new RefusedException("hours", "servicehall.error.hours-overlap");
            }
        }
        repository.setHours(hall.code(), day, sorted);
        audit.record(ServiceHallRoles.PLUGIN, "hall.hours", "Hall", hall.code(), String.valueOf(hall.hoursOn(day)),
                day + " " + sorted);
    }

    /** As {@link #setHours(String, DayOfWeek, List)}, the periods written {@code 09:00-12:00, 13:30-17:00}. */
    public void setHours(String hallCode, DayOfWeek day, String periods) {
        List<Period> parsed;
        try {
            parsed = Period.parseAll(periods);
        } catch (IllegalArgumentException e) {
            throw new RefusedException("hours", "servicehall.error.hours-format");
        }
        setHours(hallCode, day, parsed);
    }

    public void setTeamLeader(String hallCode, String login) {
        access.check(ServiceHallRoles.HALL_MANAGE, ServiceHallRoles.DEPARTMENT);
        Hall hall = existing(hallCode);
        String leader = login == null || login.isBlank() ? null : login.strip();
        repository.setTeamLeader(hall.code(), leader);
        audit.record(ServiceHallRoles.PLUGIN, "hall.team-leader", "Hall", hall.code(), hall.teamLeader(), leader);
    }

    public void saveWindow(HallWindow window) {
        access.check(ServiceHallRoles.HALL_MANAGE, ServiceHallRoles.DEPARTMENT);
        Hall hall = existing(window.hallCode());
        if (window.number() < 1 || window.number() > 99) {
            throw new RefusedException("number", "servicehall.error.window-number");
        }
        if (window.groups().isEmpty()) {
            throw new RefusedException("groups", "servicehall.error.window-groups");
        }
        repository.saveWindow(window);
        audit.record(ServiceHallRoles.PLUGIN, "hall.window", "HallWindow", hall.code() + "-" + window.number(), null,
                window.groups() + " " + window.staffLogin());
    }
}
