package cn.gov.laoshan.district.shell.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.DepartmentScope;

/**
 * The person signed in to a Vaadin session, with what their roles grant.
 *
 * @param login              login name
 * @param displayName        name shown in the shell
 * @param departmentCode     department of a member of staff, or {@code null}
 * @param uscc               enterprise of an external user, or {@code null}
 * @param platformAdmin      a platform administrator holds every permission everywhere
 * @param grants             permission id → departments where the user holds it
 * @param mustChangePassword the user must set a new password before doing anything else: until then every
 *                           permission is refused, screens and service calls alike
 * @param accessVersion      the account's access version at sign-in; a change that takes access away (disabled,
 *                           locked, roles, password reset) counts it up and so ends this session
 * @param signedInAt         when the user signed in, for the absolute session lifetime
 * @param individual         an individual user's account (a 政务体验官): no department, no enterprise; sees only the
 *                           screens made for individual users
 */
public record SignedInUser(String login, String displayName, String departmentCode, String uscc, boolean platformAdmin,
        Map<String, DepartmentScope> grants, boolean mustChangePassword, int accessVersion, Instant signedInAt,
        boolean individual) implements Serializable {

    public SignedInUser {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(signedInAt, "signedInAt");
        grants = Map.copyOf(grants);
        if (individual && (departmentCode != null || uscc != null || platformAdmin)) {
            throw new IllegalArgumentException("an individual user has no department, no enterprise and no administration");
        }
    }

    public SignedInUser(String login, String displayName, String departmentCode, String uscc, boolean platformAdmin,
            Map<String, DepartmentScope> grants, boolean mustChangePassword, int accessVersion, Instant signedInAt) {
        this(login, displayName, departmentCode, uscc, platformAdmin, grants, mustChangePassword, accessVersion,
                signedInAt, false);
    }

    public SignedInUser(String login, String displayName, String departmentCode, String uscc, boolean platformAdmin,
            Map<String, DepartmentScope> grants, boolean mustChangePassword) {
        this(login, displayName, departmentCode, uscc, platformAdmin, grants, mustChangePassword, 0, Instant.now());
    }

    /** A user holding {@code permissions} everywhere; for tests and simple set-ups. */
    public static SignedInUser withPermissions(String login, String displayName, boolean platformAdmin,
            Set<String> permissions) {
        Map<String, DepartmentScope> grants = new java.util.HashMap<>();
        permissions.forEach(p -> grants.put(p, DepartmentScope.ALL));
        return new SignedInUser(login, displayName, null, null, platformAdmin, grants, false);
    }

    /**
     * Whether the user may use something guarded by {@code permission}. A {@code null} permission means
     * "administrators only": deny by default.
     */
    public boolean may(String permission) {
        if (mustChangePassword) {
            // a first sign-in or an administrator's reset: nothing, not even a service call, until the password
            // is the user's own (the change itself goes through PasswordChanger, which checks the current one)
            return false;
        }
        if (platformAdmin) {
            return true;
        }
        return permission != null && grants.containsKey(permission);
    }

    public DepartmentScope scope(String permission) {
        if (mustChangePassword) {
            return DepartmentScope.NONE;
        }
        if (platformAdmin) {
            return DepartmentScope.ALL;
        }
        return permission == null ? DepartmentScope.NONE : grants.getOrDefault(permission, DepartmentScope.NONE);
    }

    /** An enterprise's representative (an external account) rather than a member of staff. */
    public boolean external() {
        return uscc != null;
    }

    public CurrentUser asCurrentUser() {
        return new CurrentUser(login, displayName, departmentCode, uscc, platformAdmin, individual);
    }

    /** The same session after the user changed their own password, which counted the access version up. */
    public SignedInUser withPasswordChanged(int newAccessVersion) {
        return new SignedInUser(login, displayName, departmentCode, uscc, platformAdmin, grants, false,
                newAccessVersion, signedInAt, individual);
    }
}
