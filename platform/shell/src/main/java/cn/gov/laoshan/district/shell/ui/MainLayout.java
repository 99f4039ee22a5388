package cn.gov.laoshan.district.shell.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinRequest;

import cn.gov.laoshan.district.api.plugin.Screen;
import cn.gov.laoshan.district.shell.i18n.Languages;
import cn.gov.laoshan.district.shell.plugins.ActivePlugin;
import cn.gov.laoshan.district.shell.plugins.PluginRoutes;
import cn.gov.laoshan.district.shell.plugins.ViewCatalog;
import cn.gov.laoshan.district.shell.security.Authenticator;
import cn.gov.laoshan.district.shell.security.SessionUser;
import cn.gov.laoshan.district.shell.security.SignedInUser;

/**
 * The frame around every screen: the navigation grouped by department (for enterprise users: one section, 企业服务,
 * with the screens made for them), built from the started plugins' screens the user may open, and the user menu
 * (language, sign-out). The menu follows plugins as they come and go.
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver, HasDynamicTitle {

    /** The menu section of enterprise users (its {@code data-department}). */
    static final String ENTERPRISE_SECTION = "enterprise-services";
    static final String INDIVIDUAL_SECTION = "individual-services";

    private final PluginRoutes plugins;
    private final ViewCatalog catalog;
    private final Authenticator authenticator;
    private final Function<VaadinRequest, String> clientAddress;
    private final SideNav nav = new SideNav();
    /** The session user the menu was built for: a forced password change builds it anew (it was empty before). */
    private SignedInUser menuBuiltFor;
    private final H2 viewTitle = new H2();

    public MainLayout(PluginRoutes plugins, ViewCatalog catalog, Authenticator authenticator) {
        this(plugins, catalog, authenticator, List.of());
    }

    /** @param navbarItems components of platform modules for the top bar (the notification bell) */
    public MainLayout(PluginRoutes plugins, ViewCatalog catalog, Authenticator authenticator,
            List<NavbarItem> navbarItems) {
        this(plugins, catalog, authenticator, navbarItems, VaadinRequest::getRemoteAddr);
    }

    /**
     * @param clientAddress the client's address of a request, behind the trusted proxies (for the sign-out's audit
     *                      record; the socket's peer would be the proxy)
     */
    public MainLayout(PluginRoutes plugins, ViewCatalog catalog, Authenticator authenticator,
            List<NavbarItem> navbarItems, Function<VaadinRequest, String> clientAddress) {
        this.clientAddress = clientAddress;
        this.plugins = plugins;
        plugins.rebuildWhileAttached(this, this::buildMenu);
        this.catalog = catalog;
        this.authenticator = authenticator;
        setPrimarySection(Section.DRAWER);

        H1 appName = new H1(getTranslation("shell.app.name"));
        appName.addClassName("district-app-name");
        nav.setId("district-nav");
        Scroller scroller = new Scroller(nav);
        scroller.setId("district-nav-scroller");
        addToDrawer(appName, scroller);

        viewTitle.addClassName("district-view-title");
        Div spacer = new Div();
        spacer.addClassName("district-spacer");
        addToNavbar(new DrawerToggle(), viewTitle, spacer);
        navbarItems.stream().sorted(java.util.Comparator.comparingInt(NavbarItem::order)).forEach(item -> {
            try {
                addToNavbar(item.create());
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(MainLayout.class).warn("a navbar item failed", e);
            }
        });
        addToNavbar(userMenu());
        buildMenu();
    }

    private Component userMenu() {
        MenuBar bar = new MenuBar();
        bar.setId("district-user-menu");
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        String name = SessionUser.get().map(SignedInUser::displayName).orElse("");
        Div who = new Div(new Avatar(name), new Span(name));
        who.addClassName("district-user");
        SubMenu menu = bar.addItem(who).getSubMenu();
        SubMenu language = menu.addItem(getTranslation("shell.menu.language")).getSubMenu();
        for (Locale locale : Languages.SUPPORTED) {
            language.addItem(LanguageSwitch.displayName(locale), e -> LanguageSwitch.change(locale))
                    .setCheckable(true);
        }
        language.getItems().get(Languages.SUPPORTED.indexOf(Languages.supported(getLocale()))).setChecked(true);
        menu.addItem(getTranslation("shell.password.title"), e -> getUI().ifPresent(ui -> ui.navigate(ChangePasswordView.class)))
                .setId("district-change-password");
        menu.addItem(getTranslation("shell.menu.signout"), e -> signOut()).setId("district-signout");
        return bar;
    }

    private void signOut() {
        getUI().ifPresent(ui -> {
            SessionUser.get().ifPresent(user -> authenticator.signedOut(user,
                    VaadinRequest.getCurrent() == null ? null : clientAddress.apply(VaadinRequest.getCurrent())));
            ui.getSession().getSession().invalidate();
            ui.getPage().setLocation("login");
        });
    }

    private void buildMenu() {
        menuBuiltFor = SessionUser.get().orElse(null);
        nav.removeAll();
        Optional<SignedInUser> user = SessionUser.get();
        boolean external = user.map(SignedInUser::external).orElse(false);
        // an individual user (a 政务体验官) sees the screens made for them in a section of their own
        boolean individual = user.map(SignedInUser::individual).orElse(false);
        SideNavItem home = external
                ? label(new SideNavItem(null, EnterpriseHomeView.class, VaadinIcon.BUILDING.create()),
                        getTranslation("shell.enterprise.home"))
                : label(new SideNavItem(null, DashboardView.class, VaadinIcon.HOME.create()), getTranslation("shell.home"));
        nav.addItem(home);
        // staff see their screens by department; enterprise users see theirs in one section of their own (企业服务),
        // and only screens made for them: a staff screen stays out whatever permission they were given
        Map<String, SideNavItem> sections = new LinkedHashMap<>();
        for (Map.Entry<ActivePlugin, List<Screen>> entry : plugins.menu().entrySet()) {
            ActivePlugin plugin = entry.getKey();
            for (Screen screen : entry.getValue()) {
                if (user.isEmpty() || !screen.audience().admits(user.get().asCurrentUser())
                        || !user.get().may(screen.permission())) {
                    continue;
                }
                String sectionCode = external ? ENTERPRISE_SECTION
                        : individual ? INDIVIDUAL_SECTION : plugin.descriptor().departmentCode();
                String sectionKey = external ? "shell.enterprise.services"
                        : individual ? "shell.individual.services" : plugin.descriptor().departmentKey();
                SideNavItem section = sections.computeIfAbsent(sectionCode, code -> {
                    SideNavItem added = label(new SideNavItem(null), getTranslation(sectionKey));
                    added.setExpanded(true);
                    added.getElement().setAttribute("data-department", code);
                    nav.addItem(added);
                    return added;
                });
                SideNavItem item = label(new SideNavItem(null, "/" + plugin.route(screen)), getTranslation(screen.titleKey()));
                if (screen.icon() != null) {
                    item.setPrefixComponent(icon(screen.icon()));
                }
                item.getElement().setAttribute("data-route", plugin.route(screen));
                section.addItem(item);
            }
        }
    }

    /**
     * The item's label as an element of its own that may wrap: a plain label (a text node) is cut with an ellipsis by
     * the side nav's shadow styles, and long English names were ("Housing and Const…").
     */
    private static SideNavItem label(SideNavItem item, String text) {
        Span label = new Span(text);
        label.addClassName("district-nav-label");
        item.getElement().appendChild(label.getElement());
        return item;
    }

    private static Icon icon(String name) {
        int colon = name.indexOf(':');
        return colon > 0 ? new Icon(name.substring(0, colon), name.substring(colon + 1)) : new Icon(name);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // the layout outlives the navigation from the forced password change to the dashboard: until the change every
        // permission was refused, so the menu built then was empty
        if (!java.util.Objects.equals(SessionUser.get().orElse(null), menuBuiltFor)) {
            buildMenu();
        }
        viewTitle.setText(contentTitle());
    }

    /**
     * The browser tab's title: the screen's title (or the view's own, {@link HasViewTitle}) and the platform's name (a
     * view may still set its own).
     */
    @Override
    public String getPageTitle() {
        String title = contentTitle();
        return title.isEmpty() ? getTranslation("shell.app.name") : title + " · " + getTranslation("shell.app.name");
    }

    private String contentTitle() {
        Component content = getContent();
        if (content instanceof HasViewTitle titled && titled.viewTitle() != null && !titled.viewTitle().isBlank()) {
            return titled.viewTitle();
        }
        return content == null ? "" : catalog.find(content.getClass()).map(entry -> getTranslation(entry.titleKey()))
                .orElse("");
    }
}
