package cn.gov.laoshan.district.audit.service;

import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.server.VaadinRequest;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;

/**
 * Who is calling and from where, read from the calling thread: the user from {@link AccessControl} (the UI
 * session's user, {@code system} inside {@code asSystem}), the address from the Vaadin request being served.
 */
public class CallerContext {

    /** The actor of records written when nobody is signed in (failed sign-ins, denied anonymous requests). */
    public static final CurrentUser ANONYMOUS = new CurrentUser("anonymous", "匿名", null, null, false);

    private final Supplier<Optional<AccessControl>> access;

    public CallerContext(Supplier<Optional<AccessControl>> access) {
        this.access = access;
    }

    public CurrentUser user() {
        return access.get().flatMap(AccessControl::currentUser).orElse(ANONYMOUS);
    }

    /**
     * The client's address when the thread serves a Vaadin request, else {@code null}. It is the TCP peer: behind a
     * reverse proxy that is the proxy (X-Forwarded-For is not trusted, since any client can send it).
     */
    public String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    /** Throws {@link cn.gov.laoshan.district.api.security.AccessDeniedException} unless allowed. */
    public void check(String permission) {
        AccessControl control = access.get().orElseThrow(
                () -> new cn.gov.laoshan.district.api.security.AccessDeniedException(permission));
        control.check(permission);
    }

    public boolean has(String permission) {
        return access.get().map(control -> control.has(permission)).orElse(false);
    }
}
