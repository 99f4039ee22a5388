package cn.gov.laoshan.district.shell;

import java.util.Optional;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.VaadinSession;

import cn.gov.laoshan.district.shell.plugins.ViewCatalog;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.shell.security.SessionUser;
import cn.gov.laoshan.district.shell.security.ViewAccess;
import cn.gov.laoshan.district.shell.ui.LoginView;

/**
 * Runs before every navigation, before the target view exists: a visitor who is not signed in goes to the
 * sign-in page (and comes back afterwards), a user without the view's permission gets the access-denied page.
 * Views that are not in the catalog are error pages and stay open to all.
 */
final class AccessGuard implements BeforeEnterListener {

    private static final long serialVersionUID = 1L;

    private final transient ViewCatalog catalog;

    AccessGuard(ViewCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ViewAccess> access = catalog.find(event.getNavigationTarget()).map(ViewCatalog.Entry::access);
        if (access.isEmpty() || access.get().allows(SessionUser.get())) {
            return;
        }
        if (SessionUser.get().isEmpty() && access.get().needsSignIn()) {
            Location location = event.getLocation();
            VaadinSession.getCurrent().setAttribute(LoginView.NEXT_LOCATION, location.getPathWithQueryParameters());
            event.forwardTo(LoginView.class);
            return;
        }
        event.rerouteToError(new AccessDeniedException(access.get().permission()), "");
    }
}
