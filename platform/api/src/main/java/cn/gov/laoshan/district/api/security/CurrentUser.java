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
 */
public record CurrentUser(String login, String displayName, String departmentCode, String uscc, boolean platformAdmin) {

    /** The platform acting for itself (jobs), see {@link AccessControl#asSystem}. */
    public static final CurrentUser SYSTEM = new CurrentUser("system", "系统", null, null, true);

    public CurrentUser {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(displayName, "displayName");
    }

    /** An enterprise's representative rather than a member of staff. */
    public boolean external() {
        return uscc != null;
    }
}
