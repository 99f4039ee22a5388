package cn.gov.laoshan.district.servicehall.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The stated merge of appointments and walk-ins, step by step. */
class QueueOrderTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);

    private static Visit visit(long id, String ticket, String checkedIn, String slot) {
        return new Visit(id, "ZX", DAY, ItemGroup.EXIT, ticket, "CRJ-001", slot == null ? null : "b" + id,
                slot == null ? null : LocalTime.parse(slot), null, null, VisitState.WAITING, null, null,
                DAY.atTime(LocalTime.parse(checkedIn)).toInstant(ZoneOffset.ofHours(8)), null, null, null);
    }

    /** Calls everybody in turn at {@code now}, returning the tickets in call order. */
    private static List<String> order(List<Visit> waiting, String now) {
        List<Visit> left = new ArrayList<>(waiting);
        List<String> called = new ArrayList<>();
        Optional<Visit> next;
        while ((next = QueueOrder.next(left, DAY.atTime(LocalTime.parse(now)))).isPresent()) {
            called.add(next.get().ticket());
            left.remove(next.get());
        }
        return called;
    }

    @Test
    void dueAppointmentsGoFirstBySlotThenWalkInsByArrivalThenEarlyAppointments() {
        List<Visit> waiting = List.of(
                visit(1, "W1", "09:05", null),
                visit(2, "A10", "09:20", "10:00"),   // due at 10:00
                visit(3, "W2", "09:10", null),
                visit(4, "A930", "09:25", "09:30"),  // due since 09:30, checked in later than A10 but earlier slot
                visit(5, "A11", "09:40", "11:00"));  // not yet due at 10:00
        assertEquals(List.of("A930", "A10", "W1", "W2", "A11"), order(waiting, "10:00"));
        // at 9:15 nobody's slot has begun: walk-ins by arrival, then the appointments by slot
        assertEquals(List.of("W1", "W2", "A930", "A10", "A11"), order(waiting, "09:15"));
    }

    @Test
    void aLateAppointmentLosesItsPriorityAfterThirtyMinutes() {
        LocalDateTime slot = DAY.atTime(9, 30);
        assertTrue(QueueOrder.keepsPriority(slot, slot.plusMinutes(30)));
        assertFalse(QueueOrder.keepsPriority(slot, slot.plusMinutes(31)));
        assertTrue(QueueOrder.keepsPriority(slot, slot.minusMinutes(45)), "early is never late");
    }

    @Test
    void everyGroupHasItsOwnTicketLetter() {
        assertEquals('A', QueueOrder.letter(ItemGroup.ESTATE));
        assertEquals('B', QueueOrder.letter(ItemGroup.EXIT));
        assertEquals(ItemGroup.values().length, java.util.Arrays.stream(ItemGroup.values()).map(QueueOrder::letter)
                .distinct().count());
    }
}
