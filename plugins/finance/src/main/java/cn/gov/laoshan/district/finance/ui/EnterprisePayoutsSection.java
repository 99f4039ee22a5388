package cn.gov.laoshan.district.finance.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.masking.Masking;
import cn.gov.laoshan.district.api.payout.BankAccount;
import cn.gov.laoshan.district.api.payout.PayoutState;
import cn.gov.laoshan.district.finance.domain.Payout;
import cn.gov.laoshan.district.finance.domain.PayoutFilter;
import cn.gov.laoshan.district.finance.service.PayoutService;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * The enterprise page's "payouts" section: an enterprise's payouts and their state, for staff and for the
 * enterprise's own users, who confirm a requested payout and the bank account to pay into here (企业服务).
 */
public class EnterprisePayoutsSection extends VerticalLayout {

    static final int LIMIT = 200;

    private final PayoutService payouts;
    private final String uscc;
    private final Grid<Payout> grid = new Grid<>();
    private final Span count = new Span();

    public EnterprisePayoutsSection(PayoutService payouts, Masking masking, String uscc) {
        this.payouts = payouts;
        this.uscc = uscc;
        setPadding(false);
        setId("finance-enterprise-payouts");
        count.setId("finance-enterprise-payouts-count");
        grid.setId("finance-enterprise-payouts-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        PayoutColumns.add(grid, masking, true, getLocale());
        grid.addComponentColumn(this::confirmButton).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(count, grid);
        refresh();
    }

    private void refresh() {
        PayoutFilter filter = new PayoutFilter(null, null, null, null, uscc);
        List<Payout> list = payouts.list(filter, 0, LIMIT);
        count.setText(getTranslation("finance.count", payouts.count(filter)));
        grid.setItems(list);
    }

    private com.vaadin.flow.component.Component confirmButton(Payout p) {
        if (p.state() != PayoutState.REQUESTED || !payouts.mayConfirm(p)) {
            return new Span();
        }
        Button confirm = new Button(getTranslation("finance.action.confirm"), e -> openConfirm(p));
        confirm.setId("finance-confirm-" + p.policyCode() + "-" + p.period());
        return confirm;
    }

    private void openConfirm(Payout p) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("finance.confirm.title", p.policyCode(), p.period()));
        TextField bank = new TextField(getTranslation("finance.payout.bank"));
        bank.setId("finance-confirm-bank");
        TextField name = new TextField(getTranslation("finance.payout.account-name"));
        name.setId("finance-confirm-account-name");
        name.setValue(p.enterpriseName());
        TextField number = new TextField(getTranslation("finance.payout.account-number"));
        number.setId("finance-confirm-account-number");
        if (p.accountNumber() != null) {
            bank.setValue(p.bank());
            name.setValue(p.accountName());
            number.setValue(p.accountNumber());
        }
        Button ok = new Button(getTranslation("finance.action.confirm"), e -> {
            boolean done = Steps.standard("finance-confirm-error").run(dialog, () -> {
                BankAccount account;
                try {
                    account = new BankAccount(bank.getValue(), name.getValue(), number.getValue());
                } catch (IllegalArgumentException bad) {
                    throw new cn.gov.laoshan.district.api.validation.RefusedException("account",
                            "finance.error.account");
                }
                payouts.confirm(p.id(), account);
            });
            if (done) {
                dialog.close();
                refresh();
            }
        });
        ok.setId("finance-confirm-ok");
        dialog.add(new VerticalLayout(bank, name, number));
        dialog.getFooter().add(new Button(getTranslation("finance.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }
}
