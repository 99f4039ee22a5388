package cn.gov.laoshan.district.finance.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.finance.domain.DemandPush;
import cn.gov.laoshan.district.finance.domain.FinancingDemand;
import cn.gov.laoshan.district.finance.domain.ProductMatch;
import cn.gov.laoshan.district.finance.service.FinancingService;
import cn.gov.laoshan.district.uikit.Money;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.TimelinePanel;

/**
 * One demand as staff and its enterprise see it: its facts, the banks it went to with the day each answer is due
 * (overdue flagged) and the answers, and — for staff who manage — the products matched with their reasons and a push
 * for each that matches; its steps. The enterprise sees the same without the matching.
 */
class DemandPanel extends VerticalLayout {

    private final FinancingService financing;
    private final boolean staff;
    private final Runnable changed;

    DemandPanel(FinancingService financing, boolean staff, Runnable changed) {
        this.financing = financing;
        this.staff = staff;
        this.changed = changed;
        setId("finance-demand");
        setPadding(false);
    }

    void show(FinancingDemand selected) {
        removeAll();
        if (selected == null) {
            return;
        }
        FinancingDemand d = financing.demand(selected.id()).orElse(null);
        if (d == null) {
            return;
        }
        Span facts = new Span(getTranslation("finance.demand.facts", d.enterpriseName(), Money.yuan(d.amount().amount(),
                getLocale()), d.termMonths(), d.purpose(), d.collateral() == null ? "—" : d.collateral(),
                d.guarantee() == null ? "—" : d.guarantee(), getTranslation("finance.demand.state." + d.state().name())));
        facts.setId("finance-demand-facts");
        add(facts);
        add(new H4(getTranslation("finance.push.title")));
        add(pushes(financing.pushesOf(d)));
        if (staff && financing.mayManage(d)) {
            add(new H4(getTranslation("finance.match.title")));
            add(matches(d));
        }
        if (d.state() != FinancingDemand.State.GRANTED && d.state() != FinancingDemand.State.WITHDRAWN) {
            TextField reason = new TextField(getTranslation("finance.demand.withdraw-reason"));
            reason.setId("finance-demand-withdraw-reason");
            Button withdraw = new Button(getTranslation("finance.demand.withdraw"), e -> {
                if (Steps.standard("finance-demand-error").run(this, java.util.Map.of("reason", reason),
                        () -> financing.withdraw(d.id(), reason.getValue()))) {
                    changed.run();
                }
            });
            withdraw.setId("finance-demand-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            if (staff ? financing.mayManage(d) : true) {
                add(new com.vaadin.flow.component.orderedlayout.HorizontalLayout(reason, withdraw));
            }
        }
        add(new TimelinePanel("finance-demand-timeline", () -> financing.timeline(d))
                .actions(action -> getTranslation("finance.action." + action)));
    }

    private Grid<DemandPush> pushes(List<DemandPush> list) {
        Grid<DemandPush> grid = new Grid<>();
        grid.setId("finance-demand-pushes");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(DemandPush::bankName).setHeader(getTranslation("finance.bank.name")).setAutoWidth(true);
        grid.addColumn(DemandPush::productName).setHeader(getTranslation("finance.product.name")).setAutoWidth(true);
        grid.addColumn(DemandPush::dueOn).setHeader(getTranslation("finance.push.due")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("finance.push.state." + p.state().name())
                + (p.overdue(financing.today()) ? " · " + getTranslation("finance.push.overdue")
                        : p.late(financing.today()) ? " · " + getTranslation("finance.push.late") : ""))
                .setHeader(getTranslation("finance.payout.state")).setAutoWidth(true);
        grid.addColumn(p -> answer(p, this)).setHeader(getTranslation("finance.push.answer")).setFlexGrow(1);
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The bank's answer in words. */
    static String answer(DemandPush p, com.vaadin.flow.component.Component where) {
        return switch (p.state()) {
            case GRANTED -> where.getTranslation("finance.push.granted", Money.yuan(p.grantedAmount().amount(),
                    Reasons.locale()), p.grantedRate().stripTrailingZeros().toPlainString(), p.grantedOn());
            case DECLINED -> where.getTranslation("finance.push.declined", p.declinedReason());
            case PUSHED -> "";
        };
    }

    private Grid<ProductMatch> matches(FinancingDemand d) {
        Grid<ProductMatch> grid = new Grid<>();
        grid.setId("finance-demand-matches");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> m.bank().name()).setHeader(getTranslation("finance.bank.name")).setAutoWidth(true);
        grid.addColumn(m -> m.product().name() + "（" + getTranslation("finance.product.kind." + m.product().kind())
                + "）").setHeader(getTranslation("finance.product.name")).setAutoWidth(true);
        grid.addColumn(m -> m.product().rateMin().stripTrailingZeros().toPlainString() + "–"
                + m.product().rateMax().stripTrailingZeros().toPlainString() + "%")
                .setHeader(getTranslation("finance.product.rate")).setAutoWidth(true);
        grid.addComponentColumn(m -> Reasons.list(m.checks(), this, "finance-match-reasons-" + m.product().id()))
                .setHeader(getTranslation("finance.match.reasons")).setFlexGrow(1);
        grid.addComponentColumn(m -> {
            Button push = new Button(getTranslation("finance.match.push"), e -> {
                if (Steps.standard("finance-demand-error").run(this, () -> financing.push(d.id(),
                        m.product().id()))) {
                    changed.run();
                }
            });
            push.setId("finance-match-push-" + m.product().id());
            push.setEnabled(m.matches() && d.state() != FinancingDemand.State.GRANTED
                    && d.state() != FinancingDemand.State.WITHDRAWN);
            return push;
        }).setAutoWidth(true);
        grid.setItems(financing.matches(d.id()));
        grid.setAllRowsVisible(true);
        return grid;
    }
}
