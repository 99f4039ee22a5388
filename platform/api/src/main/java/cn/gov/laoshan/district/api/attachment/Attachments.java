package cn.gov.laoshan.district.api.attachment;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's attachments (an OSGi service, provided by platform/attachments). Every call names the plugin's
 * {@link AttachmentRules} and asks them for the user of the calling thread: a refused right is an
 * {@code AccessDeniedException}, a refused file an {@link AttachmentRefusedException}; either way nothing changed.
 * Every addition and deletion is audited ({@code attachment.add}, {@code attachment.delete}, source: the plugin).
 */
@ProviderType
public interface Attachments {

    /** The largest file the platform keeps, whatever a plugin's rules say: 50 MiB. */
    long MAX_BYTES = 50L * 1024 * 1024;

    /** The files of {@code record}, oldest first (never their content). */
    List<Attachment> list(AttachmentRules rules, AttachedTo record);

    /**
     * Reads {@code content} and keeps it with {@code record}: the bytes are counted as they arrive and the upload is
     * refused as soon as there are more than the rules' limit (the rest is not read); at most that limit is held, in
     * a temporary file, never in memory; then the content must be one of the allowed kinds and agree with the name's
     * extension. The caller closes {@code content}.
     */
    Attachment add(AttachmentRules rules, AttachedTo record, String fileName, InputStream content);

    /** The attachment {@code id}, when the current user may read its record (for a download's headers). */
    Attachment find(AttachmentRules rules, long id);

    /** Streams the content of {@code id} to {@code out}, the right checked again first. */
    Attachment download(AttachmentRules rules, long id, OutputStream out);

    /** Deletes {@code id} when the rules allow it. */
    void delete(AttachmentRules rules, long id);

    /** The allowed file name extensions, {@code .pdf,.jpg,...} order kept. */
    List<String> allowedExtensions();

    /**
     * Takes over a file a plugin kept itself before this service existed, as the platform's own work (no user
     * check, the content checked as for {@link #add} but the kind not compared with the name), with its original
     * uploader and time. {@code origin} names the old copy ({@code mediation.attachment:17}); a second call with the
     * same origin returns the file taken over the first time, so that a move interrupted half-way can be repeated.
     */
    Attachment adopt(AttachedTo record, String origin, String fileName, InputStream content, Instant uploadedAt,
            String uploadedBy, String uploaderName);
}
