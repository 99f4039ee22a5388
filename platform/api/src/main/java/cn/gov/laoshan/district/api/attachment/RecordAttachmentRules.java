package cn.gov.laoshan.district.api.attachment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.osgi.annotation.versioning.ConsumerType;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;

/**
 * The {@link AttachmentRules} most records want, written once: the files of one kind of record (a mediation case, a
 * suggestion) are seen by whoever sees the record. A plugin extends it with its scoped look-up ({@link #find}, the
 * service's read method: its permission <em>and</em> department or enterprise scope, checked in SQL) and says which
 * permissions add files and which one also deletes other people's:
 * <ul>
 * <li>read: the record is found for the current user;</li>
 * <li>add: the user holds one of {@code addedBy} and may read;</li>
 * <li>delete: the user uploaded the file or holds {@code deletesAny}, and may read;</li>
 * <li>changed: the hook {@link #changed(Object, Attachment, String)} gets the record (for its timeline).</li>
 * </ul>
 * Deny by default: a record of another plugin or kind, an id that is no number, a record not found and an
 * {@link AccessDeniedException} from the look-up all read as "not visible". The size limit is the plugin's setting,
 * read at every upload.
 *
 * <pre>{@code
 * public final class CaseAttachments extends RecordAttachmentRules<MediationCase> {
 *     public CaseAttachments(CaseService cases, AccessControl access, Supplier<MediationSettings> settings) {
 *         super("mediation", "case", access, List.of(REGISTER, MEDIATE, ASSIGN), ASSIGN,
 *                 () -> settings.get().attachment_max_mb());
 *         this.cases = cases;
 *     }
 *     protected Optional<MediationCase> find(long id) {
 *         return cases.find(id);
 *     }
 * }
 * }</pre>
 *
 * @param <R> the record
 * @since 1.1.0
 */
@ConsumerType
public abstract class RecordAttachmentRules<R> implements AttachmentRules {

    private final String plugin;
    private final String recordType;
    private final AccessControl access;
    private final List<String> addedBy;
    private final String deletesAny;
    private final LongSupplier maxMegabytes;

    /**
     * @param plugin       the owning plugin's id, as in {@link AttachedTo#plugin()}
     * @param recordType   the kind of record, as in {@link AttachedTo#recordType()}
     * @param access       the current user's rights
     * @param addedBy      the permissions any one of which lets a user who sees the record add files to it
     * @param deletesAny   the permission that lets a user who sees the record delete files others uploaded
     * @param maxMegabytes the largest file accepted, in MiB (the plugin's setting; the platform caps it at
     *                     {@link Attachments#MAX_BYTES})
     */
    protected RecordAttachmentRules(String plugin, String recordType, AccessControl access, List<String> addedBy,
            String deletesAny, LongSupplier maxMegabytes) {
        this.plugin = Objects.requireNonNull(plugin, "plugin");
        this.recordType = Objects.requireNonNull(recordType, "recordType");
        this.access = Objects.requireNonNull(access, "access");
        this.addedBy = List.copyOf(addedBy);
        this.deletesAny = Objects.requireNonNull(deletesAny, "deletesAny");
        this.maxMegabytes = Objects.requireNonNull(maxMegabytes, "maxMegabytes");
    }

    /**
     * The record {@code id} if the current user may see it: the plugin's scoped read. Empty, or an
     * {@link AccessDeniedException}, when not.
     */
    protected abstract Optional<R> find(long id);

    /** Told after a file of {@code record} was added ({@code "attach"}) or deleted ({@code "detach"}). */
    protected void changed(R record, Attachment attachment, String action) {
    }

    /** The record {@code files} are attached to, when it is this plugin's kind and the current user sees it. */
    public final Optional<R> visible(AttachedTo files) {
        if (!plugin.equals(files.plugin()) || !recordType.equals(files.recordType())) {
            return Optional.empty();
        }
        try {
            return find(Long.parseLong(files.recordId()));
        } catch (NumberFormatException | AccessDeniedException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean mayRead(AttachedTo record) {
        return visible(record).isPresent();
    }

    @Override
    public boolean mayAdd(AttachedTo record) {
        return addedBy.stream().anyMatch(access::has) && mayRead(record);
    }

    @Override
    public boolean mayDelete(Attachment attachment) {
        return (access.has(deletesAny)
                || access.currentUser().map(u -> u.login().equals(attachment.uploadedBy())).orElse(false))
                && mayRead(attachment.record());
    }

    @Override
    public long maxBytes() {
        return maxMegabytes.getAsLong() * 1024L * 1024L;
    }

    @Override
    public final void changed(Attachment attachment, String action) {
        visible(attachment.record()).ifPresent(r -> changed(r, attachment, action));
    }
}
