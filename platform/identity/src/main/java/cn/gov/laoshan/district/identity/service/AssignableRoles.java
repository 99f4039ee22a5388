package cn.gov.laoshan.district.identity.service;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.identity.domain.Role;
import cn.gov.laoshan.district.identity.domain.RoleScope;
import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.domain.UserKind;

/**
 * Who may give which role, and so who may manage which account: no self-granted power, no account takeover, one
 * side of the table per account, least privilege for an enterprise's representatives. Asked of the caller
 * ({@link AccessControl}) against the stored roles and departments.
 */
final class AssignableRoles {

    private final IdentityStore store;
    private final AccessControl access;

    AssignableRoles(IdentityStore store, AccessControl access) {
        this.store = store;
        this.access = access;
    }

    /** The roles the caller may give to a user of {@code kind} in {@code departmentCode}. */
    List<Role> of(UserKind kind, String departmentCode) {
        return store.roles().stream().filter(r -> r.isFor(kind) && assignable(r, departmentCode, kind)).toList();
    }

    /** Refuses (at the field "roles") any of {@code roles} the caller may not give to {@code user}. */
    void require(Collection<String> roles, User user) {
        List<Role> all = store.roles();
        for (String code : roles) {
            Role role = all.stream().filter(r -> r.code().equals(code)).findFirst()
                    .orElseThrow(() -> new IdentityException("roles", "identity.error.no-such-role"));
            if (!role.isFor(user.kind())) {
                // one side of the table per account: never a staff role for an enterprise's representative, never an
                // enterprise role for staff (whose screens and notifications are the other side's)
                throw new IdentityException("roles", switch (user.kind()) {
                    case EXTERNAL -> "identity.error.staff-role-for-external";
                    case INDIVIDUAL -> "identity.error.role-not-for-individual";
                    case STAFF -> role.kind() == UserKind.INDIVIDUAL
                            ? "identity.error.individual-role-for-staff" : "identity.error.external-role-for-staff";
                });
            }
            if (user.kind().outsider() && (role.platformAdmin() || role.scope() != RoleScope.OWN
                    || role.permissions().stream().anyMatch(AssignableRoles::administrative))) {
                // an enterprise's representative gets least privilege: nothing district- or department-wide, and
                // none of the platform's administration whatever the role's scope says
                throw new IdentityException("roles", "identity.error.role-not-for-external");
            }
            if (!assignable(role, user.departmentCode(), user.kind())) {
                throw new IdentityException("roles", "identity.error.role-not-assignable");
            }
        }
    }

    /**
     * No account takeover: the caller may reset, disable, enable or change an account only when they could have
     * given it every role it holds (so it holds nothing more than they do), and a platform administrator's account
     * only when they are one.
     */
    void requireManageable(User target) {
        List<String> held = store.roleCodesOf(target.login());
        for (Role role : store.roles()) {
            if (held.contains(role.code()) && !assignable(role, target.departmentCode(), target.kind())) {
                throw new IdentityException("login", "identity.error.account-above-you");
            }
        }
    }

    /**
     * No self-granted power: a role may be given only by someone who holds each of its permissions wherever the
     * role would grant it — a role scoped to the user's own department (OWN) in the user's department and below, a
     * department role in that department and below, a district-wide role everywhere. A department administrator
     * thus gives only what their own roles hold: never another department's plugin permissions (those are held by
     * that department's own roles only), never a district-wide role. The platform administrators' role only by a
     * platform administrator.
     */
    private boolean assignable(Role role, String departmentCode, UserKind kind) {
        boolean callerIsPlatformAdmin = access.currentUser().map(CurrentUser::platformAdmin).orElse(false);
        if (role.platformAdmin()) {
            return callerIsPlatformAdmin;
        }
        if (callerIsPlatformAdmin) {
            return true;
        }
        Grants grants = new Grants(store.departments());
        Set<String> where = switch (role.scope()) {
            case ALL -> null;
            case OWN -> kind.outsider() || departmentCode == null ? Set.of() : grants.subtree(departmentCode);
            case DEPARTMENT -> grants.subtree(role.departmentCode());
        };
        for (String permission : role.permissions()) {
            if (!access.has(permission)) {
                return false;
            }
            DepartmentScope held = access.scope(permission);
            if (!held.all() && (where == null || !held.departments().containsAll(where))) {
                return false;
            }
        }
        return true;
    }

    /** The platform's own administration, which no enterprise user may hold. */
    static boolean administrative(String permission) {
        return (permission.startsWith("identity.") && !permission.equals(IdentityService.COLLEAGUES_MANAGE))
                || permission.startsWith("console.")
                || permission.startsWith("audit.") || permission.equals("calendar.edit")
                || permission.equals("registry.enterprise.edit");
    }
}
