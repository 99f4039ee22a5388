package cn.gov.laoshan.district.shell.plugins;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;

import cn.gov.laoshan.district.api.plugin.PublicScreen;
import cn.gov.laoshan.district.api.plugin.Screen;
import cn.gov.laoshan.district.shell.i18n.Languages;
import cn.gov.laoshan.district.shell.security.SignedInUser;
import cn.gov.laoshan.district.shell.security.ViewAccess;

/**
 * Turns started plugins into Vaadin routes and takes them away again.
 *
 * <p>Plugins may start before the servlet exists; their routes are registered when {@link #attach} hands over
 * the application's route configuration. When a plugin goes, every open UI that shows one of its views is moved
 * to the safe page inside {@code session.access}, because the next click on a view of a stopped bundle would
 * otherwise load classes from a dead class loader.
 *
 * <p>A plugin's public screens (api.plugin {@code PublicScreen}) become routes in the bare public layout, with
 * {@link ViewAccess#PUBLIC}: the only plugin views an anonymous visitor reaches. Every {@code Screen} keeps its
 * permission (deny by default). An open public page of a plugin that goes is reloaded, which then finds no route.
 */
public final class PluginRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(PluginRoutes.class);
    /** The servlet context attribute holding the shell's routes (set by its servlet). */
    public static final String ATTRIBUTE = PluginRoutes.class.getName();

    private final ViewCatalog catalog;
    private final Class<? extends RouterLayout> layout;
    private final Class<? extends RouterLayout> publicLayout;
    private final Class<? extends Component> safePage;
    private final Translator translator;
    private final Map<String, ActivePlugin> active = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
    private RouteConfiguration routes;

    /** Resolves a message key in a language, outside any UI. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Locale locale, Object... params);
    }

    public PluginRoutes(ViewCatalog catalog, Class<? extends RouterLayout> layout,
            Class<? extends RouterLayout> publicLayout, Class<? extends Component> safePage, Translator translator) {
        this.catalog = catalog;
        this.layout = layout;
        this.publicLayout = publicLayout;
        this.safePage = safePage;
        this.translator = translator;
    }

    /**
     * The started plugins of the shell serving the current request, for platform modules' screens that show plugins'
     * contributions (the registry's enterprise page and its sections); empty outside a request.
     */
    public static java.util.Optional<PluginRoutes> current() {
        com.vaadin.flow.server.VaadinServlet servlet = com.vaadin.flow.server.VaadinServlet.getCurrent();
        return servlet != null && servlet.getServletContext().getAttribute(ATTRIBUTE) instanceof PluginRoutes routes
                ? java.util.Optional.of(routes) : java.util.Optional.empty();
    }

    /** Hands over the application's routes; plugins that started earlier are registered now. */
    public void attach(RouteConfiguration routeConfiguration) {
        synchronized (this) {
            this.routes = routeConfiguration;
            active.values().forEach(this::register);
        }
        fireChanged();
    }

    /** The platform is stopping: plugins that go now leave no open UI to move (the server is gone). */
    public void detach() {
        synchronized (this) {
            this.routes = null;
        }
        sessions.clear();
        listeners.clear();
    }

    /**
     * Adds a started plugin's screens.
     *
     * @throws IllegalStateException when its id or one of its routes or view classes is taken; nothing is
     *                               registered then
     */
    public void add(ActivePlugin plugin) {
        synchronized (this) {
            if (active.containsKey(plugin.id())) {
                throw new IllegalStateException("another bundle already provides plugin '" + plugin.id() + "'");
            }
            Set<Class<?>> types = new HashSet<>();
            List<Class<?>> viewTypes = new ArrayList<>();
            plugin.screens().forEach(screen -> viewTypes.add(screen.viewType()));
            plugin.publicScreens().forEach(screen -> viewTypes.add(screen.viewType()));
            for (Class<?> type : viewTypes) {
                if (!types.add(type) || catalog.find(type).isPresent()) {
                    throw new IllegalStateException("view class " + type.getName()
                            + " is used by more than one screen; give every screen its own view class");
                }
            }
            Set<String> paths = new HashSet<>();
            for (String route : plugin.routes()) {
                if (!paths.add(route)) {
                    throw new IllegalStateException("route " + route + " is declared twice by plugin " + plugin.id());
                }
            }
            active.put(plugin.id(), plugin);
            plugin.screens().forEach(screen -> catalog.put(new ViewCatalog.Entry(screen.viewType(), screen.factory(),
                    ViewAccess.permission(screen.permission(), screen.audience()), plugin.id(), screen.titleKey())));
            // the only plugin views open without sign-in: those the plugin declared public, in the bare layout
            plugin.publicScreens().forEach(screen -> catalog.put(new ViewCatalog.Entry(screen.viewType(),
                    screen.factory(), ViewAccess.PUBLIC, plugin.id(), screen.titleKey())));
            if (routes != null) {
                register(plugin);
            }
        }
        LOG.info("plugin {} {}: routes {}", plugin.id(), plugin.version(), plugin.routes());
        fireChanged();
    }

    /** Removes a plugin's screens and moves open UIs that show one of them to the safe page. */
    public void remove(String pluginId) {
        ActivePlugin plugin;
        Map<Locale, String> notices = new HashMap<>();
        synchronized (this) {
            plugin = active.get(pluginId);
            if (plugin == null) {
                return;
            }
            // Resolve the notice while the plugin's messages are still reachable: the moves may run later.
            for (Locale locale : Languages.SUPPORTED) {
                String name = translator.translate(plugin.descriptor().nameKey(), locale);
                notices.put(locale, translator.translate("shell.plugin.removed", locale, name));
            }
            active.remove(pluginId);
            if (routes != null) {
                plugin.routes().forEach(routes::removeRoute);
            }
            plugin.screens().forEach(screen -> catalog.remove(screen.viewType()));
            plugin.publicScreens().forEach(screen -> catalog.remove(screen.viewType()));
        }
        LOG.info("plugin {} stopped: routes {} removed", pluginId, plugin.routes());
        moveOpenViews(plugin, notices);
        fireChanged();
    }

    /** The started plugins, in the order they started. */
    public synchronized List<ActivePlugin> plugins() {
        return new ArrayList<>(active.values());
    }

    /** Called (on no particular thread) whenever plugins come or go; UIs must use {@code ui.access}. */
    public Registration addChangeListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Runs {@code rebuild} in {@code component}'s UI whenever plugins come or go, for as long as the component is
     * attached (a screen built from the plugins' contributions: the menu, the dashboard, the enterprise pages). The
     * listener is added on attach and removed on detach, so a closed tab leaves nothing behind.
     */
    public void rebuildWhileAttached(Component component, Runnable rebuild) {
        Registration[] listener = new Registration[1];
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            listener[0] = addChangeListener(() -> ui.access(rebuild::run));
        });
        component.addDetachListener(detach -> {
            if (listener[0] != null) {
                listener[0].remove();
                listener[0] = null;
            }
        });
    }

    public void sessionStarted(VaadinSession session) {
        sessions.add(session);
    }

    public void sessionEnded(VaadinSession session) {
        sessions.remove(session);
    }

    public int openSessions() {
        return sessions.size();
    }

    /**
     * Sessions with someone signed in: what "online" means. Every page load without a cookie (a browser on the
     * sign-in page, a crawler, a load balancer's probe of {@code /}) opens a session too; those are counted by
     * {@link #openSessions()} only, and expire after a short idle time (see the servlet).
     */
    public int signedInSessions() {
        int signedIn = 0;
        for (VaadinSession session : sessions) {
            java.util.concurrent.locks.Lock lock = session.getLockInstance();
            boolean locked = false;
            try {
                locked = lock != null && lock.tryLock(50, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (!locked || session.getAttribute(SignedInUser.class) != null) {
                    // a session busy with a request now is in use: counted as live
                    signedIn++;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                if (locked) {
                    lock.unlock();
                }
            }
        }
        return signedIn;
    }

    /** Menu entries of every started plugin, grouped by plugin, each list sorted by order. */
    public synchronized Map<ActivePlugin, List<Screen>> menu() {
        Map<ActivePlugin, List<Screen>> menu = new LinkedHashMap<>();
        active.values().stream()
                .sorted(Comparator.comparing(p -> p.descriptor().departmentCode()))
                .forEach(plugin -> {
                    List<Screen> entries = plugin.screens().stream().filter(Screen::inMenu)
                            .sorted(Comparator.comparingInt(Screen::order)).toList();
                    if (!entries.isEmpty()) {
                        menu.put(plugin, entries);
                    }
                });
        return menu;
    }

    private void register(ActivePlugin plugin) {
        for (Screen screen : plugin.screens()) {
            routes.setRoute(plugin.route(screen), screen.viewType(), List.of(layout));
        }
        for (PublicScreen screen : plugin.publicScreens()) {
            routes.setRoute(plugin.route(screen), screen.viewType(), List.of(publicLayout));
        }
    }

    private void moveOpenViews(ActivePlugin plugin, Map<Locale, String> notices) {
        Set<Class<?>> gone = new HashSet<>();
        plugin.screens().forEach(screen -> gone.add(screen.viewType()));
        Set<Class<?>> gonePublic = new HashSet<>();
        plugin.publicScreens().forEach(screen -> gonePublic.add(screen.viewType()));
        for (VaadinSession session : sessions) {
            // ui.access, not only session.access: the move runs with the UI current, as navigation expects
            session.access(() -> session.getUIs().forEach(ui -> ui.access(() -> {
                List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
                if (chain.stream().anyMatch(target -> gonePublic.contains(target.getClass()))) {
                    // a visitor without an account: the staff's home would only ask them to sign in; the page
                    // loads again and finds its route gone (404)
                    ui.getPage().reload();
                    return;
                }
                if (chain.stream().anyMatch(target -> gone.contains(target.getClass()))) {
                    ui.navigate(safePage);
                    String text = notices.get(Languages.supported(ui.getLocale()));
                    Notification notice = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
                    notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
                }
            })));
        }
    }

    private void fireChanged() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("plugin change listener failed", e);
            }
        }
    }
}
