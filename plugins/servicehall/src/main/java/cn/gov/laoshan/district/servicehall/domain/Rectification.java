package cn.gov.laoshan.district.servicehall.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The rectification of one bad rating: verified, assigned, fixed and reported back by {@code dueOn} (working days
 * from the rating), with a callback to a real-name rater; or appealed and reviewed by the centre.
 */
public record Rectification(long id, long ratingId, RectificationState state, LocalDate dueOn, String assignee,
        String finding, String fixNote, String reportNote, String callbackNote, Instant callbackAt, String appealNote,
        String departmentCode, Instant openedAt, Instant closedAt, Rating rating) {

    public boolean overdue(LocalDate today) {
        return state != RectificationState.CLOSED && state != RectificationState.DISMISSED && today.isAfter(dueOn);
    }

    /** A real-name rating is closed only after its rater was called back (100 %). */
    public boolean callbackMissing() {
        return rating != null && rating.realName() && callbackAt == null;
    }
}
