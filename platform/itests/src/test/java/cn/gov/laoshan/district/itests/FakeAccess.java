package cn.gov.laoshan.district.itests;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.DepartmentScope;

/** An AccessControl for data tests: the "signed-in" user is whoever the test sets. */
final class FakeAccess implements AccessControl {

    private volatile CurrentUser user;
    private volatile Set<String> permissions = Set.of();

    FakeAccess as(String login, String department, String... permissions) {
        this.user = new CurrentUser(login, login, department, null, false);
        this.permissions = Set.of(permissions);
        return this;
    }

    /** An enterprise user (external account) of the enterprise {@code uscc}. */
    FakeAccess asEnterprise(String login, String uscc, String... permissions) {
        this.user = new CurrentUser(login, login, null, uscc, false);
        this.permissions = Set.of(permissions);
        return this;
    }

    FakeAccess nobody() {
        this.user = null;
        this.permissions = Set.of();
        return this;
    }

    @Override
    public Optional<CurrentUser> currentUser() {
        return Optional.ofNullable(user);
    }

    @Override
    public boolean has(String permission) {
        return user != null && permissions.contains(permission);
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
