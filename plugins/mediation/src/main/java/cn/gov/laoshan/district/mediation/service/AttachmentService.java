package cn.gov.laoshan.district.mediation.service;

import java.io.OutputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.mediation.domain.Attachment;
import cn.gov.laoshan.district.mediation.domain.FileKind;
import cn.gov.laoshan.district.mediation.domain.FileName;
import cn.gov.laoshan.district.mediation.domain.MediationCase;

/**
 * A case's files, checked on the server: only someone who may see the case (its permission AND its department
 * scope, see {@link CaseService#scope()}) lists or downloads them; uploading needs a working permission on cases too; a file
 * is accepted when its content is one of the allowed kinds ({@link FileKind}), agrees with its name, and is within
 * {@code attachment.max.mb}; deleting is for the uploader or a lead ({@code mediation.case.assign}). Uploads and
 * deletions land on the case's timeline (and so in the audit log).
 */
public final class AttachmentService {

    private final CaseService cases;
    private final AttachmentRepository repository;
    private final AccessControl access;
    private final Timeline timeline;
    private final Supplier<MediationSettings> settings;
    private final Clock clock;

    public AttachmentService(CaseService cases, AttachmentRepository repository, AccessControl access,
            Timeline timeline, Supplier<MediationSettings> settings, Clock clock) {
        this.cases = cases;
        this.repository = repository;
        this.access = access;
        this.timeline = timeline;
        this.settings = settings;
        this.clock = clock;
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return settings.get().attachment_max_mb() * 1024L * 1024L;
    }

    public int maxMegabytes() {
        return settings.get().attachment_max_mb();
    }

    /** The allowed extensions, for the upload's accept list and the messages: ".pdf,.jpg,...". */
    public static String allowedExtensions() {
        return Arrays.stream(FileKind.values()).flatMap(k -> k.extensions().stream()).map(e -> "." + e)
                .collect(Collectors.joining(","));
    }

    public List<Attachment> list(long caseId) {
        visibleCase(caseId);
        return repository.list(caseId);
    }

    /** Whether the current user may upload to cases at all (for the upload's visibility). */
    public boolean mayUpload() {
        return access.has(CaseWorkflow.REGISTER) || access.has(CaseWorkflow.MEDIATE) || access.has(CaseWorkflow.ASSIGN);
    }

    /** Whether the current user may delete {@code a}: its uploader or a lead. */
    public boolean mayDelete(Attachment a) {
        return access.has(CaseWorkflow.ASSIGN)
                || access.currentUser().map(u -> u.login().equals(a.uploadedBy())).orElse(false);
    }

    /**
     * Checks and stores an uploaded file; a refused file changes nothing and the exception says why (the field
     * {@code attachment}, a message key of the plugin).
     */
    public Attachment upload(long caseId, String uploadedName, byte[] content) {
        MediationCase c = visibleCase(caseId);
        if (!mayUpload()) {
            throw new AccessDeniedException(CaseWorkflow.MEDIATE);
        }
        FileKind kind = check(uploadedName, content, maxBytes());
        String name = FileName.clean(uploadedName);
        CurrentUser user = access.currentUser().orElseThrow();
        long id = repository.insert(caseId, name, kind, content, clock.instant(), user.login(), user.displayName());
        timeline.record(CaseService.SOURCE, CaseService.RECORD_TYPE, c.number(), "attach", c.state().name(),
                c.state().name(), name);
        return repository.find(id).orElseThrow();
    }

    /**
     * The file check, by content: the name must be one of the allowed kinds, the content must be that kind (magic
     * bytes and structure), not empty and not larger than {@code maxBytes}.
     */
    public static FileKind check(String uploadedName, byte[] content, long maxBytes) {
        String name = FileName.clean(uploadedName);
        if (name.isBlank()) {
            throw new RefusedException("attachment", "mediation.attachment.error.name");
        }
        if (content == null || content.length == 0) {
            throw new RefusedException("attachment", "mediation.attachment.error.empty", name);
        }
        if (content.length > maxBytes) {
            throw new RefusedException("attachment", "mediation.attachment.error.too-large", name,
                    maxBytes / (1024 * 1024));
        }
        FileKind claimed = FileKind.byName(name).orElseThrow(() -> new RefusedException("attachment",
                "mediation.attachment.error.type", name, allowedExtensions()));
        FileKind actual = FileKind.byContent(content, claimed).orElseThrow(() -> new RefusedException("attachment",
                "mediation.attachment.error.content", name, claimed.name()));
        if (actual != claimed) {
            throw new RefusedException("attachment", "mediation.attachment.error.mismatch", name, claimed.name(),
                    actual.name());
        }
        return actual;
    }

    /**
     * The attachment, if the current user may read its case: the download handler calls this itself, so that a
     * copied or guessed link gives nothing to anyone else.
     */
    public Attachment forDownload(long attachmentId) {
        Attachment a = repository.find(attachmentId)
                .orElseThrow(() -> new RefusedException("attachment", "mediation.attachment.error.gone"));
        visibleCase(a.caseId());
        return a;
    }

    /** Streams the content of an attachment the current user may read. */
    public Attachment download(long attachmentId, OutputStream out) {
        Attachment a = forDownload(attachmentId);
        repository.writeContent(a.id(), out);
        return a;
    }

    public void delete(long attachmentId) {
        Attachment a = forDownload(attachmentId);
        MediationCase c = visibleCase(a.caseId());
        if (!mayDelete(a)) {
            throw new RefusedException("attachment", "mediation.attachment.error.delete-denied");
        }
        repository.delete(a.id());
        timeline.record(CaseService.SOURCE, CaseService.RECORD_TYPE, c.number(), "detach", c.state().name(),
                c.state().name(), a.fileName());
    }

    private MediationCase visibleCase(long caseId) {
        // find() checks the read permission and the department scope in SQL
        return cases.find(caseId).orElseThrow(() -> new RefusedException("case", "mediation.error.no-such-case"));
    }
}
