package cn.gov.laoshan.district.api.attachment;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a plugin says about the attachments of its records, asked by {@link Attachments} at every call (a list, an
 * upload, each download, a delete), for the user signed in on the calling thread. The plugin answers with its own
 * permission checks <em>and</em> the record's department or enterprise scope (typically: "the record is found by the
 * scoped query and the user holds the permission"), so a copied download link gives nothing to anyone else.
 * Deny by default: answer {@code false} for a record that does not exist or is out of scope.
 */
@ConsumerType
public interface AttachmentRules {

    /** Whether the current user may list and download the files of {@code record}. */
    boolean mayRead(AttachedTo record);

    /** Whether the current user may add files to {@code record}. */
    boolean mayAdd(AttachedTo record);

    /** Whether the current user may delete {@code attachment}; by default whoever may add to its record. */
    default boolean mayDelete(Attachment attachment) {
        return mayAdd(attachment.record());
    }

    /**
     * The largest file accepted, in bytes (the platform caps it at {@link Attachments#MAX_BYTES}); 10 MiB by
     * default.
     */
    default long maxBytes() {
        return 10L * 1024 * 1024;
    }

    /**
     * Told after a file was added ({@code "attach"}) or deleted ({@code "detach"}), in the same call, for a
     * plugin that also shows it elsewhere (its record's timeline). The audit record is the platform's.
     */
    default void changed(Attachment attachment, String action) {
    }
}
