package cn.gov.laoshan.district.api.attachment;

import java.time.Instant;

/**
 * A file kept with a record (its content stays in the database and is read only for a download).
 *
 * @param id           the platform's id of the file
 * @param record       what it is attached to
 * @param fileName     the name as kept (no directory part, no control characters)
 * @param kind         the kind its content was recognised as: {@code PDF}, {@code JPEG}, {@code PNG}, {@code DOC},
 *                     {@code DOCX}, {@code XLS}, {@code XLSX}, {@code TXT}
 * @param mediaType    the Content-Type it is served with
 * @param sizeBytes    its size
 * @param uploadedAt   when it was stored
 * @param uploadedBy   the uploader's login
 * @param uploaderName the uploader's name as shown
 */
public record Attachment(long id, AttachedTo record, String fileName, String kind, String mediaType, long sizeBytes,
        Instant uploadedAt, String uploadedBy, String uploaderName) {
}
