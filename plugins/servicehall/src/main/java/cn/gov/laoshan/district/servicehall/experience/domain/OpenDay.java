package cn.gov.laoshan.district.servicehall.experience.domain;

import java.time.LocalDate;

/** A 行政服务主题开放日: an event officers register for, with a number of places. */
public record OpenDay(long id, String title, String theme, LocalDate heldOn, String place, int places,
        int registered) {

    public boolean full() {
        return registered >= places;
    }
}
