package cn.gov.laoshan.district.itests;

import java.util.Optional;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.shell.security.SignedInUser;

/** Access decisions for one signed-in user, as the shell makes them for that user's session. */
final class UserAccessControl implements AccessControl {

    private final SignedInUser user;

    UserAccessControl(SignedInUser user) {
        this.user = user;
    }

    @Override
    public Optional<CurrentUser> currentUser() {
        return Optional.of(user.asCurrentUser());
    }

    @Override
    public boolean has(String permission) {
        return user.may(permission);
    }

    @Override
    public void check(String permission) {
        if (!has(permission)) {
            throw new AccessDeniedException(permission);
        }
    }

    @Override
    public DepartmentScope scope(String permission) {
        return user.scope(permission);
    }

    @Override
    public <T> T asSystem(Supplier<T> work) {
        // the services the work calls have their own access control in these tests (the registry's grants reading)
        return work.get();
    }
}
