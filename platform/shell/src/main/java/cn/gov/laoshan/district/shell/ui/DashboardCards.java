package cn.gov.laoshan.district.shell.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import cn.gov.laoshan.district.api.plugin.DashboardWidget;
import cn.gov.laoshan.district.shell.plugins.ActivePlugin;
import cn.gov.laoshan.district.shell.plugins.PluginRoutes;
import cn.gov.laoshan.district.shell.security.SignedInUser;

/**
 * The cards of the two homes (the staff dashboard and an enterprise user's 我的企业): which plugin widgets a user
 * sees — those for their side of the table whose permission they hold — and the card around each. A widget that
 * fails shows a short notice; the rest stays.
 */
final class DashboardCards {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardCards.class);

    private DashboardCards() {
    }

    /** The plugins' cards for {@code user}, in order; {@code translate} resolves titles. */
    static List<Component> widgets(PluginRoutes plugins, SignedInUser user, Function<String, String> translate) {
        List<Widget> widgets = new ArrayList<>();
        for (ActivePlugin plugin : plugins.plugins()) {
            for (DashboardWidget widget : plugin.widgets()) {
                if (widget.audience().admits(user.asCurrentUser()) && user.may(widget.permission())) {
                    widgets.add(new Widget(plugin, widget));
                }
            }
        }
        widgets.sort(Comparator.comparingInt((Widget w) -> w.widget().order()).thenComparing(w -> w.plugin().id()));
        List<Component> cards = new ArrayList<>();
        for (Widget w : widgets) {
            cards.add(card(w.plugin().id() + "-" + w.widget().id(), translate.apply(w.widget().titleKey()),
                    w.widget().columns(), content(w, translate)));
        }
        return cards;
    }

    static Component card(String id, String title, int columns, Component content) {
        Div card = new Div();
        card.addClassName("district-card");
        card.addClassName("span-" + columns);
        card.setId("card-" + id);
        card.add(new H3(title), content);
        return card;
    }

    private static Component content(Widget widget, Function<String, String> translate) {
        try {
            return widget.widget().factory().create();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("dashboard widget {} of plugin {} failed", widget.widget().id(), widget.plugin().id(), e);
            Span failed = new Span(translate.apply("shell.dashboard.widget-failed"));
            failed.addClassName("district-widget-failed");
            return failed;
        }
    }

    private record Widget(ActivePlugin plugin, DashboardWidget widget) {
    }
}
