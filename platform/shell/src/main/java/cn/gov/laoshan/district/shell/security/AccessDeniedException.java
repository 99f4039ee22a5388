package cn.gov.laoshan.district.shell.security;

/** Thrown when the signed-in user lacks the permission a screen or service needs. */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String permission;

    public AccessDeniedException(String permission) {
        super(permission == null ? "administrators only" : "missing permission " + permission);
        this.permission = permission;
    }

    /** The permission that was missing; {@code null} when the resource is for administrators only. */
    public String permission() {
        return permission;
    }
}
