package cn.gov.laoshan.district.api.notify;

import java.util.Objects;

/**
 * Who a notification is for: one user (by login), every member of staff holding a permission (in any department),
 * every member of a department (by department code), every user of an enterprise (by its USCC, since 1.1.0), or
 * every member of staff holding a permission for one department ({@link #permissionIn}, since 1.4.0: a department's
 * administrators, not all its staff). These audiences are resolved when the user reads the inbox, so a user who gains the permission later sees the
 * notification too. A permission audience never reaches an enterprise user, whatever they hold: staff business
 * does not leak to the other side of the table.
 */
public record Recipient(Kind kind, String value) {

    public enum Kind {
        USER, PERMISSION, DEPARTMENT,
        /** @since 1.1.0 */
        ENTERPRISE,
        /**
         * Staff holding a permission whose scope includes one department; the value is
         * {@code <permission>@<department code>} (see {@link Recipient#permissionIn}). The name is short because it is
         * stored as it is (12 characters at most).
         *
         * @since 1.4.0
         */
        PERM_IN_DEPT
    }

    /** Separates the permission from the department code in a {@link Kind#PERM_IN_DEPT} value. */
    private static final char IN = '@';

    public Recipient {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("recipient must be 1 to 100 characters: '" + value + "'");
        }
        if (kind == Kind.ENTERPRISE && !cn.gov.laoshan.district.api.enterprise.Uscc.isValid(value)) {
            throw new IllegalArgumentException("not a unified social credit code (GB 32100-2015): '" + value + "'");
        }
        if (kind == Kind.PERM_IN_DEPT) {
            int at = value.indexOf(IN);
            if (at <= 0 || at == value.length() - 1 || value.indexOf(IN, at + 1) >= 0) {
                throw new IllegalArgumentException("expected <permission>@<department code>: '" + value + "'");
            }
        }
    }

    public static Recipient user(String login) {
        return new Recipient(Kind.USER, login);
    }

    public static Recipient permission(String permission) {
        return new Recipient(Kind.PERMISSION, permission);
    }

    public static Recipient department(String departmentCode) {
        return new Recipient(Kind.DEPARTMENT, departmentCode);
    }

    /** Every user (external account) of the enterprise {@code uscc}. @since 1.1.0 */
    public static Recipient enterprise(String uscc) {
        return new Recipient(Kind.ENTERPRISE, uscc);
    }

    /**
     * Every member of staff who holds {@code permission} for the department {@code departmentCode} (their scope for it
     * includes that department; platform administrators hold every permission everywhere): e.g. a department's
     * administrators as those holding {@code console.plugins.self-install} there, not its whole staff. Resolved when
     * the inbox is read, as a permission audience, and never an enterprise user.
     *
     * @since 1.4.0
     */
    public static Recipient permissionIn(String permission, String departmentCode) {
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(departmentCode, "departmentCode");
        return new Recipient(Kind.PERM_IN_DEPT, permission + IN + departmentCode);
    }

    /** The permission of a {@link Kind#PERMISSION} or {@link Kind#PERM_IN_DEPT} audience. @since 1.4.0 */
    public String permission() {
        return switch (kind) {
            case PERMISSION -> value;
            case PERM_IN_DEPT -> value.substring(0, value.indexOf(IN));
            default -> throw new IllegalStateException("not a permission audience: " + kind);
        };
    }

    /** The department of a {@link Kind#DEPARTMENT} or {@link Kind#PERM_IN_DEPT} audience. @since 1.4.0 */
    public String departmentCode() {
        return switch (kind) {
            case DEPARTMENT -> value;
            case PERM_IN_DEPT -> value.substring(value.indexOf(IN) + 1);
            default -> throw new IllegalStateException("not a department audience: " + kind);
        };
    }
}
