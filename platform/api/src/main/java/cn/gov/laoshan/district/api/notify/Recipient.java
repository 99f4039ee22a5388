package cn.gov.laoshan.district.api.notify;

import java.util.Objects;

/**
 * Who a notification is for: one user (by login), every member of staff holding a permission (in any department),
 * every member of a department (by department code), or every user of an enterprise (by its USCC, since 1.1.0).
 * These audiences are resolved when the user reads the inbox, so a user who gains the permission later sees the
 * notification too. A permission audience never reaches an enterprise user, whatever they hold: staff business
 * does not leak to the other side of the table.
 */
public record Recipient(Kind kind, String value) {

    public enum Kind {
        USER, PERMISSION, DEPARTMENT,
        /** @since 1.1.0 */
        ENTERPRISE
    }

    public Recipient {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("recipient must be 1 to 100 characters: '" + value + "'");
        }
        if (kind == Kind.ENTERPRISE && !cn.gov.laoshan.district.api.enterprise.Uscc.isValid(value)) {
            throw new IllegalArgumentException("not a unified social credit code (GB 32100-2015): '" + value + "'");
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
}
