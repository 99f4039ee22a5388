package cn.gov.laoshan.district.shell;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.Set;

import jakarta.servlet.Servlet;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.notify.Inbox;
import cn.gov.laoshan.district.api.plugin.Audience;
import cn.gov.laoshan.district.api.plugin.ClientAddress;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.shell.i18n.MessageSource;
import cn.gov.laoshan.district.shell.i18n.ShellI18N;
import cn.gov.laoshan.district.shell.plugins.ActivePlugin;
import cn.gov.laoshan.district.shell.plugins.PlatformStatus;
import cn.gov.laoshan.district.shell.plugins.PluginRoutes;
import cn.gov.laoshan.district.shell.plugins.ViewCatalog;
import cn.gov.laoshan.district.shell.security.Authenticator;
import cn.gov.laoshan.district.shell.security.SignedInUser;
import cn.gov.laoshan.district.shell.security.TrustedProxies;
import cn.gov.laoshan.district.shell.security.ViewAccess;
import cn.gov.laoshan.district.shell.security.PasswordChanger;
import cn.gov.laoshan.district.shell.ui.AccessDeniedView;
import cn.gov.laoshan.district.shell.ui.ChangePasswordView;
import cn.gov.laoshan.district.shell.ui.DashboardView;
import cn.gov.laoshan.district.shell.ui.EnterpriseHomeView;
import cn.gov.laoshan.district.shell.ui.InternalErrorView;
import cn.gov.laoshan.district.shell.ui.LoginView;
import cn.gov.laoshan.district.shell.ui.MainLayout;
import cn.gov.laoshan.district.shell.ui.NavbarItem;
import cn.gov.laoshan.district.shell.ui.NotFoundView;
import cn.gov.laoshan.district.shell.ui.PublicLayout;

/**
 * The shell as the runtime sees it: give it the services it needs, mount {@link #initializer()} and
 * {@link #servlet()} in a servlet context, and tell it when plugins start and stop.
 */
public final class ShellApplication {

    private final ViewCatalog catalog = new ViewCatalog();
    private final PluginRoutes routes;
    private final ShellI18N i18n;
    private volatile Supplier<List<NavbarItem>> navbarItems = List::of;
    private final ServiceLookup services;
    private final Authenticator authenticator;
    private volatile TrustedProxies proxies = TrustedProxies.NONE;

    /**
     * @param services finds platform services that start after the shell (password changes, audit)
     */
    public ShellApplication(Authenticator authenticator, PlatformStatus status, Clock clock, ServiceLookup services) {
        this.services = services;
        this.authenticator = authenticator;
        // The messages are looked up in the plugins that are started at the time of each lookup.
        this.i18n = new ShellI18N(this::activePlugins);
        this.routes = new PluginRoutes(catalog, MainLayout.class, PublicLayout.class, DashboardView.class,
                i18n::getTranslation);
        catalog.put(new ViewCatalog.Entry(LoginView.class, () -> new LoginView(authenticator, this::clientOf), ViewAccess.PUBLIC,
                null, "shell.login.title"));
        catalog.put(new ViewCatalog.Entry(MainLayout.class,
                () -> new MainLayout(routes, catalog, authenticator, navbarItems.get(), this::clientOf), ViewAccess.SIGNED_IN, null,
                "shell.app.name"));
        // the frame of the plugins' public screens: open to all, like the sign-in page
        catalog.put(new ViewCatalog.Entry(PublicLayout.class, () -> new PublicLayout(catalog), ViewAccess.PUBLIC, null,
                "shell.public.district"));
        catalog.put(new ViewCatalog.Entry(ChangePasswordView.class,
                () -> new ChangePasswordView(() -> services.find(PasswordChanger.class)), ViewAccess.SIGNED_IN, null,
                "shell.password.title"));
        // the two homes: the AccessGuard sends an enterprise user who asks for the staff home to their own
        catalog.put(new ViewCatalog.Entry(DashboardView.class, () -> new DashboardView(routes, status, clock),
                ViewAccess.SIGNED_IN, null, "shell.home"));
        catalog.put(new ViewCatalog.Entry(EnterpriseHomeView.class, () -> new EnterpriseHomeView(routes,
                this::ownEnterprise, () -> services.find(Inbox.class).map(inbox -> inbox.list(0, 5)).orElse(List.of())),
                ViewAccess.signedIn(Audience.ENTERPRISE), null, "shell.enterprise.home"));
    }

    /**
     * An enterprise user's own enterprise, for their home. Enterprise users hold no registry permission (reading the
     * registry would show them every other enterprise), so the platform reads this one record for them, by the code
     * their account is bound to: only the home asks, only with the signed-in user's own code.
     */
    private Optional<Enterprise> ownEnterprise(String uscc) {
        Optional<EnterpriseRegistry> registry = services.find(EnterpriseRegistry.class);
        Optional<AccessControl> access = services.find(AccessControl.class);
        if (registry.isEmpty() || access.isEmpty() || !Uscc.isValid(uscc)) {
            return Optional.empty();
        }
        return access.get().asSystem(() -> registry.get().find(Uscc.parse(uscc)));
    }

    /** Starts Vaadin in the servlet context; add it before the servlet. */
    public ServletContainerInitializer initializer() {
        return new ShellInitializer();
    }

    /** The Vaadin servlet, to be mapped to {@code /*} and loaded on start-up. */
    public Servlet servlet() {
        return new ShellServlet(this);
    }

    public void pluginStarted(ActivePlugin plugin) {
        routes.add(plugin);
    }

    public void pluginStopped(String pluginId) {
        routes.remove(pluginId);
    }

    /** The reverse proxies whose {@code X-Forwarded-For} is believed (the runtime's {@code http.trusted-proxies}). */
    public void trustedProxies(TrustedProxies trusted) {
        this.proxies = trusted;
    }

    /**
     * The client's address of the request the calling thread serves, behind the trusted proxies: registered by the
     * runtime as api.plugin {@code ClientAddress} for the plugins' public screens; the sign-in throttle uses the same.
     */
    public ClientAddress clientAddress() {
        return () -> proxies.current();
    }

    /** The client's address of {@code request}, behind the trusted proxies (the socket's peer without any). */
    public String clientOf(VaadinRequest request) {
        return proxies.client(request);
    }

    /** Where the main layout finds the items of its top bar (the runtime passes the OSGi registry's). */
    public void navbarItems(Supplier<List<NavbarItem>> items) {
        this.navbarItems = items;
    }

    /** The platform stops: no more route changes or moved screens. */
    public void stop() {
        routes.detach();
    }

    public ShellI18N i18n() {
        return i18n;
    }

    public PluginRoutes routes() {
        return routes;
    }


    private List<MessageSource> activePlugins() {
        return routes.plugins().stream().map(p -> new MessageSource(p.id(), p.classLoader(), p.messagesBaseName())).toList();
    }

    /** A signed-in user was refused a screen: that goes to the audit log, with why (JSON, {@link AccessGuard#why}). */
    void screenDenied(String location, String why) {
        services.find(AuditLog.class).ifPresent(log -> log.record("platform", "access.denied", "screen", location, null,
                why));
    }

    Authenticator authenticator() {
        return authenticator;
    }

    /** A session whose user's access ended was cut: that goes to the audit log, in the user's name. */
    void sessionEnded(SignedInUser user, String remoteAddress) {
        services.find(AuditLog.class).ifPresent(log -> log.record("platform", "session.ended", "User", user.login(),
                null, "{\"reason\":\"access changed, account disabled or locked, or session lifetime over\"}"));
    }

    ViewCatalog catalog() {
        return catalog;
    }

    void servletReady(ServletContext context) {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(context));
        registry.setErrorNavigationTargets(Set.of(NotFoundView.class, AccessDeniedView.class, InternalErrorView.class));
        RouteConfiguration configuration = RouteConfiguration.forRegistry(registry);
        configuration.setRoute("login", LoginView.class);
        configuration.setRoute("", DashboardView.class, List.of(MainLayout.class));
        configuration.setRoute("password", ChangePasswordView.class, List.of(MainLayout.class));
        configuration.setRoute(EnterpriseHomeView.ROUTE, EnterpriseHomeView.class, List.of(MainLayout.class));
        routes.attach(configuration);
    }
}
