package cn.gov.laoshan.district.identity.service;

import static cn.gov.laoshan.district.identity.service.AccountValidation.blank;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.core.security.PasswordCost;
import cn.gov.laoshan.district.core.security.PasswordHash;
import cn.gov.laoshan.district.identity.domain.Department;
import cn.gov.laoshan.district.identity.domain.Role;
import cn.gov.laoshan.district.identity.domain.RoleScope;
import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.domain.UserKind;
import cn.gov.laoshan.district.identity.domain.UserStatus;

/**
 * Administration of users, departments and roles (an enterprise's own colleagues: {@link ColleagueService}), with the checks on the server:
 * platform administrators manage everything; a department administrator manages the users of their department and
 * the departments below it, and may give them only roles that stay inside that scope ({@link AssignableRoles});
 * an account is validated by {@link AccountValidation}. Every change is audited with before and after
 * ({@link IdentityAudit}).
 */
public final class IdentityService {

    public static final String USERS_VIEW = "identity.users.view";
    public static final String USERS_MANAGE = "identity.users.manage";
    public static final String DEPARTMENTS_MANAGE = "identity.departments.manage";
    public static final String ROLES_MANAGE = "identity.roles.manage";
    /** An enterprise's own administrator invites and disables colleagues: {@link ColleagueService}. */
    public static final String COLLEAGUES_MANAGE = ColleagueService.COLLEAGUES_MANAGE;
    /** The built-in enterprise role that holds {@link #COLLEAGUES_MANAGE} (made by migration V3). */
    public static final String ENTERPRISE_ADMIN = ColleagueService.ENTERPRISE_ADMIN;

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private final IdentityStore store;
    private final AccessControl access;
    private final Clock clock;
    private final PasswordCost cost;
    private final IdentityAudit audit;
    private final AccountValidation accounts;
    private final AssignableRoles grants;

    /**
     * @param registry the enterprise registry, when it runs: an enterprise account is made only for an enterprise
     *                 it holds
     */
    public IdentityService(IdentityStore store, AccessControl access, Supplier<Optional<AuditLog>> audit, Clock clock,
            PasswordCost cost, Supplier<Optional<EnterpriseRegistry>> registry) {
        this.store = store;
        this.access = access;
        this.clock = clock;
        this.cost = cost;
        this.audit = new IdentityAudit(audit);
        this.accounts = new AccountValidation(store, access, registry);
        this.grants = new AssignableRoles(store, access);
    }

    // ---- users

    /** A page of the users the caller may see. */
    public List<User> users(String text, String sortColumn, boolean ascending, int offset, int limit) {
        access.check(USERS_VIEW);
        return store.users(text, visibleDepartments(USERS_VIEW), column(sortColumn), ascending, offset, limit);
    }

    public int countUsers(String text) {
        access.check(USERS_VIEW);
        return store.countUsers(text, visibleDepartments(USERS_VIEW));
    }

    public Optional<User> user(String login) {
        access.check(USERS_VIEW);
        return store.user(login).filter(u -> inScope(USERS_VIEW, u));
    }

    /**
     * Creates a user with a random initial password, which they must change at first sign-in.
     *
     * @return the initial password, to hand to the user once
     * @throws IdentityException when a field is wrong (message key and field)
     */
    public String createUser(User form, Collection<String> roles) {
        access.check(USERS_MANAGE);
        User draft = AccountValidation.sideOfTheTable(form);
        accounts.validate(draft);
        if (store.user(draft.login()).isPresent()) {
            throw new IdentityException("login", "identity.error.login-taken");
        }
        requireInScope(draft.departmentCode());
        grants.require(roles, draft);
        String password = PasswordHash.randomPassword(16);
        String hash = PasswordHash.hash(password.toCharArray(), cost);
        Instant now = clock.instant();
        User user = new User(draft.login(), draft.displayName().trim(), draft.kind(), draft.departmentCode(),
                blank(draft.uscc()), blank(draft.phone()), blank(draft.email()), UserStatus.ACTIVE, true, now, 0, null);
        store.jdbi().useTransaction(h -> {
            store.insertUser(h, user, hash, now);
            store.setRoles(h, user.login(), roles);
        });
        audit.record("user.create", user.login(), null, IdentityAudit.json(user, roles));
        return password;
    }

    public void updateUser(User draft, Collection<String> roles) {
        access.check(USERS_MANAGE);
        User changed = AccountValidation.sideOfTheTable(draft);
        User before = existing(changed.login());
        grants.requireManageable(before);
        accounts.validate(changed);
        requireInScope(changed.departmentCode());
        List<String> rolesBefore = store.roleCodesOf(changed.login());
        boolean accessChanges = !Set.copyOf(rolesBefore).equals(Set.copyOf(roles))
                || !java.util.Objects.equals(before.departmentCode(), changed.departmentCode())
                || before.kind() != changed.kind();
        if (accessChanges && isCaller(changed.login())) {
            // nobody widens (or narrows) their own access: another administrator does it, and it is audited
            throw new IdentityException("roles", "identity.error.own-roles");
        }
        grants.require(roles, changed);
        store.jdbi().useTransaction(h -> {
            store.updateUserDetails(h, changed);
            store.setRoles(h, changed.login(), roles);
            if (accessChanges) {
                store.endSessions(h, changed.login());
            }
        });
        audit.record("user.update", changed.login(), IdentityAudit.json(before, rolesBefore),
                IdentityAudit.json(changed, roles));
    }

    public void disable(String login) {
        setStatus(login, UserStatus.DISABLED, "user.disable");
    }

    public void enable(String login) {
        setStatus(login, UserStatus.ACTIVE, "user.enable");
    }

    /** Lifts a lockout now. */
    public void unlock(String login) {
        setStatus(login, UserStatus.ACTIVE, "user.unlock");
    }

    /** A new random password the user must change at next sign-in. */
    public String resetPassword(String login) {
        access.check(USERS_MANAGE);
        User user = existing(login);
        grants.requireManageable(user);
        String password = PasswordHash.randomPassword(16);
        String hash = PasswordHash.hash(password.toCharArray(), cost);
        store.jdbi().useTransaction(h -> {
            store.updatePassword(h, login, hash, true, clock.instant());
            store.endSessions(h, login);
        });
        audit.record("user.password-reset", user.login(), null, null);
        return password;
    }

    public List<String> rolesOf(String login) {
        access.check(USERS_VIEW);
        existing(login);
        return store.roleCodesOf(login);
    }

    /**
     * The roles the caller may give to a member of staff of their own department (the list of the user dialog; the
     * server checks again against the real user on save).
     */
    public List<Role> assignableRoles() {
        return assignableRoles(UserKind.STAFF);
    }

    /** The roles the caller may give to a user of {@code kind}: only roles made for that side of the table. */
    public List<Role> assignableRoles(UserKind kind) {
        access.check(USERS_MANAGE);
        String own = kind == UserKind.STAFF ? access.currentUser().map(CurrentUser::departmentCode).orElse(null) : null;
        return grants.of(kind, own);
    }

    private void setStatus(String login, UserStatus status, String action) {
        access.check(USERS_MANAGE);
        User user = existing(login);
        grants.requireManageable(user);
        store.jdbi().useTransaction(h -> {
            store.updateSignInState(h, login, status, 0, null);
            store.endSessions(h, login);
        });
        audit.record(action, login, IdentityAudit.json(user.status()), IdentityAudit.json(status));
    }

    private User existing(String login) {
        User user = store.user(login).orElseThrow(() -> new IdentityException("login", "identity.error.no-such-user"));
        if (!inScope(USERS_MANAGE, user) && !inScope(USERS_VIEW, user)) {
            throw new IdentityException("login", "identity.error.no-such-user");
        }
        return user;
    }

    private void requireInScope(String departmentCode) {
        DepartmentScope scope = access.scope(USERS_MANAGE);
        if (!scope.all() && (departmentCode == null || !scope.includes(departmentCode))) {
            throw new IdentityException("department", "identity.error.department-out-of-scope");
        }
    }

    private boolean isCaller(String login) {
        return access.currentUser().map(u -> u.login().equals(login)).orElse(false);
    }

    private boolean inScope(String permission, User user) {
        DepartmentScope scope = access.scope(permission);
        return scope.all() || (user.departmentCode() != null && scope.includes(user.departmentCode()));
    }

    private Collection<String> visibleDepartments(String permission) {
        DepartmentScope scope = access.scope(permission);
        return scope.all() ? null : scope.departments();
    }

    private static String column(String sort) {
        return switch (sort == null ? "" : sort) {
            case "displayName" -> "display_name";
            case "department" -> "department_code";
            case "status" -> "status";
            default -> "login";
        };
    }

    // ---- departments

    public List<Department> departments() {
        return store.departments();
    }

    public void saveDepartment(Department department, boolean isNew) {
        access.check(DEPARTMENTS_MANAGE);
        if (!CODE.matcher(department.code()).matches()) {
            throw new IdentityException("code", "identity.error.code-format");
        }
        if (department.nameZh().isBlank() || department.nameEn().isBlank()) {
            throw new IdentityException("name", "identity.error.name-required");
        }
        List<Department> all = store.departments();
        Optional<Department> before = all.stream().filter(d -> d.code().equals(department.code())).findFirst();
        if (isNew && before.isPresent()) {
            throw new IdentityException("code", "identity.error.code-taken");
        }
        if (department.parentCode() != null) {
            if (all.stream().noneMatch(d -> d.code().equals(department.parentCode()))) {
                throw new IdentityException("parent", "identity.error.no-such-department");
            }
            if (!isNew && new Grants(all).subtree(department.code()).contains(department.parentCode())) {
                throw new IdentityException("parent", "identity.error.department-cycle");
            }
        }
        store.jdbi().useTransaction(h -> {
            if (isNew) {
                store.insertDepartment(h, department);
            } else {
                store.updateDepartment(h, department);
            }
        });
        audit.record(isNew ? "department.create" : "department.update", department.code(),
                before.map(IdentityAudit::json).orElse(null), IdentityAudit.json(department));
    }

    // ---- roles

    public List<Role> roles() {
        return store.roles();
    }

    public void saveRole(Role role, boolean isNew) {
        access.check(ROLES_MANAGE);
        if (!CODE.matcher(role.code()).matches()) {
            throw new IdentityException("code", "identity.error.code-format");
        }
        if (role.nameZh() == null || role.nameZh().isBlank() || role.nameEn() == null || role.nameEn().isBlank()) {
            throw new IdentityException("name", "identity.error.name-required");
        }
        Optional<Role> before = store.role(role.code());
        if (isNew && before.isPresent()) {
            throw new IdentityException("code", "identity.error.code-taken");
        }
        if (before.map(Role::platformAdmin).orElse(false) || role.platformAdmin()) {
            // the platform administrators' role is made at installation and never edited from the screen
            throw new IdentityException("code", "identity.error.role-builtin");
        }
        if (before.isPresent() && before.get().kind() != role.kind()) {
            // its holders are all of one side of the table: turning the role over would mix the two
            throw new IdentityException("kind", "identity.error.role-kind-fixed");
        }
        if (role.kind().outsider() && (role.scope() != RoleScope.OWN
                || role.permissions().stream().anyMatch(AssignableRoles::administrative))) {
            // an enterprise or individual users' role is least privilege: nothing district- or department-wide, no
            // administration
            throw new IdentityException("permissions", "identity.error.external-role-rights");
        }
        store.jdbi().useTransaction(h -> {
            if (isNew) {
                store.insertRole(h, role);
            } else {
                store.updateRole(h, role);
                // its holders' sessions carry the old grants: they sign in again
                store.endSessionsOfRole(h, role.code());
            }
        });
        audit.record(isNew ? "role.create" : "role.update", role.code(), before.map(IdentityAudit::json).orElse(null),
                IdentityAudit.json(role));
    }
}
