package cn.gov.laoshan.district.api.security;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Test access controls of the api's own tests. */
public final class TestAccess {

    private TestAccess() {
    }

    /** An access control with one user holding some permissions: the interface's defaults answer the rest. */
    public static AccessControl as(CurrentUser user, String... permissions) {
        return new AccessControl() {
            @Override
            public Optional<CurrentUser> currentUser() {
                return Optional.ofNullable(user);
            }

            @Override
            public boolean has(String permission) {
                return user != null && Set.of(permissions).contains(permission);
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
        };
    }

}
