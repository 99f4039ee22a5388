package cn.gov.laoshan.district.servicehall.domain;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How appointments and walk-ins are merged into one queue per item group (the rule the clerk's "call next"
 * follows):
 * <ol>
 * <li>An appointment whose slot has begun goes before every walk-in; among such appointments, the earlier slot
 * first, then the earlier check-in.</li>
 * <li>Otherwise the walk-in who checked in first.</li>
 * <li>With no walk-in waiting, an appointment whose slot has not yet begun (the window would stand idle), earliest
 * slot first.</li>
 * </ol>
 * An appointment checked in more than {@link #LATE_GRACE_MINUTES} minutes after its slot began loses its priority
 * at check-in and waits as a walk-in. Walk-ins are not starved because appointments are bounded by the slots'
 * capacity, which the team leader sets below the windows' throughput.
 */
public final class QueueOrder {

    public static final int LATE_GRACE_MINUTES = 30;

    private QueueOrder() {
    }

    /** The waiting ticket to call next at {@code now}, among {@code waiting} (all of the groups a window serves). */
    public static Optional<Visit> next(List<Visit> waiting, LocalDateTime now) {
        Comparator<Visit> bySlot = Comparator.comparing(Visit::appointmentAt).thenComparing(Visit::checkedInAt)
                .thenComparing(Visit::id);
        Optional<Visit> due = waiting.stream().filter(v -> v.state() == VisitState.WAITING && v.appointment()
                && !v.day().atTime(v.appointmentAt()).isAfter(now)).min(bySlot);
        if (due.isPresent()) {
            return due;
        }
        Optional<Visit> walkIn = waiting.stream().filter(v -> v.state() == VisitState.WAITING && !v.appointment())
                .min(Comparator.comparing(Visit::checkedInAt).thenComparing(Visit::id));
        if (walkIn.isPresent()) {
            return walkIn;
        }
        return waiting.stream().filter(v -> v.state() == VisitState.WAITING && v.appointment()).min(bySlot);
    }

    /** Whether a booking for {@code slot} checked in at {@code now} keeps the appointment's priority. */
    public static boolean keepsPriority(LocalDateTime slot, LocalDateTime now) {
        return !now.isAfter(slot.plusMinutes(LATE_GRACE_MINUTES));
    }

    /** The letter of the group's tickets (A for estate, B for entry and exit, ...). */
    public static char letter(ItemGroup group) {
        return "ABCDEFGHJKL".charAt(group.ordinal());
    }
}
