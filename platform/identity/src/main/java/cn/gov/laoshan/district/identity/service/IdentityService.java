package cn.gov.laoshan.district.identity.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.core.security.PasswordHash;
import cn.gov.laoshan.district.identity.domain.Department;
import cn.gov.laoshan.district.identity.domain.Role;
import cn.gov.laoshan.district.identity.domain.RoleScope;
import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.domain.UserKind;
import cn.gov.laoshan.district.identity.domain.UserStatus;

/**
 * Administration of users, departments and roles, with the checks on the server: platform administrators manage
 * everything; a department administrator manages the users of their department and the departments below it,
 * and may give them only roles that stay inside that scope. Every change is audited with before and after.
 */
public final class IdentityService {

    public static final String USERS_VIEW = "identity.users.view";
    public static final String USERS_MANAGE = "identity.users.manage";
    public static final String DEPARTMENTS_MANAGE = "identity.departments.manage";
    public static final String ROLES_MANAGE = "identity.roles.manage";
    /** An enterprise's own administrator invites and disables the colleagues who represent the same enterprise. */
    public static final String COLLEAGUES_MANAGE = "identity.colleagues.manage";
    /** The built-in enterprise role that holds {@link #COLLEAGUES_MANAGE} (made by migration V3). */
    public static final String ENTERPRISE_ADMIN = "enterprise-admin";

    private static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9._-]{2,39}");
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private final IdentityStore store;
    private final AccessControl access;
    private final Supplier<Optional<AuditLog>> audit;
    private final Clock clock;
    private final int iterations;
    private final Supplier<Optional<EnterpriseRegistry>> registry;

    /**
     * @param registry the enterprise registry, when it runs: an enterprise account is made only for an enterprise
     *                 it holds
     */
    public IdentityService(IdentityStore store, AccessControl access, Supplier<Optional<AuditLog>> audit, Clock clock,
            int iterations, Supplier<Optional<EnterpriseRegistry>> registry) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.iterations = iterations;
        this.registry = registry;
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
        User draft = sideOfTheTable(form);
        validate(draft);
        if (store.user(draft.login()).isPresent()) {
            throw new IdentityException("login", "identity.error.login-taken");
        }
        requireInScope(draft.departmentCode());
        requireAssignable(roles, draft);
        String password = PasswordHash.randomPassword(16);
        String hash = PasswordHash.hash(password.toCharArray(), iterations);
        Instant now = clock.instant();
        User user = new User(draft.login(), draft.displayName().trim(), draft.kind(), draft.departmentCode(),
                blank(draft.uscc()), blank(draft.phone()), blank(draft.email()), UserStatus.ACTIVE, true, now, 0, null);
        store.jdbi().useTransaction(h -> {
            store.insertUser(h, user, hash, now);
            store.setRoles(h, user.login(), roles);
        });
        record("user.create", user.login(), null, json(user, roles));
        return password;
    }

    public void updateUser(User draft, Collection<String> roles) {
        access.check(USERS_MANAGE);
        User changed = sideOfTheTable(draft);
        User before = existing(changed.login());
        requireManageable(before);
        validate(changed);
        requireInScope(changed.departmentCode());
        List<String> rolesBefore = store.roleCodesOf(changed.login());
        boolean accessChanges = !Set.copyOf(rolesBefore).equals(Set.copyOf(roles))
                || !java.util.Objects.equals(before.departmentCode(), changed.departmentCode())
                || before.kind() != changed.kind();
        if (accessChanges && isCaller(changed.login())) {
            // nobody widens (or narrows) their own access: another administrator does it, and it is audited
            throw new IdentityException("roles", "identity.error.own-roles");
        }
        requireAssignable(roles, changed);
        store.jdbi().useTransaction(h -> {
            store.updateUserDetails(h, changed);
            store.setRoles(h, changed.login(), roles);
            if (accessChanges) {
                store.endSessions(h, changed.login());
            }
        });
        record("user.update", changed.login(), json(before, rolesBefore), json(changed, roles));
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
        requireManageable(user);
        String password = PasswordHash.randomPassword(16);
        String hash = PasswordHash.hash(password.toCharArray(), iterations);
        store.jdbi().useTransaction(h -> {
            store.updatePassword(h, login, hash, true, clock.instant());
            store.endSessions(h, login);
        });
        record("user.password-reset", user.login(), null, null);
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
        return store.roles().stream().filter(r -> r.isFor(kind) && assignable(r, own, kind)).toList();
    }

    private void setStatus(String login, UserStatus status, String action) {
        access.check(USERS_MANAGE);
        User user = existing(login);
        requireManageable(user);
        store.jdbi().useTransaction(h -> {
            store.updateSignInState(h, login, status, 0, null);
            store.endSessions(h, login);
        });
        record(action, login, "{\"status\":\"" + user.status() + "\"}", "{\"status\":\"" + status + "\"}");
    }

    private User existing(String login) {
        User user = store.user(login).orElseThrow(() -> new IdentityException("login", "identity.error.no-such-user"));
        if (!inScope(USERS_MANAGE, user) && !inScope(USERS_VIEW, user)) {
            throw new IdentityException("login", "identity.error.no-such-user");
        }
        return user;
    }

    private void validate(User user) {
        if (!LOGIN.matcher(user.login()).matches()) {
            throw new IdentityException("login", "identity.error.login-format");
        }
        if (user.displayName() == null || user.displayName().isBlank() || user.displayName().length() > 100) {
            throw new IdentityException("displayName", "identity.error.name-required");
        }
        if (user.kind() == UserKind.STAFF && (user.departmentCode() == null
                || store.departments().stream().noneMatch(d -> d.code().equals(user.departmentCode())))) {
            throw new IdentityException("department", "identity.error.department-required");
        }
        if (user.kind() == UserKind.EXTERNAL) {
            requireRegisteredEnterprise(user.uscc());
        }
        if (user.email() != null && !user.email().isBlank() && !user.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IdentityException("email", "identity.error.email-format");
        }
        if (user.phone() != null && !user.phone().isBlank() && !user.phone().matches("[0-9+\\- ]{7,20}")) {
            throw new IdentityException("phone", "identity.error.phone-format");
        }
    }

    /**
     * A staff member has a department and no enterprise; an enterprise user an enterprise and no department. The
     * shell tells the two apart by the enterprise code, so a staff account must never carry one.
     */
    private static User sideOfTheTable(User user) {
        return user.kind() == UserKind.STAFF
                ? new User(user.login(), user.displayName(), user.kind(), user.departmentCode(), null, user.phone(),
                        user.email(), user.status(), user.mustChangePassword(), user.passwordChangedAt(),
                        user.failedAttempts(), user.lockedUntil())
                : new User(user.login(), user.displayName(), user.kind(), null,
                        user.uscc() == null ? null : user.uscc().trim().toUpperCase(java.util.Locale.ROOT), user.phone(),
                        user.email(), user.status(), user.mustChangePassword(), user.passwordChangedAt(),
                        user.failedAttempts(), user.lockedUntil());
    }

    /**
     * An enterprise account represents an enterprise the registry holds, named by a well-formed code (GB 32100-2015,
     * check character included). The registry is asked as the platform: whoever creates the account (a platform
     * administrator, an enterprise's own administrator) need not hold the registry's read permission, and the
     * answer is only whether the code they gave is registered.
     */
    private void requireRegisteredEnterprise(String uscc) {
        if (uscc == null || uscc.isBlank()) {
            throw new IdentityException("uscc", "identity.error.uscc-required");
        }
        if (!Uscc.isValid(uscc)) {
            throw new IdentityException("uscc", uscc.length() == 18 && uscc.chars().allMatch(c -> Uscc.ALPHABET.indexOf(c) >= 0)
                    ? "identity.error.uscc-check" : "identity.error.uscc-format");
        }
        EnterpriseRegistry enterprises = registry.get()
                .orElseThrow(() -> new IdentityException("uscc", "identity.error.registry-unavailable"));
        if (access.asSystem(() -> enterprises.find(Uscc.parse(uscc))).isEmpty()) {
            throw new IdentityException("uscc", "identity.error.uscc-not-registered");
        }
    }

    private void requireInScope(String departmentCode) {
        DepartmentScope scope = access.scope(USERS_MANAGE);
        if (!scope.all() && (departmentCode == null || !scope.includes(departmentCode))) {
            throw new IdentityException("department", "identity.error.department-out-of-scope");
        }
    }

    private void requireAssignable(Collection<String> roles, User user) {
        List<Role> all = store.roles();
        for (String code : roles) {
            Role role = all.stream().filter(r -> r.code().equals(code)).findFirst()
                    .orElseThrow(() -> new IdentityException("roles", "identity.error.no-such-role"));
            if (!role.isFor(user.kind())) {
                // one side of the table per account: never a staff role for an enterprise's representative, never an
                // enterprise role for staff (whose screens and notifications are the other side's)
                throw new IdentityException("roles", user.kind() == UserKind.EXTERNAL
                        ? "identity.error.staff-role-for-external" : "identity.error.external-role-for-staff");
            }
            if (user.kind() == UserKind.EXTERNAL && (role.platformAdmin() || role.scope() != RoleScope.OWN
                    || role.permissions().stream().anyMatch(IdentityService::administrative))) {
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
    private void requireManageable(User target) {
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
        java.util.Set<String> where = switch (role.scope()) {
            case ALL -> null;
            case OWN -> kind == UserKind.EXTERNAL || departmentCode == null ? java.util.Set.of()
                    : grants.subtree(departmentCode);
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
    private static boolean administrative(String permission) {
        return (permission.startsWith("identity.") && !permission.equals(COLLEAGUES_MANAGE))
                || permission.startsWith("console.")
                || permission.startsWith("audit.") || permission.equals("calendar.edit")
                || permission.equals("registry.enterprise.edit");
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

    // ---- an enterprise's own colleagues

    /** The signed-in user's login, or {@code null}. */
    public String callerLogin() {
        return access.currentUser().map(CurrentUser::login).orElse(null);
    }

    /** The accounts of the caller's own enterprise (an enterprise administrator's view of their colleagues). */
    public List<User> colleagues() {
        String uscc = ownEnterprise();
        return store.usersOfEnterprise(uscc);
    }

    /** The roles each colleague holds, by login. */
    public Map<String, List<String>> colleagueRoles() {
        String uscc = ownEnterprise();
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (User user : store.usersOfEnterprise(uscc)) {
            roles.put(user.login(), store.roleCodesOf(user.login()));
        }
        return roles;
    }

    /**
     * An enterprise administrator invites a colleague of the same enterprise: an account with a random initial
     * password (to hand over once) and the caller's own enterprise roles — never more than the caller holds; the
     * enterprise administrators' role only when {@code enterpriseAdmin}. Audited.
     *
     * @throws IdentityException when a field is wrong (message key and field)
     */
    public String inviteColleague(String login, String displayName, String phone, String email, boolean enterpriseAdmin) {
        String uscc = ownEnterprise();
        String caller = access.currentUser().orElseThrow().login();
        User draft = new User(login == null ? "" : login.trim(), displayName == null ? "" : displayName,
                UserKind.EXTERNAL, null, uscc, blank(phone), blank(email), UserStatus.ACTIVE, true, null, 0, null);
        validate(draft);
        if (store.user(draft.login()).isPresent()) {
            throw new IdentityException("login", "identity.error.login-taken");
        }
        List<String> roles = new java.util.ArrayList<>(store.roleCodesOf(caller).stream()
                .filter(code -> enterpriseAdmin || !code.equals(ENTERPRISE_ADMIN)).toList());
        String password = PasswordHash.randomPassword(16);
        String hash = PasswordHash.hash(password.toCharArray(), iterations);
        Instant now = clock.instant();
        User user = new User(draft.login(), draft.displayName().trim(), UserKind.EXTERNAL, null, uscc, draft.phone(),
                draft.email(), UserStatus.ACTIVE, true, now, 0, null);
        store.jdbi().useTransaction(h -> {
            store.insertUser(h, user, hash, now);
            store.setRoles(h, user.login(), roles);
        });
        record("user.invite", user.login(), null, json(user, roles));
        return password;
    }

    /** An enterprise administrator disables a colleague's account (someone who left the enterprise). Audited. */
    public void disableColleague(String login) {
        setColleagueStatus(login, UserStatus.DISABLED, "user.disable");
    }

    /** And enables it again. Audited. */
    public void enableColleague(String login) {
        setColleagueStatus(login, UserStatus.ACTIVE, "user.enable");
    }

    private void setColleagueStatus(String login, UserStatus status, String action) {
        String uscc = ownEnterprise();
        User user = store.user(login).filter(u -> uscc.equals(u.uscc()))
                // another enterprise's account is not there at all, as far as this caller can tell
                .orElseThrow(() -> new IdentityException("login", "identity.error.no-such-user"));
        if (isCaller(login)) {
            throw new IdentityException("login", "identity.error.own-account");
        }
        store.jdbi().useTransaction(h -> {
            store.updateSignInState(h, login, status, 0, null);
            store.endSessions(h, login);
        });
        record(action, login, "{\"status\":\"" + user.status() + "\"}", "{\"status\":\"" + status + "\"}");
    }

    /** The enterprise of the calling enterprise administrator; refused to anybody else (staff included). */
    private String ownEnterprise() {
        access.check(COLLEAGUES_MANAGE);
        CurrentUser user = access.currentUser().orElseThrow(() -> new AccessDeniedException(COLLEAGUES_MANAGE));
        if (!user.external()) {
            throw new AccessDeniedException(COLLEAGUES_MANAGE);
        }
        return user.uscc();
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
        record(isNew ? "department.create" : "department.update", department.code(),
                before.map(IdentityService::json).orElse(null), json(department));
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
        if (role.kind() == UserKind.EXTERNAL && (role.scope() != RoleScope.OWN
                || role.permissions().stream().anyMatch(IdentityService::administrative))) {
            // an enterprise role is least privilege: nothing district- or department-wide, no administration
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
        record(isNew ? "role.create" : "role.update", role.code(), before.map(IdentityService::json).orElse(null),
                json(role));
    }

    // ---- audit

    private void record(String action, String objectId, String before, String after) {
        audit.get().ifPresent(log -> log.record("identity", action,
                action.substring(0, action.indexOf('.')), objectId, before, after));
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static String json(User user, Collection<String> roles) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("login", user.login());
        fields.put("displayName", user.displayName());
        fields.put("kind", user.kind());
        fields.put("department", user.departmentCode());
        fields.put("uscc", user.uscc());
        fields.put("status", user.status());
        fields.put("roles", new TreeSet<>(roles));
        return write(fields);
    }

    static String json(Department department) {
        return write(department);
    }

    static String json(Role role) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", role.code());
        fields.put("nameZh", role.nameZh());
        fields.put("scope", role.scope());
        fields.put("department", role.departmentCode());
        fields.put("permissions", new TreeSet<>(role.permissions()));
        return write(fields);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
