package cn.gov.laoshan.district.shell;

import java.util.function.BiConsumer;
import java.util.function.Function;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.ApplicationConstants;

import cn.gov.laoshan.district.shell.security.Authenticator;
import cn.gov.laoshan.district.shell.security.SessionUser;
import cn.gov.laoshan.district.shell.security.SignedInUser;

/**
 * Runs first on every request of a session: when the signed-in user's access ended since sign-in (disabled, locked,
 * roles or password changed by an administrator, the absolute lifetime over), the user is taken out of the session
 * before anything else runs, so that no click, navigation or service call of that request acts for them. A page
 * load then shows the sign-in page; a click of an open screen gets Vaadin's "session expired" answer and the
 * session is closed.
 */
final class SessionCheck implements RequestHandler {

    private static final long serialVersionUID = 1L;

    private final transient Authenticator authenticator;
    private final transient BiConsumer<SignedInUser, String> ended;
    private final transient BiConsumer<VaadinRequest, VaadinResponse> expired;
    private final transient Function<VaadinRequest, String> clientAddress;

    /**
     * @param ended   told of every ended session: (user, remote address), for the audit log
     * @param expired writes Vaadin's session-expired answer to a UIDL request
     * @param clientAddress the client's address of a request, behind the trusted proxies
     */
    SessionCheck(Authenticator authenticator, BiConsumer<SignedInUser, String> ended,
            BiConsumer<VaadinRequest, VaadinResponse> expired, Function<VaadinRequest, String> clientAddress) {
        this.authenticator = authenticator;
        this.ended = ended;
        this.expired = expired;
        this.clientAddress = clientAddress;
    }

    @Override
    public boolean handleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response) {
        SignedInUser user;
        session.lock();
        try {
            user = session.getAttribute(SignedInUser.class);
            if (user == null || authenticator.stillValid(user)) {
                return false;
            }
            SessionUser.set(session, null);
        } finally {
            session.unlock();
        }
        ended.accept(user, clientAddress.apply(request));
        if (HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)
                || request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER) != null) {
            // a screen that is open: end the whole session, the browser shows "session expired" and reloads
            session.lock();
            try {
                session.close();
            } finally {
                session.unlock();
            }
            expired.accept(request, response);
            return true;
        }
        return false;
    }
}
