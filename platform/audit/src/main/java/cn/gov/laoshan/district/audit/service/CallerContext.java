package cn.gov.laoshan.district.audit.service;

import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.server.VaadinRequest;

import cn.gov.laoshan.district.api.plugin.ClientAddress;
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
    private final Supplier<Optional<ClientAddress>> addresses;

    /** The address is the request's TCP peer (no reverse proxy is trusted). */
    public CallerContext(Supplier<Optional<AccessControl>> access) {
        this(access, Optional::empty);
    }

    /**
     * @param addresses the platform's {@link ClientAddress} (its {@code http.trusted-proxies} rule), when registered
     */
    public CallerContext(Supplier<Optional<AccessControl>> access, Supplier<Optional<ClientAddress>> addresses) {
        this.access = access;
        this.addresses = addresses;
    }

    public CurrentUser user() {
        return access.get().flatMap(AccessControl::currentUser).orElse(ANONYMOUS);
    }

    /**
     * The client's address when the thread serves a Vaadin request, else {@code null}: the client behind the
     * operator's trusted reverse proxies ({@link ClientAddress}, the same rule as the sign-in throttle's), or the TCP
     * peer when no such rule is registered. Behind a proxy the peer is the proxy — every record would name it.
     */
    public String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return null;
        }
        return addresses.get().flatMap(ClientAddress::current).orElseGet(request::getRemoteAddr);
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
