package cn.gov.laoshan.district.api.plugin;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A role a plugin brings for homes started with demo data ({@link PlatformInfo#demo()}): its permissions and the
 * demo accounts that hold it ({@code lixiumei} is a mediator). The platform's identity module makes it when the plugin
 * starts on such a home, once: a role an administrator changed or removed afterwards stays as they left it. When a
 * role of that id exists already (the platform's enterprise role {@code enterprise}, or one an earlier version of the
 * platform made), the declared permissions it lacks are added to it. Holders that are not accounts of the home, or of
 * the other side of the table (an enterprise account for a staff role), are left out. Production homes never see
 * demo roles: there, administrators make the roles on 角色管理.
 *
 * <p>A plugin's roles name only its own permissions and the platform's ({@code registry.enterprise.read}); the
 * platform's identity module keeps no plugin's permission strings.
 *
 * <pre>{@code
 * DemoRole.staff("mediator", "调解员", "Mediator", DemoRole.Scope.OWN, null,
 *         Set.of(READ, REGISTER, MEDIATE, "registry.enterprise.read"), List.of("lixiumei"))
 * }</pre>
 *
 * @param id          the role's code, lower-case words joined by '-' ({@code housing-admin})
 * @param nameZh      its name in Chinese, shown on 角色管理
 * @param nameEn      its name in English
 * @param scope       where its permissions hold for a holder
 * @param department  the department of a {@link Scope#DEPARTMENT} role (required there, {@code null} otherwise)
 * @param external    {@code true} for a role of enterprise users (always {@link Scope#OWN}), {@code false} for staff
 * @param permissions the permission ids it grants
 * @param holders     the logins of the demo accounts that hold it
 * @param individual  {@code true} for a role of individual users (since 1.7.0: {@link Audience#INDIVIDUAL}, always
 *                    {@link Scope#OWN}, never together with {@code external})
 * @since 1.5.0
 */
public record DemoRole(String id, String nameZh, String nameEn, Scope scope, String department, boolean external,
        Set<String> permissions, List<String> holders, boolean individual) {

    /** Where a role's permissions hold: as the platform's roles (identity's {@code RoleScope}). */
    public enum Scope {
        /** The whole district. */
        ALL,
        /** The holder's own department and those below it (an enterprise user: their own enterprise). */
        OWN,
        /** A given department and those below it. */
        DEPARTMENT
    }

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern PERMISSION = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-z0-9-]*)+");

    public DemoRole {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(scope, "scope");
        if (!ID.matcher(id).matches() || id.length() > 40) {
            throw new IllegalArgumentException("role id must be lower-case words joined by '-', at most 40 characters: " + id);
        }
        if (nameZh.isBlank() || nameEn.isBlank()) {
            throw new IllegalArgumentException("role " + id + " needs a Chinese and an English name");
        }
        if ((scope == Scope.DEPARTMENT) != (department != null)) {
            throw new IllegalArgumentException("role " + id + ": a department is given for a DEPARTMENT role, and only there");
        }
        if (individual && (external || scope != Scope.OWN)) {
            throw new IllegalArgumentException("role " + id + ": an individual users' role holds for themselves (OWN)");
        }
        if (external && scope != Scope.OWN) {
            throw new IllegalArgumentException("role " + id + ": an enterprise users' role holds for their own enterprise (OWN)");
        }
        permissions = Set.copyOf(Objects.requireNonNull(permissions, "permissions"));
        for (String permission : permissions) {
            if (!PERMISSION.matcher(permission).matches()) {
                throw new IllegalArgumentException("role " + id + ": permission ids are dotted lower-case words: " + permission);
            }
        }
        holders = List.copyOf(Objects.requireNonNull(holders, "holders"));
    }

    /** A staff or an enterprise users' role, as before individual users existed. */
    public DemoRole(String id, String nameZh, String nameEn, Scope scope, String department, boolean external,
            Set<String> permissions, List<String> holders) {
        this(id, nameZh, nameEn, scope, department, external, permissions, holders, false);
    }

    /**
     * A role of individual users (OWN: their own records).
     *
     * @since 1.7.0
     */
    public static DemoRole individual(String id, String nameZh, String nameEn, Set<String> permissions,
            List<String> holders) {
        return new DemoRole(id, nameZh, nameEn, Scope.OWN, null, false, permissions, holders, true);
    }

    /** A staff role. */
    public static DemoRole staff(String id, String nameZh, String nameEn, Scope scope, String department,
            Set<String> permissions, List<String> holders) {
        return new DemoRole(id, nameZh, nameEn, scope, department, false, permissions, holders);
    }

    /** A role of enterprise users (OWN: their own enterprise). */
    public static DemoRole enterprise(String id, String nameZh, String nameEn, Set<String> permissions,
            List<String> holders) {
        return new DemoRole(id, nameZh, nameEn, Scope.OWN, null, true, permissions, holders);
    }
}
