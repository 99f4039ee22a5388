package cn.gov.laoshan.district.identity.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import cn.gov.laoshan.district.identity.domain.Department;
import cn.gov.laoshan.district.identity.domain.Role;
import cn.gov.laoshan.district.identity.domain.RoleScope;
import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.domain.UserKind;
import cn.gov.laoshan.district.identity.domain.UserStatus;

/**
 * The identity tables in the platform schema. No permission checks here: {@link IdentityService} does them.
 * Times are stored as UTC timestamps.
 */
public final class IdentityStore {

    private final Jdbi jdbi;

    public IdentityStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    // ---- departments

    public List<Department> departments() {
        return jdbi.withHandle(h -> h.createQuery(
                "select code, name_zh, name_en, parent_code, sort_order from department order by sort_order, code")
                .map((rs, ctx) -> new Department(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5)))
                .list());
    }

    public void insertDepartment(Handle h, Department d) {
        h.createUpdate("insert into department (code, name_zh, name_en, parent_code, sort_order) "
                + "values (:code, :nameZh, :nameEn, :parentCode, :sortOrder)").bindMethods(d).execute();
    }

    public void updateDepartment(Handle h, Department d) {
        h.createUpdate("update department set name_zh = :nameZh, name_en = :nameEn, parent_code = :parentCode, "
                + "sort_order = :sortOrder where code = :code").bindMethods(d).execute();
    }

    // ---- users

    public Optional<User> user(String login) {
        return jdbi.withHandle(h -> user(h, login));
    }

    Optional<User> user(Handle h, String login) {
        return h.createQuery("select * from app_user where login = :login").bind("login", login)
                .map((rs, ctx) -> user(rs)).findOne();
    }

    public Optional<String> passwordHash(String login) {
        return jdbi.withHandle(h -> h.createQuery("select password_hash from app_user where login = :login")
                .bind("login", login).mapTo(String.class).findOne());
    }

    /** Every account of one enterprise, by name. */
    public List<User> usersOfEnterprise(String uscc) {
        return jdbi.withHandle(h -> h.createQuery("select * from app_user where uscc = :uscc order by display_name, login")
                .bind("uscc", uscc).map((rs, ctx) -> user(rs)).list());
    }

    /**
     * A page of users.
     *
     * @param text        part of the login or display name, or {@code null}
     * @param departments departments to look in, {@code null} for all
     */
    public List<User> users(String text, Collection<String> departments, String sortColumn, boolean ascending,
            int offset, int limit) {
        return jdbi.withHandle(h -> {
            Query query = h.createQuery("select * from app_user" + where(text, departments) + " order by "
                    + sortColumn + (ascending ? " asc" : " desc") + ", login offset :offset rows fetch next :limit rows only");
            bindFilter(query, text, departments);
            return query.bind("offset", offset).bind("limit", limit).map((rs, ctx) -> user(rs)).list();
        });
    }

    public int countUsers(String text, Collection<String> departments) {
        return jdbi.withHandle(h -> {
            Query query = h.createQuery("select count(*) from app_user" + where(text, departments));
            bindFilter(query, text, departments);
            return query.mapTo(Integer.class).one();
        });
    }

    private static String where(String text, Collection<String> departments) {
        List<String> conditions = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            conditions.add("(lower(login) like :text or display_name like :textRaw)");
        }
        if (departments != null) {
            conditions.add(departments.isEmpty() ? "1 = 0" : "department_code in (<departments>)");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bindFilter(Query query, String text, Collection<String> departments) {
        if (text != null && !text.isBlank()) {
            query.bind("text", "%" + text.trim().toLowerCase() + "%").bind("textRaw", "%" + text.trim() + "%");
        }
        if (departments != null && !departments.isEmpty()) {
            query.bindList("departments", new ArrayList<>(departments));
        }
    }

    public void insertUser(Handle h, User u, String passwordHash, Instant now) {
        h.createUpdate("insert into app_user (login, display_name, kind, department_code, uscc, phone, email, status, "
                + "password_hash, must_change_password, password_changed_at, failed_attempts, locked_until, created_at) "
                + "values (:login, :displayName, :kind, :departmentCode, :uscc, :phone, :email, :status, :hash, "
                + ":mustChange, :changedAt, 0, null, :now)")
                .bind("login", u.login()).bind("displayName", u.displayName()).bind("kind", u.kind().name())
                .bind("departmentCode", u.departmentCode()).bind("uscc", u.uscc()).bind("phone", u.phone())
                .bind("email", u.email()).bind("status", u.status().name()).bind("hash", passwordHash)
                .bind("mustChange", u.mustChangePassword()).bind("changedAt", Timestamp.from(now))
                .bind("now", Timestamp.from(now)).execute();
    }

    public void updateUserDetails(Handle h, User u) {
        h.createUpdate("update app_user set display_name = :displayName, kind = :kind, department_code = :departmentCode, "
                + "uscc = :uscc, phone = :phone, email = :email where login = :login")
                .bind("login", u.login()).bind("displayName", u.displayName()).bind("kind", u.kind().name())
                .bind("departmentCode", u.departmentCode()).bind("uscc", u.uscc()).bind("phone", u.phone())
                .bind("email", u.email()).execute();
    }

    /** Sign-in bookkeeping: failures, lockout, status. */
    public void updateSignInState(Handle h, String login, UserStatus status, int failedAttempts, Instant lockedUntil) {
        h.createUpdate("update app_user set status = :status, failed_attempts = :failed, locked_until = :until "
                + "where login = :login").bind("login", login).bind("status", status.name())
                .bind("failed", failedAttempts).bind("until", lockedUntil == null ? null : Timestamp.from(lockedUntil))
                .execute();
    }

    public void updatePassword(Handle h, String login, String hash, boolean mustChange, Instant now) {
        h.createUpdate("update app_user set password_hash = :hash, must_change_password = :mustChange, "
                + "password_changed_at = :now where login = :login").bind("login", login).bind("hash", hash)
                .bind("mustChange", mustChange).bind("now", Timestamp.from(now)).execute();
    }

    /**
     * Replaces the password hash by an equivalent one (same password, stronger hash) unless it changed since it was
     * read; the password's change date and the sessions stay as they are.
     *
     * @return whether the hash was replaced
     */
    public boolean replaceHash(String login, String old, String replacement) {
        return jdbi.withHandle(h -> h.createUpdate("update app_user set password_hash = :replacement "
                + "where login = :login and password_hash = :old").bind("login", login).bind("old", old)
                .bind("replacement", replacement).execute()) == 1;
    }

    /**
     * Takes one sign-in attempt out of the account's allowance before its password is checked, in one statement, so
     * that parallel attempts can never check more passwords than the lockout allows: the count goes up only while it
     * is below {@code maxFailures} and no lockout is in force, and the row lock serialises the attempts.
     *
     * @return whether the attempt may check the password
     */
    public boolean reserveAttempt(String login, int maxFailures, Instant now) {
        return jdbi.inTransaction(h -> h.createUpdate("update app_user set failed_attempts = failed_attempts + 1 "
                + "where login = :login and status <> 'DISABLED' and failed_attempts < :max "
                + "and (locked_until is null or locked_until <= :now)")
                .bind("login", login).bind("max", maxFailures).bind("now", Timestamp.from(now)).execute()) == 1;
    }

    /**
     * A reserved attempt failed: when the allowance is used up the account is locked until {@code until} (and its
     * sessions end).
     *
     * @return whether this failure locked the account
     */
    public boolean lockIfExhausted(String login, int maxFailures, Instant until) {
        return jdbi.inTransaction(h -> h.createUpdate("update app_user set status = 'LOCKED', failed_attempts = 0, "
                + "locked_until = :until, access_version = access_version + 1 "
                + "where login = :login and failed_attempts >= :max")
                .bind("login", login).bind("max", maxFailures).bind("until", Timestamp.from(until)).execute()) == 1;
    }

    /** Gives back an attempt that was reserved but never checked (the sign-in was throttled). */
    public void releaseAttempt(String login) {
        jdbi.useTransaction(h -> h.createUpdate("update app_user set failed_attempts = failed_attempts - 1 "
                + "where login = :login and failed_attempts > 0").bind("login", login).execute());
    }

    /** A successful sign-in: the failure count starts again. */
    public void signInSucceeded(String login) {
        jdbi.useTransaction(h -> h.createUpdate("update app_user set status = 'ACTIVE', failed_attempts = 0, "
                + "locked_until = null where login = :login and status <> 'DISABLED'").bind("login", login).execute());
    }

    /** Ends every open session of {@code login} at its next request. */
    public void endSessions(Handle h, String login) {
        h.createUpdate("update app_user set access_version = access_version + 1 where login = :login")
                .bind("login", login).execute();
    }

    /** Ends every open session of every holder of {@code role} at their next request. */
    public void endSessionsOfRole(Handle h, String role) {
        h.createUpdate("update app_user set access_version = access_version + 1 "
                + "where login in (select login from user_role where role_code = :role)").bind("role", role).execute();
    }

    /** What decides whether a session of the account may go on, read in one query on every request. */
    public record AccessState(UserStatus status, Instant lockedUntil, int accessVersion) {
    }

    public Optional<AccessState> accessState(String login) {
        return jdbi.withHandle(h -> h.createQuery("select status, locked_until, access_version from app_user "
                + "where login = :login").bind("login", login).map((rs, ctx) -> {
                    Timestamp locked = rs.getTimestamp(2);
                    return new AccessState(UserStatus.valueOf(rs.getString(1)),
                            locked == null ? null : locked.toInstant(), rs.getInt(3));
                }).findOne());
    }

    public boolean anyUser() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from app_user").mapTo(Integer.class).one()) > 0;
    }

    // ---- roles

    public List<Role> roles() {
        return jdbi.withHandle(this::roles);
    }

    List<Role> roles(Handle h) {
        Map<String, Set<String>> permissions = new HashMap<>();
        h.createQuery("select role_code, permission from role_permission").map((rs, ctx) -> {
            permissions.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
            return null;
        }).list();
        return h.createQuery("select code, name_zh, name_en, scope_kind, department_code, platform_admin, user_kind "
                + "from app_role order by platform_admin desc, code")
                .map((rs, ctx) -> new Role(rs.getString(1), rs.getString(2), rs.getString(3),
                        RoleScope.valueOf(rs.getString(4)), rs.getString(5), rs.getBoolean(6),
                        permissions.getOrDefault(rs.getString(1), Set.of()), UserKind.valueOf(rs.getString(7))))
                .list();
    }

    public Optional<Role> role(String code) {
        return roles().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    Optional<Role> role(Handle h, String code) {
        return roles(h).stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public void insertRole(Handle h, Role role) {
        h.createUpdate("insert into app_role (code, name_zh, name_en, scope_kind, department_code, platform_admin, "
                + "user_kind) values (:code, :nameZh, :nameEn, :scope, :departmentCode, :platformAdmin, :kind)")
                .bind("code", role.code()).bind("nameZh", role.nameZh()).bind("nameEn", role.nameEn())
                .bind("scope", role.scope().name()).bind("departmentCode", role.departmentCode())
                .bind("platformAdmin", role.platformAdmin()).bind("kind", role.kind().name()).execute();
        setPermissions(h, role.code(), role.permissions());
    }

    /** Stores a role's names, scope and permissions; its kind is fixed when it is made. */
    public void updateRole(Handle h, Role role) {
        h.createUpdate("update app_role set name_zh = :nameZh, name_en = :nameEn, scope_kind = :scope, "
                + "department_code = :departmentCode where code = :code")
                .bind("code", role.code()).bind("nameZh", role.nameZh()).bind("nameEn", role.nameEn())
                .bind("scope", role.scope().name()).bind("departmentCode", role.departmentCode()).execute();
        setPermissions(h, role.code(), role.permissions());
    }

    private static void setPermissions(Handle h, String role, Set<String> permissions) {
        h.createUpdate("delete from role_permission where role_code = :role").bind("role", role).execute();
        var batch = h.prepareBatch("insert into role_permission (role_code, permission) values (:role, :permission)");
        for (String permission : new TreeSet<>(permissions)) {
            batch.bind("role", role).bind("permission", permission).add();
        }
        if (!permissions.isEmpty()) {
            batch.execute();
        }
    }

    public List<String> roleCodesOf(String login) {
        return jdbi.withHandle(h -> roleCodesOf(h, login));
    }

    List<String> roleCodesOf(Handle h, String login) {
        return h.createQuery("select role_code from user_role where login = :login order by role_code")
                .bind("login", login).mapTo(String.class).list();
    }

    public void setRoles(Handle h, String login, Collection<String> roles) {
        h.createUpdate("delete from user_role where login = :login").bind("login", login).execute();
        for (String role : new TreeSet<>(roles)) {
            h.createUpdate("insert into user_role (login, role_code) values (:login, :role)").bind("login", login)
                    .bind("role", role).execute();
        }
    }

    /** Adds the permissions a role lacks (a plugin's demo role that exists already). */
    public void addPermissions(Handle h, String role, Set<String> permissions) {
        Set<String> held = new TreeSet<>(h.createQuery("select permission from role_permission where role_code = :role")
                .bind("role", role).mapTo(String.class).list());
        for (String permission : new TreeSet<>(permissions)) {
            if (!held.contains(permission)) {
                h.createUpdate("insert into role_permission (role_code, permission) values (:role, :permission)")
                        .bind("role", role).bind("permission", permission).execute();
            }
        }
    }

    /** Gives a user one more role (nothing when they hold it). */
    public void addRole(Handle h, String login, String role) {
        if (!roleCodesOf(h, login).contains(role)) {
            h.createUpdate("insert into user_role (login, role_code) values (:login, :role)").bind("login", login)
                    .bind("role", role).execute();
        }
    }

    /** Whether a plugin's demo role was seeded on this database (then it is never seeded again). */
    public boolean demoRoleSeeded(Handle h, String plugin, String role) {
        return h.createQuery("select count(*) from demo_role_seeded where plugin_id = :plugin and role_code = :role")
                .bind("plugin", plugin).bind("role", role).mapTo(Integer.class).one() > 0;
    }

    public void markDemoRoleSeeded(Handle h, String plugin, String role, Instant now) {
        h.createUpdate("insert into demo_role_seeded (plugin_id, role_code, seeded_at) values (:plugin, :role, :now)")
                .bind("plugin", plugin).bind("role", role).bind("now", Timestamp.from(now)).execute();
    }

    public boolean departmentExists(Handle h, String code) {
        return h.createQuery("select count(*) from department where code = :code").bind("code", code)
                .mapTo(Integer.class).one() > 0;
    }

    /** Logins that hold a role, for reminders and tests. */
    public Map<String, List<String>> rolesByUser() {
        return jdbi.withHandle(h -> {
            Map<String, List<String>> result = new LinkedHashMap<>();
            h.createQuery("select login, role_code from user_role order by login, role_code").map((rs, ctx) -> {
                result.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                return null;
            }).list();
            return result;
        });
    }

    private static User user(ResultSet rs) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new User(rs.getString("login"), rs.getString("display_name"), UserKind.valueOf(rs.getString("kind")),
                rs.getString("department_code"), rs.getString("uscc"), rs.getString("phone"), rs.getString("email"),
                UserStatus.valueOf(rs.getString("status")), rs.getBoolean("must_change_password"),
                rs.getTimestamp("password_changed_at").toInstant(), rs.getInt("failed_attempts"),
                locked == null ? null : locked.toInstant());
    }
}
