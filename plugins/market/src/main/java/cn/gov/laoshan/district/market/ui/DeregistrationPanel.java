package cn.gov.laoshan.district.market.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.market.domain.DeregistrationState;
import cn.gov.laoshan.district.market.service.Deregistration;
import cn.gov.laoshan.district.market.service.DeregistrationService;
import cn.gov.laoshan.district.market.service.JointCheck;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.TimelinePanel;

/**
 * One deregistration as both the enterprise and staff read it: state, kind, the notice or the days for objections,
 * the last day to apply, what blocked it, the joint check's answers and the history.
 */
final class DeregistrationPanel {

    private DeregistrationPanel() {
    }

    static Span state(Component view, Deregistration d) {
        String key = d.state() == DeregistrationState.NOTICE && d.individual() ? "market.dereg.state.OBJECTIONS"
                : "market.dereg.state." + d.state();
        Span badge = new Span(view.getTranslation(key));
        badge.getElement().getThemeList().add(switch (d.state()) {
            case NOTICE -> "badge";
            case DONE -> "badge success";
            case BLOCKED, LAPSED -> "badge error";
        });
        badge.setId("market-dereg-state");
        return badge;
    }

    static VerticalLayout of(Component view, Deregistration d, DeregistrationService service) {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        panel.setSpacing(false);
        panel.setId("market-dereg-panel");
        panel.add(state(view, d));
        panel.add(line(view, "market.dereg.enterprise", d.name() + "（" + d.uscc() + "）"));
        panel.add(line(view, "market.dereg.kind", view.getTranslation("market.dereg.kind." + d.kind())));
        panel.add(line(view, "market.dereg.investors", d.investors()));
        panel.add(line(view, d.individual() ? "market.dereg.objection-days" : "market.dereg.notice-period",
                Dates.date(d.periodStart(), LicenceColumns.locale(view)) + " – " + Dates.date(d.periodEnd(), LicenceColumns.locale(view))));
        if (d.applyBy() != null) {
            panel.add(line(view, "market.dereg.apply-by", Dates.date(d.applyBy(), LicenceColumns.locale(view))
                    + (d.extended() ? " " + view.getTranslation("market.dereg.extended") : "")));
        }
        if (d.closedOn() != null) {
            panel.add(line(view, "market.dereg.closed-on", Dates.date(d.closedOn(), LicenceColumns.locale(view))));
        }
        if (!d.blockerKeys().isEmpty()) {
            panel.add(new H3(view.getTranslation("market.dereg.blockers")));
            UnorderedList list = new UnorderedList();
            list.setId("market-dereg-blockers");
            d.blockerKeys().forEach(k -> list.add(new ListItem(view.getTranslation(k))));
            panel.add(list);
        }
        panel.add(new H3(view.getTranslation("market.dereg.joint-check")));
        UnorderedList checks = new UnorderedList();
        checks.setId("market-dereg-checks");
        for (String department : DeregistrationService.CHECK_DEPARTMENTS) {
            JointCheck answer = service.checks(d.id()).stream().filter(c -> c.departmentCode().equals(department))
                    .findFirst().orElse(null);
            checks.add(new ListItem(view.getTranslation("market.dereg.department." + department) + "："
                    + (answer == null ? view.getTranslation("market.dereg.answer.PENDING")
                            : view.getTranslation("market.dereg.answer." + answer.answer())
                                    + (answer.note() == null ? "" : "（" + answer.note() + "）"))));
        }
        panel.add(checks);
        panel.add(new TimelinePanel("market-dereg-history", () -> service.history(d.id()))
                .title(view.getTranslation("market.licence.history"))
                .actions(action -> view.getTranslation("market.dereg.action." + action)));
        return panel;
    }

    private static Div line(Component view, String key, String value) {
        Div line = new Div(view.getTranslation(key) + "：" + value);
        line.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return line;
    }
}
