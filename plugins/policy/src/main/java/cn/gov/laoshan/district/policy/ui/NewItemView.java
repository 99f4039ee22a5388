package cn.gov.laoshan.district.policy.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.policy.domain.Item;
import cn.gov.laoshan.district.policy.service.ItemService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.UnsavedChanges;

/** Registers a record: every input is checked by the service and a refusal is shown at its field. */
public class NewItemView extends VerticalLayout {

    public NewItemView(ItemService items) {
        setId("policy-new-item");
        TextField title = field("title", "policy.item.title");
        TextField applicant = field("applicant", "policy.item.applicant");
        TextField phone = field("phone", "policy.item.phone");
        DatePicker receivedOn = Dates.bound(Dates.picker(new DatePicker(getTranslation("policy.item.received-on")),
                getLocale()), items.receivedOnBounds(), getLocale());
        receivedOn.setId("policy-receivedOn");
        FormLayout form = new FormLayout(title, applicant, phone, receivedOn);
        UnsavedChanges unsaved = UnsavedChanges.guard(this).trackAll(form);
        Button save = new Button(getTranslation("policy.save"), e -> {
            Item saved = Steps.standard("policy-error").withSavedKey("policy.saved").call(this, Map.of("title", title,
                    "applicant", applicant, "phone", phone, "receivedOn", receivedOn), () -> items.create(
                            new Item.Draft(title.getValue(), applicant.getValue(), phone.getValue(),
                                    receivedOn.getValue())));
            if (saved != null) {
                unsaved.saved();
                getUI().ifPresent(ui -> ui.navigate("policy/items/" + saved.id()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("policy-save");
        add(new H2(getTranslation("policy.screen.new")), form, save);
    }

    private TextField field(String name, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId("policy-" + name);
        return field;
    }
}
