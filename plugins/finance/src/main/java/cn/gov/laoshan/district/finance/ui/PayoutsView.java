package cn.gov.laoshan.district.finance.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.masking.Masking;
import cn.gov.laoshan.district.api.payout.PayoutState;
import cn.gov.laoshan.district.finance.domain.Payout;
import cn.gov.laoshan.district.finance.domain.Total;
import cn.gov.laoshan.district.finance.domain.PayoutFilter;
import cn.gov.laoshan.district.finance.service.PayoutListing;
import cn.gov.laoshan.district.finance.service.PayoutService;
import cn.gov.laoshan.district.finance.service.PayoutWorkflow;
import cn.gov.laoshan.district.uikit.BarChart;
import cn.gov.laoshan.district.uikit.ExcelExport;
import cn.gov.laoshan.district.uikit.Money;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * 政策兑现台账: the payouts in the reader's scope by state, the steps the reader may take on the selected one (list
 * its policy and period for notice, approve its batch, record its payment, reject it), totals by policy against the
 * budgets (chart), and the ledger as Excel.
 */
public class PayoutsView extends VerticalLayout {

    static final int PAGE = 500;

    private final PayoutService payouts;
    private final PayoutListing listing;
    private final Grid<Payout> grid = new Grid<>();
    private final ComboBox<PayoutState> state = new ComboBox<>();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final VerticalLayout totals = new VerticalLayout();

    public PayoutsView(PayoutService payouts, PayoutListing listing, Masking masking) {
        this.payouts = payouts;
        this.listing = listing;
        setId("finance-payouts");
        state.setLabel(getTranslation("finance.payout.state"));
        state.setItems(PayoutState.values());
        state.setItemLabelGenerator(s -> getTranslation("finance.state." + s.name()));
        state.setClearButtonVisible(true);
        state.setId("finance-state-filter");
        state.addValueChangeListener(e -> refresh());
        Anchor export = new Anchor(ExcelExport.download("政策兑现台账.xlsx",
                out -> payouts.exportXlsx(new PayoutFilter(null, null, state.getValue(), null, null), out)),
                getTranslation("finance.export"));
        export.setId("finance-export");
        grid.setId("finance-payouts-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(p -> p.batchId() == null ? "" : String.valueOf(p.batchId()))
                .setHeader(getTranslation("finance.payout.batch")).setAutoWidth(true);
        PayoutColumns.add(grid, masking, false, getLocale());
        grid.asSingleSelect().addValueChangeListener(e -> showActions(e.getValue()));
        grid.setHeight("420px");
        add(new HorizontalLayout(state, export), grid, actions, totals);
        refresh();
    }

    private void refresh() {
        grid.setItems(payouts.list(new PayoutFilter(null, null, state.getValue(), null, null), 0, PAGE));
        showActions(null);
        showTotals();
    }

    private void showActions(Payout p) {
        actions.removeAll();
        if (p == null) {
            return;
        }
        Steps steps = Steps.standard("finance-error");
        if (p.state() == PayoutState.CONFIRMED && payouts.may(PayoutWorkflow.MANAGE, p)) {
            actions.add(button("finance.action.list", "finance-list", () -> {
                if (steps.run(this, () -> listing.listForNotice(p.policyCode(), p.period()))) {
                    refresh();
                }
            }));
        }
        if (p.state() == PayoutState.LISTED && payouts.may(PayoutWorkflow.APPROVE, p)) {
            actions.add(button("finance.action.approve-batch", "finance-approve-batch", () -> {
                Integer n = steps.call(this, () -> payouts.approveBatch(p.batchId()));
                if (n != null) {
                    Steps.success(getTranslation("finance.approved", n));
                    refresh();
                }
            }));
        }
        if (p.state() == PayoutState.APPROVED && payouts.may(PayoutWorkflow.MANAGE, p)) {
            actions.add(button("finance.action.pay", "finance-pay", () -> openPay(p)));
        }
        if (!p.state().finished() && payouts.may(PayoutWorkflow.MANAGE, p)) {
            actions.add(button("finance.action.reject", "finance-reject", () -> openReject(p)));
        }
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.setId(id);
        return b;
    }

    private void openPay(Payout p) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("finance.action.pay"));
        DatePicker paidOn = new DatePicker(getTranslation("finance.payout.paid-on"), payouts.today());
        paidOn.setId("finance-pay-date");
        TextField voucher = new TextField(getTranslation("finance.payout.voucher"));
        voucher.setId("finance-pay-voucher");
        Button ok = new Button(getTranslation("finance.save"), e -> {
            if (Steps.standard("finance-pay-error").run(dialog, java.util.Map.of("paidOn", paidOn, "voucherNo", voucher),
                    () -> payouts.pay(p.id(), paidOn.getValue(), voucher.getValue()))) {
                dialog.close();
                refresh();
            }
        });
        ok.setId("finance-pay-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(paidOn, voucher));
        dialog.getFooter().add(new Button(getTranslation("finance.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void openReject(Payout p) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("finance.action.reject"));
        TextField reason = new TextField(getTranslation("finance.payout.reason"));
        reason.setId("finance-reject-reason");
        reason.setWidthFull();
        Button ok = new Button(getTranslation("finance.action.reject"), e -> {
            if (Steps.standard("finance-reject-error").run(dialog, java.util.Map.of("reason", reason),
                    () -> payouts.reject(p.id(), reason.getValue()))) {
                dialog.close();
                refresh();
            }
        });
        ok.setId("finance-reject-ok");
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("finance.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void showTotals() {
        totals.removeAll();
        totals.setPadding(false);
        List<Total> byPolicy = payouts.totals(Total.By.POLICY, null);
        totals.add(new H3(getTranslation("finance.totals.policy")));
        if (!byPolicy.isEmpty()) {
            totals.add(BarChart.of(getTranslation("finance.totals.policy"), getLocale())
                    .categories(byPolicy.stream().map(Total::group).toList())
                    .series(getTranslation("finance.totals.requested"),
                            byPolicy.stream().map(t -> t.requested().amount()).toList())
                    .series(getTranslation("finance.totals.paid"),
                            byPolicy.stream().map(t -> t.paid().amount()).toList())
                    .id("finance-totals-chart").component());
        }
        Grid<Total> table = new Grid<>();
        table.setId("finance-totals");
        table.addThemeVariants(GridVariant.LUMO_COMPACT);
        table.addColumn(Total::group).setHeader(getTranslation("finance.payout.policy"));
        table.addColumn(Total::payouts).setHeader(getTranslation("finance.totals.payouts"));
        table.addColumn(t -> Money.yuan(t.requested().amount(), getLocale()))
                .setHeader(getTranslation("finance.totals.requested"));
        table.addColumn(t -> Money.yuan(t.approved().amount(), getLocale()))
                .setHeader(getTranslation("finance.totals.approved"));
        table.addColumn(t -> Money.yuan(t.paid().amount(), getLocale())).setHeader(getTranslation("finance.totals.paid"));
        table.setItems(byPolicy);
        table.setAllRowsVisible(true);
        totals.add(table);
    }

}
