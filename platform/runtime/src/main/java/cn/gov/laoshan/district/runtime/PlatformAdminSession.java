package cn.gov.laoshan.district.runtime;

import java.util.Collections;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import com.vaadin.flow.server.VaadinSession;

import cn.gov.laoshan.district.shell.security.SignedInUser;

/**
 * Whether a plain servlet request ({@code /health}) belongs to a browser session in which a platform administrator
 * is signed in to the shell. The shell keeps the signed-in user in its {@link VaadinSession}, which Vaadin stores in
 * the HTTP session that the other servlets of the same context share.
 */
final class PlatformAdminSession {

    private PlatformAdminSession() {
    }

    static boolean signedIn(HttpServletRequest request) {
        HttpSession http = request.getSession(false);
        if (http == null) {
            return false;
        }
        try {
            for (String name : Collections.list(http.getAttributeNames())) {
                if (http.getAttribute(name) instanceof VaadinSession vaadin && platformAdmin(vaadin)) {
                    return true;
                }
            }
        } catch (IllegalStateException invalidated) {
            return false;
        }
        return false;
    }

    private static boolean platformAdmin(VaadinSession vaadin) {
        vaadin.lock();
        try {
            SignedInUser user = vaadin.getAttribute(SignedInUser.class);
            return user != null && user.platformAdmin() && !user.mustChangePassword();
        } finally {
            vaadin.unlock();
        }
    }
}
