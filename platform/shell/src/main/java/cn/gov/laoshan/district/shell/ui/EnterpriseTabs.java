package cn.gov.laoshan.district.shell.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;

import cn.gov.laoshan.district.api.plugin.Section;
import cn.gov.laoshan.district.shell.plugins.ActivePlugin;
import cn.gov.laoshan.district.shell.plugins.PluginRoutes;
import cn.gov.laoshan.district.shell.security.SessionUser;
import cn.gov.laoshan.district.shell.security.SignedInUser;

/**
 * The tabs of the enterprise page: the page's own tabs first (the registry record), then the sections started
 * plugins contribute to {@link Section#ENTERPRISE}, in their order. A section is shown to users of its audience
 * holding its permission (deny by default), checked here on the server before its factory runs; an enterprise user
 * sees sections of their own enterprise only. The tabs are rebuilt when plugins come or go, so a section appears and
 * disappears with its plugin while the page is open; a section whose factory fails shows a short notice.
 *
 * <p>A tab's content is made when the tab is first shown, not with the page: opening an enterprise's page ran every
 * section's queries and built every section's components (licences, cases, matches, suggestions…) for the one tab a
 * user looks at — 7.5 % of the server's CPU of the load test's requests (docs/performance.md, "Where the CPU of a
 * request goes"), and components held by the UI for as long as the page was open.
 */
public class EnterpriseTabs extends Composite<TabSheet> {

    private static final Logger LOG = LoggerFactory.getLogger(EnterpriseTabs.class);

    /** One of the page's own tabs. */
    public record OwnTab(String id, String title, Supplier<Component> content) {
    }

    private final PluginRoutes plugins;
    private final String uscc;
    private final List<OwnTab> own;
    private final List<Tab> tabs = new ArrayList<>();
    /** What each tab's content is made of, until it is made (its first showing). */
    private final java.util.Map<Tab, Runnable> unmade = new java.util.HashMap<>();

    /** Tabs for the enterprise {@code uscc} over the plugins of the shell serving this request. */
    public EnterpriseTabs(String uscc, List<OwnTab> own) {
        this(PluginRoutes.current().orElseThrow(() -> new IllegalStateException("no shell serves this request")),
                uscc, own);
    }

    public EnterpriseTabs(PluginRoutes plugins, String uscc, List<OwnTab> own) {
        this.plugins = plugins;
        plugins.rebuildWhileAttached(this, this::build);
        this.uscc = uscc;
        this.own = List.copyOf(own);
        getContent().setId("district-enterprise-tabs");
        getContent().setWidthFull();
        getContent().addSelectedChangeListener(e -> make(e.getSelectedTab()));
        build();
    }

    /** The sections {@code user} may see on the page of enterprise {@code uscc}, in order. */
    static List<Contributed> sections(PluginRoutes plugins, SignedInUser user, String uscc) {
        return sections(plugins.plugins(), user, uscc);
    }

    /**
     * The sections of {@code plugins} that {@code user} may see on the page of enterprise {@code uscc}, in order:
     * their audience, their permission, an enterprise user's own enterprise only.
     */
    public static List<Contributed> sections(List<ActivePlugin> plugins, SignedInUser user, String uscc) {
        List<Contributed> sections = new ArrayList<>();
        if (user == null || (user.external() && !uscc.equals(user.uscc()))) {
            return sections; // an enterprise user never sees another enterprise's sections
        }
        for (ActivePlugin plugin : plugins) {
            for (Section section : plugin.sections()) {
                if (Section.ENTERPRISE.equals(section.target()) && section.audience().admits(user.asCurrentUser())
                        && user.may(section.permission())) {
                    sections.add(new Contributed(plugin, section));
                }
            }
        }
        sections.sort(Comparator.comparingInt((Contributed c) -> c.section().order()).thenComparing(c -> c.plugin().id()));
        return sections;
    }

    /** A section and the plugin that contributes it. */
    public record Contributed(ActivePlugin plugin, Section section) {
        /** The id of its tab on the page ({@code tab-} + this) and of its content. */
        public String tabId() {
            return "section-" + plugin.id() + "-" + section.id();
        }
    }

    /** Shows the page's own tab {@code id} ({@link OwnTab#id()}), if there is one. */
    public void select(String id) {
        tabs.stream().filter(t -> t.getId().map(("tab-" + id)::equals).orElse(false)).findFirst()
                .ifPresent(getContent()::setSelectedTab);
    }

    private void build() {
        TabSheet sheet = getContent();
        String selected = Optional.ofNullable(sheet.getSelectedTab()).flatMap(Tab::getId).orElse(null);
        tabs.forEach(sheet::remove); // rebuilt as a whole: a plugin's section may have come or gone
        tabs.clear();
        unmade.clear();
        for (OwnTab tab : own) {
            Div box = new Div();
            box.setWidthFull();
            Tab t = sheet.add(tab.title(), box);
            t.setId("tab-" + tab.id());
            tabs.add(t);
            unmade.put(t, () -> box.add(tab.content().get()));
        }
        for (Contributed c : sections(plugins, SessionUser.get().orElse(null), uscc)) {
            Div box = new Div();
            box.setId(c.tabId());
            box.setWidthFull();
            Tab t = sheet.add(getTranslation(c.section().titleKey()), box);
            t.setId("tab-" + c.tabId());
            tabs.add(t);
            unmade.put(t, () -> content(c, box));
        }
        tabs.stream().filter(t -> t.getId().map(id -> id.equals(selected)).orElse(false)).findFirst()
                .ifPresent(sheet::setSelectedTab);
        make(sheet.getSelectedTab());
    }

    /** Makes a tab's content, the first time it is shown. */
    private void make(Tab tab) {
        Runnable content = tab == null ? null : unmade.remove(tab);
        if (content != null) {
            content.run();
        }
    }

    /** Whether the content of the tab {@code tabId} ({@code tab-…}) has been made: for tests. */
    boolean made(String tabId) {
        return tabs.stream().anyMatch(t -> t.getId().map(tabId::equals).orElse(false) && !unmade.containsKey(t));
    }

    private void content(Contributed c, Div box) {
        try {
            box.add(c.section().factory().create(uscc));
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("section {} of plugin {} failed", c.section().id(), c.plugin().id(), e);
            Span failed = new Span(getTranslation("shell.dashboard.widget-failed"));
            failed.addClassName("district-widget-failed");
            box.add(failed);
        }
    }
}
