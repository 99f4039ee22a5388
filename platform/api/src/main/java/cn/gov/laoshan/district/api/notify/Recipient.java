package cn.gov.laoshan.district.api.notify;

import java.util.Objects;

/**
 * Who a notification is for: one user (by login), every user holding a permission (in any department), or every
 * member of a department (by department code). Permission and department audiences are resolved when the user
 * reads the inbox, so a user who gains the permission later sees the notification too.
 */
public record Recipient(Kind kind, String value) {

    public enum Kind {
        USER, PERMISSION, DEPARTMENT
    }

    public Recipient {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("recipient must be 1 to 100 characters: '" + value + "'");
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
}
