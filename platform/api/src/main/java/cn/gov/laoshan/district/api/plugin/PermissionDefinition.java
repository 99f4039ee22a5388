package cn.gov.laoshan.district.api.plugin;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A permission a plugin defines. Its id starts with the plugin id: {@code mediation.case.register}.
 * Roles are sets of permissions; the admin screens show {@code descriptionKey} resolved in the plugin's messages.
 */
public record PermissionDefinition(String id, String descriptionKey) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-z0-9-]*)+");

    public PermissionDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(descriptionKey, "descriptionKey");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("permission id must be dotted lower-case words, e.g. mediation.case.read: " + id);
        }
    }
}
