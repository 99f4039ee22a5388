package cn.gov.laoshan.district.itests.audit;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.DepartmentScope;

/** An {@link AccessControl} for data tests: one user holding a fixed set of permissions. */
final class TestAccess implements AccessControl {

    private volatile CurrentUser user;
    private volatile Set<String> permissions;

    TestAccess(CurrentUser user, Set<String> permissions) {
        this.user = user;
        this.permissions = permissions;
    }

    void become(CurrentUser newUser, Set<String> newPermissions) {
        user = newUser;
        permissions = newPermissions;
    }

    @Override
    public Optional<CurrentUser> currentUser() {
        return Optional.ofNullable(user);
    }

    @Override
    public boolean has(String permission) {
        return user != null && (user.platformAdmin() || permissions.contains(permission));
    }

    @Override
    public void check(String permission) {
        if (!has(permission)) {
            throw new AccessDeniedException(permission);
        }
    }

    @Override
    public DepartmentScope scope(String permission) {
        return has(permission) ? DepartmentScope.ALL : DepartmentScope.NONE;
    }

    @Override
    public <T> T asSystem(Supplier<T> work) {
        return work.get();
    }
}
