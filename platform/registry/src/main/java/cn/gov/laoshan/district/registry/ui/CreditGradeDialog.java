package cn.gov.laoshan.district.registry.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;

/**
 * Sets an enterprise's credit grade, only with a reason: the facts service refuses a missing one (shown under the
 * reason field) and audits the change with it. The registration form shows the grade but never changes it.
 */
final class CreditGradeDialog extends Dialog {

    CreditGradeDialog(EnterpriseFactsService facts, Uscc uscc, CreditGrade current, Consumer<CreditGrade> set) {
        setId("registry-grade-dialog");
        setHeaderTitle(getTranslation("registry.grade.title"));
        setWidth("480px");
        Select<CreditGrade> grade = new Select<>();
        grade.setId("registry-grade");
        grade.setLabel(getTranslation("registry.field.credit"));
        grade.setItems(CreditGrade.values());
        grade.setEmptySelectionAllowed(true);
        grade.setEmptySelectionCaption(getTranslation("registry.grade.none"));
        grade.setItemLabelGenerator(g -> g == null ? getTranslation("registry.grade.none") : g.name());
        grade.setValue(current);
        TextArea reason = new TextArea(getTranslation("registry.grade.reason"));
        reason.setId("registry-grade-reason");
        reason.setPlaceholder(getTranslation("registry.grade.reason.placeholder"));
        reason.setMaxLength(500);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        FormLayout form = new FormLayout(grade, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button cancel = new Button(getTranslation("registry.action.cancel"), e -> close());
        Button save = new Button(getTranslation("registry.action.save"), e -> {
            if (FactSteps.run(this, Map.of("理由", reason, "信用等级", grade),
                    () -> facts.setCreditGrade(uscc, grade.getValue(), reason.getValue()))) {
                close();
                set.accept(grade.getValue());
            }
        });
        save.setId("registry-grade-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }
}
