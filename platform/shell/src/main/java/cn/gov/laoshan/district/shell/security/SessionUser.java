package cn.gov.laoshan.district.shell.security;

import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;

import cn.gov.laoshan.district.api.security.AccessDeniedException;

/** Where the signed-in user lives: an attribute of the Vaadin session. */
public final class SessionUser {

    private SessionUser() {
    }

    public static Optional<SignedInUser> get() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(SignedInUser.class));
    }

    public static void set(VaadinSession session, SignedInUser user) {
        session.setAttribute(SignedInUser.class, user);
    }

    /** Throws unless the current user may use something guarded by {@code permission}. */
    public static void require(String permission) {
        if (!get().map(user -> user.may(permission)).orElse(false)) {
            throw new AccessDeniedException(permission);
        }
    }
}
