package cn.gov.laoshan.district.mediation.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.mediation.domain.Attachment;
import cn.gov.laoshan.district.mediation.domain.FileKind;

/**
 * Attachments in the plugin's schema: the content is a binary column (blob on Derby, bytea on PostgreSQL),
 * written and read as a stream; lists never read it. No permission checks here: {@link AttachmentService} does them.
 */
public final class AttachmentRepository {

    private static final String COLUMNS = "id, case_id, file_name, kind, size_bytes, uploaded_at, uploaded_by, "
            + "uploader_name";

    private final Jdbi jdbi;

    public AttachmentRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public long insert(long caseId, String fileName, FileKind kind, byte[] content, Instant at, String by,
            String byName) {
        return jdbi.withHandle(h -> h.createUpdate("insert into attachment (case_id, file_name, content_type, kind, "
                + "size_bytes, content, uploaded_at, uploaded_by, uploader_name) values (:case, :name, :type, :kind, "
                + ":size, :content, :at, :by, :byName)").bind("case", caseId).bind("name", fileName)
                .bind("type", kind.mediaType()).bind("kind", kind.name()).bind("size", content.length)
                .bindBinaryStream("content", new ByteArrayInputStream(content), content.length)
                .bind("at", Timestamp.from(at)).bind("by", by).bind("byName", byName)
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one());
    }

    public List<Attachment> list(long caseId) {
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from attachment where case_id = :case "
                + "order by uploaded_at, id").bind("case", caseId).map((rs, ctx) -> new Attachment(rs.getLong("id"),
                        rs.getLong("case_id"), rs.getString("file_name"), kind(rs.getString("kind")),
                        rs.getLong("size_bytes"), rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"),
                        rs.getString("uploader_name"))).list());
    }

    public Optional<Attachment> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from attachment where id = :id")
                .bind("id", id).map((rs, ctx) -> new Attachment(rs.getLong("id"), rs.getLong("case_id"),
                        rs.getString("file_name"), kind(rs.getString("kind")), rs.getLong("size_bytes"),
                        rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"),
                        rs.getString("uploader_name"))).findOne());
    }

    /** Streams the content to {@code out} while the row is read (nothing is held in memory). */
    public void writeContent(long id, OutputStream out) {
        jdbi.useTransaction(h -> h.createQuery("select content from attachment where id = :id").bind("id", id)
                .map((rs, ctx) -> {
                    try (InputStream in = rs.getBinaryStream(1)) {
                        in.transferTo(out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return Boolean.TRUE;
                }).findOne());
    }

    public int delete(long id) {
        return jdbi.withHandle(h -> h.createUpdate("delete from attachment where id = :id").bind("id", id).execute());
    }

    private static FileKind kind(String name) {
        return name == null ? FileKind.PDF : FileKind.valueOf(name);
    }
}
