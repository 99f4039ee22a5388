package cn.gov.laoshan.district.mediation.domain;

import java.time.LocalDateTime;

/** A mediation session: when, where (or online), who attended, what was said. */
public record CaseSession(long id, long caseId, LocalDateTime heldAt, String place, boolean online, String attendees,
        String notes, String recordedBy) {
}
