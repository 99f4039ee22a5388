package cn.gov.laoshan.district.finance.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.finance.domain.DemandPush;
import cn.gov.laoshan.district.finance.service.FinancingService;
import cn.gov.laoshan.district.uikit.Money;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.money.YuanField;

/**
 * 金企通 for a bank's staff (企业服务 of the bank's organisation): the demands pushed to their bank only, the day
 * each answer is due (overdue flagged), the reasons it matched, and the answer — granted (amount, rate, date) or
 * declined with the reason.
 */
public class BankDemandsView extends VerticalLayout {

    private final FinancingService financing;
    private final Grid<DemandPush> grid = new Grid<>();
    private final ComboBox<DemandPush.State> state = new ComboBox<>();
    private final VerticalLayout detail = new VerticalLayout();

    public BankDemandsView(FinancingService financing) {
        this.financing = financing;
        setId("finance-bank-demands");
        state.setLabel(getTranslation("finance.payout.state"));
        state.setId("finance-bank-state");
        state.setItems(DemandPush.State.values());
        state.setItemLabelGenerator(s -> getTranslation("finance.push.state." + s.name()));
        state.setClearButtonVisible(true);
        state.addValueChangeListener(e -> refresh());
        grid.setId("finance-bank-pushes");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(DemandPush::enterpriseName).setHeader(getTranslation("finance.payout.enterprise"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(p -> Money.yuan(p.amount().amount(), getLocale()))
                .setHeader(getTranslation("finance.demand.amount-short")).setAutoWidth(true);
        grid.addColumn(DemandPush::termMonths).setHeader(getTranslation("finance.demand.term")).setAutoWidth(true);
        grid.addColumn(DemandPush::productName).setHeader(getTranslation("finance.product.name")).setAutoWidth(true);
        grid.addColumn(DemandPush::dueOn).setHeader(getTranslation("finance.push.due")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("finance.push.state." + p.state().name())
                + (p.overdue(financing.today()) ? " · " + getTranslation("finance.push.overdue") : ""))
                .setHeader(getTranslation("finance.payout.state")).setAutoWidth(true);
        grid.setHeight("300px");
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        detail.setPadding(false);
        detail.setId("finance-bank-push");
        add(state, grid, detail);
        refresh();
    }

    private void refresh() {
        DemandPush selected = grid.asSingleSelect().getValue();
        grid.setItems(financing.pushes(state.getValue()));
        if (selected != null) {
            financing.push(selected.id()).ifPresent(grid::select);
        }
        show(grid.asSingleSelect().getValue());
    }

    private void show(DemandPush p) {
        detail.removeAll();
        if (p == null) {
            return;
        }
        Span facts = new Span(getTranslation("finance.demand.facts", p.enterpriseName(), Money.yuan(p.amount().amount(),
                getLocale()), p.termMonths(), p.purpose(), p.collateral() == null ? "—" : p.collateral(),
                p.guarantee() == null ? "—" : p.guarantee(), getTranslation("finance.push.state." + p.state().name())));
        facts.setId("finance-bank-push-facts");
        detail.add(facts, new H4(getTranslation("finance.match.reasons")),
                Reasons.list(p.reasons(), this, "finance-bank-push-reasons"));
        if (p.state() != DemandPush.State.PUSHED) {
            Span answer = new Span(DemandPanel.answer(p, this));
            answer.setId("finance-bank-push-answer");
            detail.add(answer);
            return;
        }
        if (!financing.mayAnswer(p)) {
            return;
        }
        YuanField amount = new YuanField(getTranslation("finance.push.granted-amount"));
        amount.setId("finance-grant-amount");
        amount.setValue(p.amount());
        BigDecimalField rate = new BigDecimalField(getTranslation("finance.push.granted-rate"));
        rate.setId("finance-grant-rate");
        DatePicker on = new DatePicker(getTranslation("finance.push.granted-on"), financing.today());
        on.setId("finance-grant-on");
        Button grant = new Button(getTranslation("finance.push.grant"), e -> {
            if (Steps.standard("finance-bank-error").run(this, Map.of("grantedAmount", amount, "grantedRate", rate,
                    "grantedOn", on), () -> financing.grant(p.id(), amount.getValue(), rate.getValue(),
                            on.getValue()))) {
                refresh();
            }
        });
        grant.setId("finance-grant");
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        TextField reason = new TextField(getTranslation("finance.push.declined-reason"));
        reason.setId("finance-decline-reason");
        reason.setWidth("28em");
        Button decline = new Button(getTranslation("finance.push.decline"), e -> {
            if (Steps.standard("finance-bank-error").run(this, Map.of("reason", reason),
                    () -> financing.decline(p.id(), reason.getValue()))) {
                refresh();
            }
        });
        decline.setId("finance-decline");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        detail.add(new H4(getTranslation("finance.push.answer")), new HorizontalLayout(amount, rate, on, grant),
                new HorizontalLayout(reason, decline));
    }
}
