package cn.gov.laoshan.district.market.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.market.domain.Licence;
import cn.gov.laoshan.district.market.domain.LicenceType;
import cn.gov.laoshan.district.market.service.LicenceService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.EnterprisePicker;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.UnsavedChanges;

/**
 * 发证: staff record a licence issued to a registry enterprise; the expiry follows from the type's validity (typed
 * only for a type that leaves it to the licence), the window and reminders from the type.
 */
public class NewLicenceView extends VerticalLayout {

    public NewLicenceView(LicenceService licences, EnterpriseRegistry registry, AccessControl access) {
        setId("market-new-licence");
        ComboBox<LicenceType> type = new ComboBox<>(getTranslation("market.licence.type"), licences.types());
        type.setItemLabelGenerator(t -> t.name(getLocale()));
        type.setId("market-new-type");
        EnterprisePicker holder = new EnterprisePicker(registry, access);
        holder.setLabel(getTranslation("market.licence.holder"));
        holder.setId("market-new-holder");
        TextField scope = text("scope", "market.licence.scope");
        TextField premises = text("premises", "market.licence.premises");
        TextField keyStaff = text("keyStaff", "market.licence.key-staff");
        DatePicker issued = Dates.bound(Dates.picker(new DatePicker(getTranslation("market.licence.issued")),
                getLocale()), licences.issuedOnBounds(), getLocale());
        issued.setId("market-new-issuedOn");
        DatePicker expires = Dates.picker(new DatePicker(getTranslation("market.licence.expires")), getLocale());
        expires.setId("market-new-expiresOn");
        type.addValueChangeListener(e -> expires.setEnabled(e.getValue() == null || e.getValue().validityMonths() == null));
        holder.addValueChangeListener(e -> {
            if (e.getValue() != null && premises.isEmpty() && e.getValue().address() != null) {
                premises.setValue(e.getValue().address());
            }
        });
        FormLayout form = new FormLayout(type, holder, scope, premises, keyStaff, issued, expires);
        UnsavedChanges unsaved = UnsavedChanges.guard(this).trackAll(form);
        Button save = new Button(getTranslation("market.save"), e -> {
            Licence saved = Steps.standard("market-error").withSavedKey("market.saved").call(this, Map.of("type", type,
                    "holder", holder, "scope", scope, "premises", premises, "keyStaff", keyStaff, "issuedOn", issued,
                    "expiresOn", expires), () -> licences.issue(new LicenceService.Draft(
                            type.getValue() == null ? null : type.getValue().code(),
                            holder.getValue() == null ? null : holder.getValue().uscc().toString(),
                            holder.getValue() == null ? null : holder.getValue().name(), scope.getValue(),
                            premises.getValue(), keyStaff.getValue(), issued.getValue(), expires.getValue())));
            if (saved != null) {
                unsaved.saved();
                getUI().ifPresent(ui -> ui.navigate("market/licences/" + saved.id()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("market-new-save");
        add(new H2(getTranslation("market.screen.new")), form, save);
    }

    private TextField text(String id, String key) {
        TextField field = new TextField(getTranslation(key));
        field.setId("market-new-" + id);
        return field;
    }
}
