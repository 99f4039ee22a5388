package cn.gov.laoshan.district.policy.delivery.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.policy.delivery.domain.PolicyApplication;
import cn.gov.laoshan.district.policy.delivery.service.ApplicationService;
import cn.gov.laoshan.district.policy.delivery.service.ApplicationService.Published;
import cn.gov.laoshan.district.uikit.BackLink;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.money.YuanField;

/**
 * 快申快享 (an enterprise's users): apply for a published policy with the enterprise's facts from the registry
 * filled in, a statement, the amount asked and the account to pay into; the files are added on the application's page.
 */
public class ApplyView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("policy-apply-error");

    public ApplyView(ApplicationService applications) {
        setId("policy-apply");
        add(BackLink.to("policy/my-entitlements", getTranslation("policy.delivery.screen.mine")),
                new H2(getTranslation("policy.delivery.screen.apply")),
                new Paragraph(getTranslation("policy.delivery.apply.intro")));
        ComboBox<Published> policy = new ComboBox<>(getTranslation("policy.delivery.policy"));
        policy.setId("policy-apply-policy");
        policy.setWidthFull();
        policy.setItemLabelGenerator(p -> p.code() + " " + p.title());
        policy.setItems(query -> applications.policies(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        TextArea facts = new TextArea(getTranslation("policy.delivery.facts"));
        facts.setId("policy-apply-facts");
        facts.setReadOnly(true);
        facts.setWidthFull();
        String known = applications.ownFacts();
        facts.setValue(known.isEmpty() ? getTranslation("policy.delivery.facts-none") : known);
        TextArea statement = new TextArea(getTranslation("policy.delivery.statement"));
        statement.setId("policy-apply-statement");
        statement.setWidthFull();
        statement.setMaxLength(2000);
        YuanField asked = new YuanField(getTranslation("policy.delivery.asked"));
        asked.setId("policy-apply-asked");
        TextField bank = new TextField(getTranslation("policy.delivery.bank"));
        bank.setId("policy-apply-bank");
        TextField name = new TextField(getTranslation("policy.delivery.account-name"));
        name.setId("policy-apply-account-name");
        TextField number = new TextField(getTranslation("policy.delivery.account-number"));
        number.setId("policy-apply-account-number");
        Button submit = new Button(getTranslation("policy.delivery.apply.submit"), click -> {
            if (asked.hasBadInput()) {
                return;
            }
            PolicyApplication made = STEPS.call(this, Map.of("policy", policy, "statement", statement, "asked", asked,
                    "bank", bank, "accountName", name, "number", number), () -> applications.apply(
                            policy.getValue() == null ? null : policy.getValue().id(), statement.getValue(),
                            asked.getValue(), bank.getValue(), name.getValue(), number.getValue()));
            if (made != null) {
                getUI().ifPresent(ui -> ui.navigate("policy/applications/" + made.id()));
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("policy-apply-submit");
        add(policy, facts, statement, asked, new HorizontalLayout(bank, name, number), submit);
    }
}
