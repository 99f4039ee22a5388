package cn.gov.laoshan.district.shell.security;

import java.util.Optional;

/**
 * Who may open a view: everybody (sign-in page, error pages), every signed-in user (home), or holders of a
 * permission. A permission of {@code null} means administrators only, so a screen that forgot to declare one
 * stays closed.
 */
public record ViewAccess(Kind kind, String permission) {

    public enum Kind { PUBLIC, SIGNED_IN, PERMISSION }

    public static final ViewAccess PUBLIC = new ViewAccess(Kind.PUBLIC, null);
    public static final ViewAccess SIGNED_IN = new ViewAccess(Kind.SIGNED_IN, null);

    public static ViewAccess permission(String permission) {
        return new ViewAccess(Kind.PERMISSION, permission);
    }

    public boolean needsSignIn() {
        return kind != Kind.PUBLIC;
    }

    public boolean allows(Optional<SignedInUser> user) {
        return switch (kind) {
            case PUBLIC -> true;
            case SIGNED_IN -> user.isPresent();
            case PERMISSION -> user.map(u -> u.may(permission)).orElse(false);
        };
    }
}
