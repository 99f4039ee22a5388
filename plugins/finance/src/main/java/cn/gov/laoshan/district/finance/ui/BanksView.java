package cn.gov.laoshan.district.finance.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.finance.domain.Bank;
import cn.gov.laoshan.district.finance.domain.BankProduct;
import cn.gov.laoshan.district.finance.domain.Criterion;
import cn.gov.laoshan.district.finance.service.BankDirectory;
import cn.gov.laoshan.district.finance.service.FinancingWorkflow;
import cn.gov.laoshan.district.uikit.Money;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.money.YuanField;

/**
 * 合作银行与产品: the banks (their committed answer time in working days) and their products (rate, term and amount
 * ranges, eligibility in words and as criteria); staff who manage add a bank or a product.
 */
public class BanksView extends VerticalLayout {

    private final BankDirectory directory;
    private final Grid<Bank> banks = new Grid<>();
    private final Grid<BankProduct> products = new Grid<>();
    private final ComboBox<Bank> productBank = new ComboBox<>();

    public BanksView(BankDirectory directory, AccessControl access) {
        this.directory = directory;
        setId("finance-banks");
        banks.setId("finance-bank-list");
        banks.addThemeVariants(GridVariant.LUMO_COMPACT);
        banks.addColumn(Bank::name).setHeader(getTranslation("finance.bank.name")).setAutoWidth(true).setFlexGrow(1);
        banks.addColumn(Bank::uscc).setHeader(getTranslation("finance.equity.uscc")).setAutoWidth(true);
        banks.addColumn(Bank::responseDays).setHeader(getTranslation("finance.bank.response-days")).setAutoWidth(true);
        banks.setAllRowsVisible(true);
        products.setId("finance-product-list");
        products.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        products.addColumn(BankProduct::bankName).setHeader(getTranslation("finance.bank.name")).setAutoWidth(true);
        products.addColumn(p -> p.name() + "（" + getTranslation("finance.product.kind." + p.kind()) + "）")
                .setHeader(getTranslation("finance.product.name")).setAutoWidth(true);
        products.addColumn(p -> p.rateMin().stripTrailingZeros().toPlainString() + "–"
                + p.rateMax().stripTrailingZeros().toPlainString() + "%").setHeader(getTranslation("finance.product.rate"))
                .setAutoWidth(true);
        products.addColumn(p -> p.termMin() + "–" + p.termMax()).setHeader(getTranslation("finance.product.term"))
                .setAutoWidth(true);
        products.addColumn(p -> Money.yuan(p.amountMin().amount(), getLocale()) + "–"
                + Money.yuan(p.amountMax().amount(), getLocale())).setHeader(getTranslation("finance.product.amount"))
                .setAutoWidth(true);
        products.addColumn(BankProduct::eligibility).setHeader(getTranslation("finance.product.eligibility"))
                .setFlexGrow(1);
        products.addColumn(p -> Criterion.format(p.criteria()).replace("\n", "；"))
                .setHeader(getTranslation("finance.product.criteria")).setAutoWidth(true);
        products.setAllRowsVisible(true);
        add(banks, products);
        if (access.has(FinancingWorkflow.MANAGE)) {
            Details bank = new Details(getTranslation("finance.bank.new"), bankForm());
            bank.setId("finance-bank-new");
            Details product = new Details(getTranslation("finance.product.new"), productForm());
            product.setId("finance-product-new");
            add(bank, product);
        }
        refresh();
    }

    private void refresh() {
        var list = directory.banks();
        banks.setItems(list);
        productBank.setItems(list);
        products.setItems(directory.products());
    }

    private FormLayout bankForm() {
        TextField uscc = new TextField(getTranslation("finance.equity.uscc"));
        uscc.setId("finance-bank-uscc");
        TextField name = new TextField(getTranslation("finance.bank.name"));
        name.setId("finance-bank-name");
        IntegerField days = new IntegerField(getTranslation("finance.bank.response-days"));
        days.setId("finance-bank-days");
        days.setValue(3);
        Button save = new Button(getTranslation("finance.save"), e -> {
            if (Steps.standard("finance-bank-form-error").run(this, Map.of("uscc", uscc, "name", name,
                    "responseDays", days), () -> directory.saveBank(uscc.getValue(), name.getValue(),
                            days.getValue() == null ? 0 : days.getValue()))) {
                refresh();
            }
        });
        save.setId("finance-bank-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new FormLayout(uscc, name, days, save);
    }

    private FormLayout productForm() {
        productBank.setLabel(getTranslation("finance.bank.name"));
        productBank.setItemLabelGenerator(Bank::name);
        productBank.setId("finance-product-bank");
        TextField name = new TextField(getTranslation("finance.product.name"));
        name.setId("finance-product-name");
        ComboBox<BankProduct.Kind> kind = new ComboBox<>(getTranslation("finance.product.kind"));
        kind.setItems(BankProduct.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("finance.product.kind." + k));
        BigDecimalField rateMin = new BigDecimalField(getTranslation("finance.product.rate-min"));
        BigDecimalField rateMax = new BigDecimalField(getTranslation("finance.product.rate-max"));
        IntegerField termMin = new IntegerField(getTranslation("finance.product.term-min"));
        IntegerField termMax = new IntegerField(getTranslation("finance.product.term-max"));
        YuanField amountMin = new YuanField(getTranslation("finance.product.amount-min"));
        YuanField amountMax = new YuanField(getTranslation("finance.product.amount-max"));
        TextArea eligibility = new TextArea(getTranslation("finance.product.eligibility"));
        TextArea criteria = new TextArea(getTranslation("finance.product.criteria"));
        criteria.setHelperText(getTranslation("finance.product.criteria-help"));
        criteria.setId("finance-product-criteria");
        IntegerField days = new IntegerField(getTranslation("finance.product.response-days"));
        Button save = new Button(getTranslation("finance.save"), e -> {
            if (Steps.standard("finance-product-form-error").run(this, Map.of("bank", productBank, "name", name,
                    "kind", kind, "rate", rateMin, "term", termMin, "amount", amountMin, "eligibility", eligibility,
                    "criteria", criteria, "responseDays", days), () -> {
                        Bank b = productBank.getValue();
                        directory.saveProduct(new BankProduct(0, b == null ? 0 : b.id(), null, name.getValue(),
                                kind.getValue(), rateMin.getValue(), rateMax.getValue(),
                                termMin.getValue() == null ? 0 : termMin.getValue(),
                                termMax.getValue() == null ? 0 : termMax.getValue(), amountMin.getValue(),
                                amountMax.getValue(), eligibility.getValue(), Criterion.parse(criteria.getValue()),
                                days.getValue(), true));
                    })) {
                refresh();
            }
        });
        save.setId("finance-product-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new FormLayout(productBank, name, kind, rateMin, rateMax, termMin, termMax, amountMin, amountMax,
                eligibility, criteria, days, save);
    }
}
