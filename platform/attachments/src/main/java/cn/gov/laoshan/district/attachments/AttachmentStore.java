package cn.gov.laoshan.district.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.laoshan.district.api.attachment.AttachedTo;
import cn.gov.laoshan.district.api.attachment.Attachment;
import cn.gov.laoshan.district.api.attachment.AttachmentRefusedException;
import cn.gov.laoshan.district.api.attachment.AttachmentRules;
import cn.gov.laoshan.district.api.attachment.Attachments;
import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.uikit.FileName;

/**
 * {@link Attachments} in the platform schema. The plugin's rules are asked at every call; an upload is spooled
 * ({@link Spool}: counted, cut after the limit), checked by content ({@link FileKind}) and then streamed into the
 * database; each addition and deletion is an audit record of the plugin's (source: the record's plugin).
 */
final class AttachmentStore implements Attachments {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String OBJECT_TYPE = "Attachment";

    private final AttachmentTable table;
    private final AccessControl access;
    private final Supplier<Optional<AuditLog>> audit;
    private final Clock clock;

    AttachmentStore(AttachmentTable table, AccessControl access, Supplier<Optional<AuditLog>> audit, Clock clock) {
        this.table = table;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<Attachment> list(AttachmentRules rules, AttachedTo record) {
        requireRead(rules, record);
        return table.list(record);
    }

    @Override
    public Attachment add(AttachmentRules rules, AttachedTo record, String fileName, InputStream content) {
        if (!rules.mayAdd(record)) {
            throw new AccessDeniedException("attachment.add " + record.plugin() + "/" + record.recordType());
        }
        CurrentUser user = access.currentUser().orElseThrow(() -> new AccessDeniedException("attachment.add"));
        try (Accepted file = accept(fileName, content, maxBytes(rules))) {
            long id = table.insert(record, file.name(), file.kind(), file.spool(), clock.instant(), user.login(),
                    user.displayName(), null);
            Attachment stored = table.find(id).orElseThrow();
            audit("attachment.add", stored, null, describe(stored));
            rules.changed(stored, "attach");
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Attachment find(AttachmentRules rules, long id) {
        Attachment a = table.find(id).orElseThrow(() -> new AttachmentRefusedException("shell.attachment.error.gone"));
        requireRead(rules, a.record());
        return a;
    }

    @Override
    public Attachment download(AttachmentRules rules, long id, OutputStream out) {
        Attachment a = find(rules, id);
        table.writeContent(a.id(), out);
        return a;
    }

    @Override
    public void delete(AttachmentRules rules, long id) {
        Attachment a = find(rules, id);
        if (!rules.mayDelete(a)) {
            throw new AttachmentRefusedException("shell.attachment.error.delete-denied", a.fileName());
        }
        if (table.delete(a.id()) == 1) {
            audit("attachment.delete", a, describe(a), null);
            rules.changed(a, "detach");
        }
    }

    @Override
    public List<String> allowedExtensions() {
        return allowedKinds();
    }

    @Override
    public Attachment adopt(AttachedTo record, String origin, String fileName, InputStream content,
            Instant uploadedAt, String uploadedBy, String uploaderName) {
        Optional<Attachment> earlier = table.byOrigin(origin);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String name = FileName.clean(fileName).isBlank() ? "file" : FileName.clean(fileName);
        return access.asSystem(() -> {
            try (Spool spool = spool(content, MAX_BYTES, name)) {
                // a file kept before keeps its name: its kind is what its content is (a plain file when unknown)
                FileKind kind = FileKind.byContent(spool.file(), FileKind.byName(name).orElse(FileKind.TXT))
                        .orElse(FileKind.byName(name).orElse(FileKind.TXT));
                long id = table.insert(record, name, kind, spool, uploadedAt, uploadedBy,
                        uploaderName == null ? uploadedBy : uploaderName, origin);
                Attachment stored = table.find(id).orElseThrow();
                audit("attachment.adopt", stored, "{\"origin\":" + JSON.writeValueAsString(origin) + "}",
                        describe(stored));
                return stored;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** An upload that passed the checks: its clean name, its kind, its content in a temporary file. */
    record Accepted(String name, FileKind kind, Spool spool) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            spool.close();
        }
    }

    /**
     * The checks of an upload, in the order a user is told: a name, an allowed extension, within {@code maxBytes}
     * (counted while read), not empty, content of the kind the name claims. A refusal leaves no temporary file.
     */
    static Accepted accept(String fileName, InputStream content, long maxBytes) throws IOException {
        String name = FileName.clean(fileName);
        if (name.isBlank()) {
            throw new AttachmentRefusedException("shell.attachment.error.name");
        }
        FileKind claimed = FileKind.byName(name).orElseThrow(() -> new AttachmentRefusedException(
                "shell.attachment.error.type", name, String.join(",", allowedKinds())));
        Spool spool = spool(content, maxBytes, name);
        try {
            return new Accepted(name, check(spool, name, claimed), spool);
        } catch (RuntimeException | IOException e) {
            spool.close();
            throw e;
        }
    }

    static List<String> allowedKinds() {
        return Arrays.stream(FileKind.values()).flatMap(k -> k.extensions().stream()).map(e -> "." + e).toList();
    }

    static long maxBytes(AttachmentRules rules) {
        long wanted = rules.maxBytes();
        return wanted <= 0 ? MAX_BYTES : Math.min(wanted, MAX_BYTES);
    }

    private static Spool spool(InputStream content, long maxBytes, String name) throws IOException {
        try {
            return Spool.of(content, maxBytes);
        } catch (Spool.TooLarge e) {
            throw new AttachmentRefusedException("shell.attachment.error.too-large", name, megabytes(maxBytes));
        }
    }

    /** The content check: not empty, one of the allowed kinds, and the kind its name claims. */
    static FileKind check(Spool spool, String name, FileKind claimed) throws IOException {
        if (spool.size() == 0) {
            throw new AttachmentRefusedException("shell.attachment.error.empty", name);
        }
        FileKind actual = FileKind.byContent(spool.file(), claimed).orElseThrow(() -> new AttachmentRefusedException(
                "shell.attachment.error.content", name, claimed.name()));
        if (actual != claimed) {
            throw new AttachmentRefusedException("shell.attachment.error.mismatch", name, claimed.name(),
                    actual.name());
        }
        return actual;
    }

    static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }

    private void requireRead(AttachmentRules rules, AttachedTo record) {
        if (!rules.mayRead(record)) {
            throw new AccessDeniedException("attachment.read " + record.plugin() + "/" + record.recordType());
        }
    }

    private void audit(String action, Attachment a, String before, String after) {
        audit.get().ifPresent(log -> log.record(a.record().plugin(), action, OBJECT_TYPE, Long.toString(a.id()),
                before, after));
    }

    private static String describe(Attachment a) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("record", a.record().recordType() + ":" + a.record().recordId());
        fields.put("fileName", a.fileName());
        fields.put("kind", a.kind());
        fields.put("sizeBytes", a.sizeBytes());
        fields.put("uploadedBy", a.uploadedBy());
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
