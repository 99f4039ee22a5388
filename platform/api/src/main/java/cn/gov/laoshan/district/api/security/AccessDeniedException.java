package cn.gov.laoshan.district.api.security;

/**
 * The current user lacks a permission. The shell turns it into the access-denied page (HTTP 403); services throw
 * it from {@link AccessControl#check(String)}.
 */
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
