package cn.gov.laoshan.district.identity.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A role: a set of permissions, held where {@link #scope()} says. A platform-administrator role holds every
 * permission everywhere.
 */
public record Role(String code, String nameZh, String nameEn, RoleScope scope, String departmentCode,
        boolean platformAdmin, Set<String> permissions) {

    public Role {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(scope, "scope");
        permissions = Set.copyOf(permissions);
        if (scope == RoleScope.DEPARTMENT && departmentCode == null) {
            throw new IllegalArgumentException("a DEPARTMENT role needs a department");
        }
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
