package cn.gov.laoshan.district.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;

import cn.gov.laoshan.district.shell.i18n.Languages;
import cn.gov.laoshan.district.shell.plugins.PluginRoutes;
import cn.gov.laoshan.district.shell.ui.LanguageSwitch;

/** The one Vaadin servlet of the platform, wired to the shell's instantiator, guard and plugin routes. */
final class ShellServlet extends VaadinServlet {

    private static final long serialVersionUID = 1L;
    /** Idle time of a session nobody signed in to: longer than Vaadin's 5-minute heartbeat of an open sign-in page. */
    static final int ANONYMOUS_IDLE_SECONDS = 6 * 60 + 30;

    private final transient ShellApplication application;

    ShellServlet(ShellApplication application) {
        this.application = application;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        VaadinServletService service = new VaadinServletService(this, configuration) {
            private static final long serialVersionUID = 1L;

            @Override
            protected List<RequestHandler> createRequestHandlers() throws ServiceException {
                List<RequestHandler> handlers = new ArrayList<>(super.createRequestHandlers());
                // Vaadin runs the handlers last-added first: the session check precedes every other handler
                handlers.add(new SessionCheck(application.authenticator(), application::sessionEnded,
                        this::sessionExpired, application::clientOf));
                return handlers;
            }

            private void sessionExpired(VaadinRequest request, VaadinResponse response) {
                try {
                    handleSessionExpired(request, response);
                } catch (ServiceException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            protected Instantiator createInstantiator() {
                return new ShellInstantiator(this, application.catalog(), application.i18n());
            }
        };
        service.init();
        return service;
    }

    @Override
    protected void servletInitialized() throws ServletException {
        super.servletInitialized();
        AccessGuard guard = new AccessGuard(application.catalog(), application::screenDenied);
        getService().addSessionInitListener(event -> {
            application.routes().sessionStarted(event.getSession());
            // nobody is signed in yet: such a session (a sign-in page, a crawler, a probe of /) expires after a few
            // minutes unless used; the sign-in gives the user a new session with the configured idle time
            var wrapped = event.getSession().getSession();
            if (wrapped != null && (wrapped.getMaxInactiveInterval() <= 0
                    || wrapped.getMaxInactiveInterval() > ANONYMOUS_IDLE_SECONDS)) {
                wrapped.setMaxInactiveInterval(ANONYMOUS_IDLE_SECONDS);
            }
        });
        getService().addSessionDestroyListener(event -> application.routes().sessionEnded(event.getSession()));
        getService().addUIInitListener(event -> {
            event.getUI().setLocale(chosenLocale(event.getUI().getSession().getAttribute(LanguageSwitch.SESSION_LOCALE)));
            event.getUI().addBeforeEnterListener(guard);
        });
        // where platform modules' screens find the started plugins' contributions (PluginRoutes.current())
        getServletContext().setAttribute(PluginRoutes.ATTRIBUTE, application.routes());
        application.servletReady(getServletContext());
    }

    /** The session's language, else the browser's cookie, else Chinese. */
    private static Locale chosenLocale(Object sessionLocale) {
        if (sessionLocale instanceof Locale locale) {
            return locale;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (Languages.COOKIE.equals(cookie.getName())) {
                    return Languages.fromTag(cookie.getValue());
                }
            }
        }
        return Languages.CHINESE;
    }
}
