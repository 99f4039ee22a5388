package cn.gov.laoshan.district.api.security;

import java.util.Optional;
import java.util.function.Supplier;

/** The api's own tests cannot use the test kit (it depends on the api): a user holding one permission in a scope. */
record TestUser(CurrentUser user, String permission, DepartmentScope scope) implements AccessControl {

    static TestUser staff(String login, String department, String permission, DepartmentScope scope) {
        return new TestUser(new CurrentUser(login, login, department, null, false), permission, scope);
    }

    static TestUser enterprise(String login, String uscc, String permission) {
        return new TestUser(new CurrentUser(login, login, null, uscc, false), permission, DepartmentScope.ALL);
    }

    static TestUser admin() {
        return new TestUser(new CurrentUser("admin", "admin", "laoshan", null, true), "none", DepartmentScope.NONE);
    }

    @Override
    public Optional<CurrentUser> currentUser() {
        return Optional.ofNullable(user);
    }

    @Override
    public boolean has(String p) {
        return p.equals(permission) && !scope.isEmpty();
    }

    @Override
    public void check(String p) {
        if (!has(p)) {
            throw new AccessDeniedException(p);
        }
    }

    @Override
    public DepartmentScope scope(String p) {
        return p.equals(permission) ? scope : DepartmentScope.NONE;
    }

    @Override
    public <T> T asSystem(Supplier<T> work) {
        return work.get();
    }
}
