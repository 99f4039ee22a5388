package cn.gov.laoshan.district.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.api.attachment.AttachedTo;
import cn.gov.laoshan.district.api.attachment.Attachment;
import cn.gov.laoshan.district.api.data.DatabaseKind;

/**
 * The platform schema's {@code attachment} table: the content is a binary column (blob on Derby, bytea on
 * PostgreSQL), written from a file and read as a stream; lists never read it. No permission checks here.
 */
final class AttachmentTable {

    private static final String COLUMNS = "id, plugin, record_type, record_id, file_name, kind, media_type, "
            + "size_bytes, uploaded_at, uploaded_by, uploader_name";

    private final Jdbi jdbi;
    /** The generated key's column as the driver wants it named (Derby: upper case); never "all columns": content. */
    private final String idColumn;

    AttachmentTable(Jdbi jdbi, DatabaseKind kind) {
        this.jdbi = jdbi;
        this.idColumn = kind == DatabaseKind.DERBY ? "ID" : "id";
    }

    /** A new row whose content is {@code spool}'s file, streamed into the column. */
    long insert(AttachedTo record, String fileName, FileKind kind, Spool spool, Instant at, String by, String byName,
            String origin) {
        return jdbi.withHandle(h -> {
            try (InputStream content = Files.newInputStream(spool.file())) {
                return h.createUpdate("insert into attachment (plugin, record_type, record_id, file_name, kind, "
                        + "media_type, size_bytes, content, uploaded_at, uploaded_by, uploader_name, origin) values "
                        + "(:plugin, :type, :id, :name, :kind, :media, :size, :content, :at, :by, :byName, :origin)")
                        .bind("plugin", record.plugin()).bind("type", record.recordType())
                        .bind("id", record.recordId()).bind("name", fileName).bind("kind", kind.name())
                        .bind("media", kind.mediaType()).bind("size", spool.size())
                        .bindBinaryStream("content", content, (int) spool.size())
                        .bind("at", Timestamp.from(at)).bind("by", by).bind("byName", byName).bind("origin", origin)
                        .executeAndReturnGeneratedKeys(idColumn).mapTo(Long.class).one();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    List<Attachment> list(AttachedTo record) {
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from attachment where plugin = :plugin and "
                + "record_type = :type and record_id = :id order by uploaded_at, id").bind("plugin", record.plugin())
                .bind("type", record.recordType()).bind("id", record.recordId())
                .map((rs, ctx) -> attachment(rs)).list());
    }

    Optional<Attachment> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from attachment where id = :id")
                .bind("id", id).map((rs, ctx) -> attachment(rs)).findOne());
    }

    Optional<Attachment> byOrigin(String origin) {
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from attachment where origin = :origin")
                .bind("origin", origin).map((rs, ctx) -> attachment(rs)).findOne());
    }

    /** How many files there are for {@code plugin} (for tests and the README's "nothing stored"). */
    int count(String plugin) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from attachment where plugin = :plugin")
                .bind("plugin", plugin).mapTo(Integer.class).one());
    }

    /** Streams the content to {@code out} while the row is read (nothing is held in memory). */
    void writeContent(long id, OutputStream out) {
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

    int delete(long id) {
        return jdbi.withHandle(h -> h.createUpdate("delete from attachment where id = :id").bind("id", id).execute());
    }

    private static Attachment attachment(ResultSet rs) throws SQLException {
        return new Attachment(rs.getLong("id"), new AttachedTo(rs.getString("plugin"), rs.getString("record_type"),
                rs.getString("record_id")), rs.getString("file_name"), rs.getString("kind"),
                rs.getString("media_type"), rs.getLong("size_bytes"), rs.getTimestamp("uploaded_at").toInstant(),
                rs.getString("uploaded_by"), rs.getString("uploader_name"));
    }
}
