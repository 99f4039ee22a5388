package cn.gov.laoshan.district.finance.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.finance.domain.FinancingDemand;
import cn.gov.laoshan.district.finance.service.FinancingService;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.money.YuanField;

/**
 * A financing demand entered: amount in yuan, term in months, purpose, collateral and guarantee offered; staff name
 * the enterprise by its USCC, an enterprise's user enters for its own.
 */
class DemandForm extends FormLayout {

    DemandForm(FinancingService financing, boolean staff, Consumer<FinancingDemand> saved) {
        setId("finance-demand-form");
        TextField uscc = new TextField(getTranslation("finance.equity.uscc"));
        uscc.setId("finance-demand-uscc");
        YuanField amount = new YuanField(getTranslation("finance.demand.amount"));
        amount.setId("finance-demand-amount");
        IntegerField term = new IntegerField(getTranslation("finance.demand.term"));
        term.setId("finance-demand-term");
        term.setMin(1);
        term.setMax(360);
        TextArea purpose = new TextArea(getTranslation("finance.demand.purpose"));
        purpose.setId("finance-demand-purpose");
        TextField collateral = new TextField(getTranslation("finance.demand.collateral"));
        collateral.setId("finance-demand-collateral");
        TextField guarantee = new TextField(getTranslation("finance.demand.guarantee"));
        guarantee.setId("finance-demand-guarantee");
        Button submit = new Button(getTranslation("finance.demand.submit"), e -> {
            FinancingDemand made = Steps.standard("finance-demand-form-error").call(this, Map.of("uscc", uscc,
                    "amount", amount, "termMonths", term, "purpose", purpose, "collateral", collateral,
                    "guarantee", guarantee), () -> financing.submit(new FinancingDemand.Draft(
                            staff ? uscc.getValue() : null, amount.getValue(),
                            term.getValue() == null ? 0 : term.getValue(), purpose.getValue(), collateral.getValue(),
                            guarantee.getValue())));
            if (made != null) {
                amount.clear();
                term.clear();
                purpose.clear();
                collateral.clear();
                guarantee.clear();
                saved.accept(made);
            }
        });
        submit.setId("finance-demand-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (staff) {
            add(uscc);
        }
        add(amount, term, purpose, collateral, guarantee, submit);
    }
}
