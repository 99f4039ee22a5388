package cn.gov.laoshan.district.market.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One record of the plugin, in the department it belongs to. */
public record Item(long id, String title, String applicant, String phone, LocalDate receivedOn,
        String departmentCode, ItemState state, String createdBy, Instant createdAt) {

    /** What the form gives for a new record. */
    public record Draft(String title, String applicant, String phone, LocalDate receivedOn) {
    }
}
