package cn.gov.laoshan.district.servicehall.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.servicehall.domain.Hall;
import cn.gov.laoshan.district.servicehall.domain.ItemGroup;
import cn.gov.laoshan.district.servicehall.domain.Opening;
import cn.gov.laoshan.district.servicehall.domain.SlotCapacity;

/**
 * The hall team leader's daily capacity management: places per slot for an item group and day, closing a slot,
 * copying a week onto another. Only the hall's own team leader changes it (or a centre administrator holding
 * {@link ServiceHallRoles#HALL_MANAGE}); places are never set below those already booked; every change audited.
 */
public class CapacityService {

    /** The most places one slot of one group may have. */
    public static final int MAX_PER_SLOT = 50;

    private final CapacityRepository repository;
    private final HallService halls;
    private final AccessControl access;
    private final AuditLog audit;

    public CapacityService(CapacityRepository repository, HallService halls, AccessControl access, AuditLog audit) {
        this.repository = repository;
        this.halls = halls;
        this.access = access;
        this.audit = audit;
    }

    public List<SlotCapacity> day(String hallCode, LocalDate day) {
        access.check(ServiceHallRoles.BOOKING_MANAGE);
        return repository.day(halls.existing(hallCode).code(), day);
    }

    /** Whether the user may change {@code hall}'s capacity (the screen offers it only then; each change checks). */
    public boolean mayManage(Hall hall) {
        if (!access.scope(ServiceHallRoles.CAPACITY_MANAGE).includes(ServiceHallRoles.DEPARTMENT)) {
            return false;
        }
        String login = access.currentUser().map(u -> u.login()).orElse(null);
        return login != null && login.equals(hall.teamLeader())
                || access.scope(ServiceHallRoles.HALL_MANAGE).includes(ServiceHallRoles.DEPARTMENT);
    }

    private Hall managed(String hallCode) {
        access.check(ServiceHallRoles.CAPACITY_MANAGE, ServiceHallRoles.DEPARTMENT);
        Hall hall = halls.existing(hallCode);
        if (!mayManage(hall)) {
            throw new RefusedException("hall", "servicehall.error.not-team-leader", hall.name());
        }
        return hall;
    }

    /**
     * Sets {@code perSlot} places in every slot of {@code day} for {@code group} (0 to {@value #MAX_PER_SLOT}); a
     * slot already holding more bookings keeps that many. Refused on a day the hall is closed and for a group none of
     * its windows serves. Returns the number of slots set.
     */
    public int setDay(String hallCode, ItemGroup group, LocalDate day, int perSlot) {
        Hall hall = managed(hallCode);
        if (!hall.groups().contains(group)) {
            throw new RefusedException("group", "servicehall.error.group-not-served");
        }
        if (perSlot < 0 || perSlot > MAX_PER_SLOT) {
            throw new RefusedException("perSlot", "servicehall.error.per-slot", MAX_PER_SLOT);
        }
        Opening opening = halls.opening(hall, day);
        if (opening.kind() == Opening.Kind.CLOSED) {
            throw new RefusedException("day", "servicehall.error.day-closed-hall", day);
        }
        List<LocalTime> slots = opening.slots(hall.slotMinutes());
        repository.jdbi().useTransaction(h -> slots.forEach(s -> repository.set(h, hall.code(), group, day, s, perSlot)));
        audit.record(ServiceHallRoles.PLUGIN, "capacity.set", "Hall", hall.code(), null,
                group + " " + day + " " + perSlot + "×" + slots.size());
        return slots.size();
    }

    /** Closes (or opens again) one slot: no further bookings there; those made stay. */
    public void close(String hallCode, ItemGroup group, LocalDate day, LocalTime starts, boolean closed) {
        Hall hall = managed(hallCode);
        if (!repository.close(hall.code(), group, day, starts, closed)) {
            throw new RefusedException("starts", "servicehall.error.slot-unknown");
        }
        audit.record(ServiceHallRoles.PLUGIN, closed ? "capacity.close" : "capacity.open", "Hall", hall.code(), null,
                group + " " + day + " " + starts);
    }

    /**
     * Copies the places of the week starting on Monday {@code from} onto the week starting on Monday {@code to}, day
     * by day and slot by slot, where the target day has that slot (a holiday in the target week gets none; a closed
     * slot is copied closed). Returns the number of slots copied.
     */
    public int copyWeek(String hallCode, LocalDate from, LocalDate to) {
        Hall hall = managed(hallCode);
        if (from.getDayOfWeek() != DayOfWeek.MONDAY || to.getDayOfWeek() != DayOfWeek.MONDAY || !to.isAfter(from)) {
            throw new RefusedException("to", "servicehall.error.copy-week");
        }
        int[] copied = {0};
        repository.jdbi().useTransaction(h -> {
            for (ItemGroup group : hall.groups()) {
                for (SlotCapacity s : repository.days(hall.code(), group, from, from.plusDays(6))) {
                    LocalDate target = to.plusDays(s.day().toEpochDay() - from.toEpochDay());
                    if (halls.opening(hall, target).slots(hall.slotMinutes()).contains(s.starts())) {
                        repository.set(h, hall.code(), group, target, s.starts(), s.capacity());
                        if (s.closed()) {
                            repository.close(h, hall.code(), group, target, s.starts(), true);
                        }
                        copied[0]++;
                    }
                }
            }
        });
        audit.record(ServiceHallRoles.PLUGIN, "capacity.copy-week", "Hall", hall.code(), String.valueOf(from),
                to + " " + copied[0]);
        return copied[0];
    }
}
