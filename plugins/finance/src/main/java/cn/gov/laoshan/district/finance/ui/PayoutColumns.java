package cn.gov.laoshan.district.finance.ui;

import com.vaadin.flow.component.grid.Grid;

import cn.gov.laoshan.district.api.masking.Masking;
import cn.gov.laoshan.district.finance.domain.Payout;
import cn.gov.laoshan.district.uikit.Money;

/** The payout columns the ledger and the enterprise page show alike (the account always masked). */
final class PayoutColumns {

    private PayoutColumns() {
    }

    static void add(Grid<Payout> grid, Masking masking, boolean enterprise, java.util.Locale locale) {
        grid.addColumn(Payout::policyCode).setHeader(grid.getTranslation("finance.payout.policy")).setAutoWidth(true);
        grid.addColumn(Payout::period).setHeader(grid.getTranslation("finance.payout.period")).setAutoWidth(true);
        if (!enterprise) {
            grid.addColumn(Payout::enterpriseName).setHeader(grid.getTranslation("finance.payout.enterprise"))
                    .setAutoWidth(true).setFlexGrow(1);
        }
        grid.addColumn(p -> Money.yuan(p.amount().amount(), locale))
                .setHeader(grid.getTranslation("finance.payout.amount")).setAutoWidth(true);
        grid.addColumn(p -> grid.getTranslation("finance.state." + p.state().name()))
                .setHeader(grid.getTranslation("finance.payout.state")).setAutoWidth(true);
        grid.addColumn(p -> p.accountNumber() == null ? "" : p.bank() + " " + masking.bankAccount(p.accountNumber()))
                .setHeader(grid.getTranslation("finance.payout.account")).setAutoWidth(true);
        grid.addColumn(p -> p.paidOn() == null ? "" : p.paidOn() + " " + p.voucherNo())
                .setHeader(grid.getTranslation("finance.payout.paid")).setAutoWidth(true);
        grid.addColumn(p -> p.reason() == null ? "" : p.reason())
                .setHeader(grid.getTranslation("finance.payout.reason")).setAutoWidth(true);
    }
}
