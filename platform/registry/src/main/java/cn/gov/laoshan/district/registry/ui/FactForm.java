package cn.gov.laoshan.district.registry.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.uikit.Steps;

/**
 * One change of an enterprise's facts as a form on the page's 企业事实 tab, folded under its title until opened: its
 * fields, keyed by the service's field names (年度, 数值, 理由, …); 保存 marks empty required fields, then runs the
 * service call through {@link FactSteps} — each problem the service finds is shown under its field and nothing is
 * written — and on success tells {@code saved}; 撤销 drops what was typed. A value the user types tells
 * {@code edits} the form is changed (the page's guard against leaving with unsaved changes); saving or dropping it
 * makes it clean again. Element ids: the form's, {@code <id>-save}, {@code <id>-discard}.
 */
final class FactForm extends Details {

    /** A field of the form: its name in the service's problems, and whether the form itself requires a value. */
    record Field(String name, Component component, boolean required) {
    }

    interface Step {
        void run();
    }

    /** Told when the user changes a form and when it is clean again (saved or dropped), by the form's key. */
    interface Edits {
        void changed(String form);

        void clean(String form);
    }

    /** What a form needs besides its fields: its key among the page's forms, what to do after a save or a discard. */
    record Hooks(String key, Edits edits, Runnable saved, Runnable discarded) {
    }

    FactForm(String id, String title, List<Field> fields, Step step, Hooks hooks) {
        setId(id);
        setSummaryText(title);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("420px", 2),
                new FormLayout.ResponsiveStep("900px", 3));
        Map<String, HasValidation> byName = new LinkedHashMap<>();
        for (Field field : fields) {
            form.add(field.component());
            byName.put(field.name(), (HasValidation) field.component());
            if (field.component() instanceof HasValue<?, ?> value) {
                value.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        hooks.edits().changed(hooks.key());
                    }
                });
            }
        }
        Button discard = new Button(getTranslation("registry.facts.discard"), e -> {
            hooks.edits().clean(hooks.key());
            hooks.discarded().run();
        });
        discard.setId(id + "-discard");
        Button save = new Button(getTranslation("registry.action.save"), e -> {
            boolean missing = false;
            for (Field field : fields) {
                if (field.required() && field.component() instanceof HasValue<?, ?> value && value.isEmpty()) {
                    Steps.markInvalid((HasValidation) field.component(), getTranslation("registry.required"));
                    missing = true;
                }
            }
            if (!missing && FactSteps.run(this, byName, step::run)) {
                hooks.edits().clean(hooks.key());
                hooks.saved().run();
            }
        });
        save.setId(id + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        discard.addThemeVariants(ButtonVariant.LUMO_SMALL);
        VerticalLayout content = new VerticalLayout(form, new HorizontalLayout(save, discard));
        content.setPadding(false);
        add(content);
        getElement().getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0 var(--lumo-space-s)").set("box-sizing", "border-box");
        setWidthFull();
    }
}
