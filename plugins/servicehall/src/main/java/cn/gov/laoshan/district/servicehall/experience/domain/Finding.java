package cn.gov.laoshan.district.servicehall.experience.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What an officer found while trying a service, with the chain's record: verification, the responsible unit and its
 * deadline, the fix, the recheck and the report back.
 */
public record Finding(long id, long taskId, String officerLogin, String officerName, String subject,
        String description, String suggestion, FindingState state, Instant reportedAt, String verifyNote,
        String unitCode, LocalDate fixDue, String fixNote, LocalDate fixedOn, LocalDate recheckDue, String recheckNote,
        int rechecks, String reportNote, Instant closedAt) {

    /** Whether the step now due is late on {@code today}: the fix past its deadline, or the recheck past its own. */
    public boolean overdue(LocalDate today) {
        return switch (state) {
            case ASSIGNED -> fixDue != null && today.isAfter(fixDue);
            case FIXED -> recheckDue != null && today.isAfter(recheckDue);
            default -> false;
        };
    }
}
