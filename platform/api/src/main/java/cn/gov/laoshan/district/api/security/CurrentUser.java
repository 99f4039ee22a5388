package cn.gov.laoshan.district.api.security;

import java.util.Objects;

/**
 * The person on whose behalf code runs.
 *
 * @param login          login name
 * @param displayName    name to show
 * @param departmentCode the staff member's department, or {@code null} for an external user
 * @param uscc           for an external user, the unified social credit code of the enterprise they represent
 * @param platformAdmin  platform administrators hold every permission everywhere
 * @param individual     an individual user (since 1.4.0): an external account of a person who represents no
 *                       organisation (a 政务体验官), with neither a department nor an enterprise; neither staff nor an
 *                       enterprise user, they see only their own records ({@link RecordScope#of})
 */
public record CurrentUser(String login, String displayName, String departmentCode, String uscc, boolean platformAdmin,
        boolean individual) {

    /** The platform acting for itself (jobs), see {@link AccessControl#asSystem}. */
    public static final CurrentUser SYSTEM = new CurrentUser("system", "系统", null, null, true);

    public CurrentUser {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(displayName, "displayName");
        if (individual && (departmentCode != null || uscc != null || platformAdmin)) {
            throw new IllegalArgumentException("an individual user has no department, no enterprise and no administration");
        }
    }

    /** A member of staff or an enterprise user, as before individual users existed. */
    public CurrentUser(String login, String displayName, String departmentCode, String uscc, boolean platformAdmin) {
        this(login, displayName, departmentCode, uscc, platformAdmin, false);
    }

    /**
     * A member of the district's staff (or the system): neither an enterprise user nor an individual user.
     *
     * @since 1.4.0
     */
    public boolean staff() {
        return uscc == null && !individual;
    }

    /** An enterprise's representative rather than a member of staff. */
    public boolean external() {
        return uscc != null;
    }
}
