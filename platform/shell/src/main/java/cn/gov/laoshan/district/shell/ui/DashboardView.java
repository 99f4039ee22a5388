package cn.gov.laoshan.district.shell.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.shell.i18n.Languages;
import cn.gov.laoshan.district.shell.plugins.PlatformStatus;
import cn.gov.laoshan.district.shell.plugins.PluginRoutes;
import cn.gov.laoshan.district.shell.plugins.PluginStatus;
import cn.gov.laoshan.district.shell.security.SessionUser;
import cn.gov.laoshan.district.shell.security.SignedInUser;

/**
 * The staff home page: a card for every staff dashboard widget of the started plugins that the user may see, and
 * for administrators the state of the platform. An enterprise user's home is {@link EnterpriseHomeView}.
 */
public class DashboardView extends VerticalLayout {

    private final PluginRoutes plugins;
    private final PlatformStatus status;
    private final Clock clock;
    private final Div cards = new Div();

    public DashboardView(PluginRoutes plugins, PlatformStatus status, Clock clock) {
        this.plugins = plugins;
        plugins.rebuildWhileAttached(this, this::buildCards);
        this.status = status;
        this.clock = clock;
        addClassName("district-dashboard");
        cards.addClassName("district-cards");
        cards.setId("district-cards");
        add(greeting(), cards);
        buildCards();
    }

    private Component greeting() {
        String name = SessionUser.get().map(SignedInUser::displayName).orElse("");
        Locale locale = Languages.supported(getLocale());
        DateTimeFormatter format = Languages.CHINESE.equals(locale)
                ? DateTimeFormatter.ofPattern("yyyy年M月d日 EEEE", locale)
                : DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale);
        Paragraph hello = new Paragraph(getTranslation("shell.dashboard.greeting", name,
                LocalDate.now(clock).format(format)));
        hello.addClassName("district-greeting");
        return hello;
    }

    private void buildCards() {
        cards.removeAll();
        Optional<SignedInUser> user = SessionUser.get();
        List<Component> shown = new ArrayList<>();
        user.ifPresent(u -> shown.addAll(DashboardCards.widgets(plugins, u, this::getTranslation)));
        if (user.map(SignedInUser::platformAdmin).orElse(false)) {
            shown.add(DashboardCards.card("platform-status", getTranslation("shell.dashboard.platform"), 2, platformStatus()));
        }
        if (shown.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("shell.dashboard.empty"));
            empty.addClassName("district-empty");
            shown.add(empty);
        }
        shown.forEach(cards::add);
    }

    private Component platformStatus() {
        Div box = new Div();
        Duration up = Duration.between(status.startedAt(), clock.instant());
        box.add(new Paragraph(getTranslation("shell.dashboard.uptime", up.toHours(), up.toMinutesPart())));
        List<PluginStatus> all = status.plugins();
        if (all.isEmpty()) {
            box.add(new Paragraph(getTranslation("shell.dashboard.no-plugins")));
        }
        for (PluginStatus plugin : all) {
            Div row = new Div();
            row.addClassName("district-plugin-row");
            Span state = new Span(getTranslation("shell.plugin.state." + plugin.state()));
            state.getElement().getThemeList().add(plugin.failed() ? "badge error" : "badge success");
            row.add(new Span(pluginName(plugin) + " " + plugin.version()), state);
            if (plugin.error() != null) {
                Span error = new Span(plugin.error());
                error.addClassName("district-plugin-error");
                row.add(error);
            }
            box.add(row);
        }
        return box;
    }

    /** The plugin's name in the UI language ({@code <id>.plugin.name}); the status carries the Chinese one only. */
    private String pluginName(PluginStatus plugin) {
        String key = plugin.id() + ".plugin.name";
        String name = getTranslation(key);
        return name.equals(key) || name.startsWith("!") ? plugin.name() : name;
    }
}
