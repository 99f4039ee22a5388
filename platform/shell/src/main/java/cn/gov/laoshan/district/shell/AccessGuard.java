package cn.gov.laoshan.district.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.VaadinSession;

import cn.gov.laoshan.district.shell.plugins.ViewCatalog;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.shell.security.SessionUser;
import cn.gov.laoshan.district.shell.security.ViewAccess;
import cn.gov.laoshan.district.shell.security.SignedInUser;
import cn.gov.laoshan.district.shell.ui.ChangePasswordView;
import cn.gov.laoshan.district.shell.ui.DashboardView;
import cn.gov.laoshan.district.shell.ui.EnterpriseHomeView;
import cn.gov.laoshan.district.shell.ui.LoginView;

/**
 * Runs before every navigation, before the target view exists: a visitor who is not signed in goes to the
 * sign-in page (and comes back afterwards), a user without the view's permission, or on the other side of the table
 * than the view is for (a staff screen asked for by an enterprise user), gets the access-denied page; an enterprise
 * user's home is {@link EnterpriseHomeView}.
 * Views that are not in the catalog are error pages and stay open to all.
 */
final class AccessGuard implements BeforeEnterListener {

    private static final long serialVersionUID = 1L;

    private final transient ViewCatalog catalog;
    /** The one JSON writer (Jackson, as everywhere in the platform): escapes quotes and control characters alike. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient BiConsumer<String, String> denied;

    /**
     * @param denied told of every refused screen, for the audit log: the location and why, as JSON — the permission
     *               the user lacks, or the audience the screen is for when the user is on the other side of the table
     */
    AccessGuard(ViewCatalog catalog, BiConsumer<String, String> denied) {
        this.catalog = catalog;
        this.denied = denied;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ViewAccess> access = catalog.find(event.getNavigationTarget()).map(ViewCatalog.Entry::access);
        Optional<SignedInUser> user = SessionUser.get();
        if (user.map(SignedInUser::mustChangePassword).orElse(false) && access.isPresent()
                && access.get().needsSignIn() && event.getNavigationTarget() != ChangePasswordView.class) {
            // a first sign-in or an administrator's reset: nothing else until the password is the user's own
            event.forwardTo(ChangePasswordView.class);
            return;
        }
        if (event.getNavigationTarget() == DashboardView.class && user.map(SignedInUser::external).orElse(false)) {
            // an enterprise user's home is 我的企业: after sign-in, from the menu, and when a plugin goes away
            event.forwardTo(EnterpriseHomeView.class);
            return;
        }
        if (access.isEmpty() || access.get().allows(user)) {
            return;
        }
        if (SessionUser.get().isEmpty() && access.get().needsSignIn()) {
            Location location = event.getLocation();
            VaadinSession.getCurrent().setAttribute(LoginView.NEXT_LOCATION, location.getPathWithQueryParameters());
            event.forwardTo(LoginView.class);
            return;
        }
        denied.accept(event.getLocation().getPath(), why(access.get(), user.orElseThrow()));
        event.rerouteToError(new AccessDeniedException(access.get().permission()), "");
    }

    /** The audit record's reason: the screen's audience when the user is on the other side, else its permission. */
    static String why(ViewAccess access, SignedInUser user) {
        Map<String, Object> why = new LinkedHashMap<>();
        if (!access.admits(user)) {
            why.put("audience", String.valueOf(access.audience()));
        }
        why.put("permission", access.permission());
        try {
            return JSON.writeValueAsString(why);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // strings only: cannot happen
        }
    }
}
