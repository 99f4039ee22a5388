package cn.gov.laoshan.district.shell.security;

import java.util.Objects;
import java.util.Optional;

import cn.gov.laoshan.district.api.plugin.Audience;

/**
 * Who may open a view: everybody (sign-in page, error pages), every signed-in user (home), or holders of a
 * permission. A permission of {@code null} means administrators only, so a screen that forgot to declare one
 * stays closed. The audience comes first: a staff view is refused to an enterprise user and an enterprise view to
 * staff (platform administrators too) whatever permissions they hold; an individual user opens only views for
 * individual users or for every account.
 */
public record ViewAccess(Kind kind, String permission, Audience audience) {

    public enum Kind { PUBLIC, SIGNED_IN, PERMISSION }

    public static final ViewAccess PUBLIC = new ViewAccess(Kind.PUBLIC, null, Audience.ANY);
    /** Every signed-in account, individual users' included (the layout, the home, the change of password). */
    public static final ViewAccess SIGNED_IN = new ViewAccess(Kind.SIGNED_IN, null, Audience.ANY);

    public ViewAccess {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(audience, "audience");
    }

    /** A staff view for holders of {@code permission}. */
    public static ViewAccess permission(String permission) {
        return permission(permission, Audience.STAFF);
    }

    public static ViewAccess permission(String permission, Audience audience) {
        return new ViewAccess(Kind.PERMISSION, permission, audience);
    }

    /** Signed-in users of one side of the table only (the two homes). */
    public static ViewAccess signedIn(Audience audience) {
        return new ViewAccess(Kind.SIGNED_IN, null, audience);
    }

    public boolean needsSignIn() {
        return kind != Kind.PUBLIC;
    }

    public boolean allows(Optional<SignedInUser> user) {
        return switch (kind) {
            case PUBLIC -> true;
            case SIGNED_IN -> user.map(this::admits).orElse(false);
            case PERMISSION -> user.map(u -> admits(u) && u.may(permission)).orElse(false);
        };
    }

    /** Whether the user is on the side of the table this view is for. */
    public boolean admits(SignedInUser user) {
        return audience.admits(user.asCurrentUser());
    }
}
