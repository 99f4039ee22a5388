package cn.gov.laoshan.district.mediation.domain;

import java.time.Instant;

/** A file kept with a case (its content stays in the database and is read only for a download). */
public record Attachment(long id, long caseId, String fileName, FileKind kind, long sizeBytes, Instant uploadedAt,
        String uploadedBy, String uploaderName) {
}
