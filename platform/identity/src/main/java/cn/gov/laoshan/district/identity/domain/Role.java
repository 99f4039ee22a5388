package cn.gov.laoshan.district.identity.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A role: a set of permissions, held where {@link #scope()} says. A platform-administrator role holds every
 * permission everywhere. A role is for one side of the table ({@link #kind()}): staff roles are given to staff
 * only, enterprise (EXTERNAL) roles to enterprise users only — never mixed, so that a permission meant for staff
 * does not reach an enterprise's representative through a role that was "nearly right".
 */
public record Role(String code, String nameZh, String nameEn, RoleScope scope, String departmentCode,
        boolean platformAdmin, Set<String> permissions, UserKind kind) {

    public Role {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(scope, "scope");
        permissions = Set.copyOf(permissions);
        kind = kind == null ? UserKind.STAFF : kind;
        if (scope == RoleScope.DEPARTMENT && departmentCode == null) {
            throw new IllegalArgumentException("a DEPARTMENT role needs a department");
        }
    }

    /** A staff role. */
    public Role(String code, String nameZh, String nameEn, RoleScope scope, String departmentCode,
            boolean platformAdmin, Set<String> permissions) {
        this(code, nameZh, nameEn, scope, departmentCode, platformAdmin, permissions, UserKind.STAFF);
    }

    /** Whether this role may be given to a user of {@code userKind}. */
    public boolean isFor(UserKind userKind) {
        return kind == userKind;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
