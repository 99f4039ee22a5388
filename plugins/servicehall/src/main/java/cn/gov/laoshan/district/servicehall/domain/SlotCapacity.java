package cn.gov.laoshan.district.servicehall.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/** The places of one slot of one item group in one hall on one day, as the team leader set them. */
public record SlotCapacity(String hallCode, ItemGroup group, LocalDate day, LocalTime starts, int capacity,
        int booked, boolean closed) {

    /** Places still free: none when closed. */
    public int free() {
        return closed ? 0 : Math.max(0, capacity - booked);
    }
}
