package cn.gov.laoshan.district.shell.security;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * The person signed in to a Vaadin session.
 *
 * @param login         login name
 * @param displayName   name shown in the shell
 * @param platformAdmin a platform administrator holds every permission
 * @param permissions   permission ids granted through roles
 */
public record SignedInUser(String login, String displayName, boolean platformAdmin, Set<String> permissions)
        implements Serializable {

    public SignedInUser {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(displayName, "displayName");
        permissions = Set.copyOf(permissions);
    }

    /**
     * Whether the user may use something guarded by {@code permission}. A {@code null} permission means
     * "administrators only": deny by default.
     */
    public boolean may(String permission) {
        if (platformAdmin) {
            return true;
        }
        return permission != null && permissions.contains(permission);
    }
}
