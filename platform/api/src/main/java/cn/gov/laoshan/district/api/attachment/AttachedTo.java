package cn.gov.laoshan.district.api.attachment;

import java.util.Objects;

/**
 * The record files are attached to: the plugin that owns it, the kind of record and its id, as the plugin names
 * them ({@code mediation}, {@code case}, {@code 42}).
 *
 * @param plugin     the owning plugin's id (at most 40 characters)
 * @param recordType the kind of record within the plugin (at most 60 characters)
 * @param recordId   the record's id (at most 80 characters)
 */
public record AttachedTo(String plugin, String recordType, String recordId) {

    public AttachedTo {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        if (plugin.isBlank() || plugin.length() > 40 || recordType.isBlank() || recordType.length() > 60
                || recordId.isBlank() || recordId.length() > 80) {
            throw new IllegalArgumentException("plugin, record type and id must be given and short: " + plugin + "/"
                    + recordType + "/" + recordId);
        }
    }

    /** A record whose id is a number. */
    public static AttachedTo of(String plugin, String recordType, long recordId) {
        return new AttachedTo(plugin, recordType, Long.toString(recordId));
    }
}
