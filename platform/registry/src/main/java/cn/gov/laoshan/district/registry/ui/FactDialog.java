package cn.gov.laoshan.district.registry.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;

import cn.gov.laoshan.district.uikit.Steps;

/**
 * One change of an enterprise's facts as a small form: its fields, keyed by the service's field names (年度, 数值, 理由,
 * …); 保存 marks empty required fields, then runs the service call through {@link FactSteps} — each problem the
 * service finds is shown under its field and nothing is written — and closes on success.
 */
final class FactDialog extends Dialog {

    /** A field of the form: its name in the service's problems, and whether the form itself requires a value. */
    record Field(String name, Component component, boolean required) {
    }

    interface Step {
        void run();
    }

    FactDialog(String id, String title, List<Field> fields, Step step, Runnable saved) {
        setId(id);
        setHeaderTitle(title);
        setWidth("520px");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("420px", 2));
        Map<String, HasValidation> byName = new LinkedHashMap<>();
        for (Field field : fields) {
            form.add(field.component());
            byName.put(field.name(), (HasValidation) field.component());
        }
        add(form);
        Button cancel = new Button(getTranslation("registry.action.cancel"), e -> close());
        cancel.setId("registry-fact-cancel");
        Button save = new Button(getTranslation("registry.action.save"), e -> {
            boolean missing = false;
            for (Field field : fields) {
                if (field.required() && field.component() instanceof HasValue<?, ?> value && value.isEmpty()) {
                    Steps.markInvalid((HasValidation) field.component(), getTranslation("registry.required"));
                    missing = true;
                }
            }
            if (!missing && FactSteps.run(this, byName, step::run)) {
                close();
                saved.run();
            }
        });
        save.setId("registry-fact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }
}
