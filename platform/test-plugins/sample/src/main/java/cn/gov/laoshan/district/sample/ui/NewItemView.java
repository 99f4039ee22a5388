package cn.gov.laoshan.district.sample.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.sample.domain.Item;
import cn.gov.laoshan.district.sample.service.ItemService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.UnsavedChanges;

/** Registers a record: every input is checked by the service and a refusal is shown at its field. */
public class NewItemView extends VerticalLayout {

    public NewItemView(ItemService items) {
        setId("sample-new-item");
        TextField title = field("title", "sample.item.title");
        TextField applicant = field("applicant", "sample.item.applicant");
        TextField phone = field("phone", "sample.item.phone");
        DatePicker receivedOn = Dates.bound(Dates.picker(new DatePicker(getTranslation("sample.item.received-on")),
                getLocale()), items.receivedOnBounds(), getLocale());
        receivedOn.setId("sample-receivedOn");
        FormLayout form = new FormLayout(title, applicant, phone, receivedOn);
        UnsavedChanges unsaved = UnsavedChanges.guard(this).trackAll(form);
        Button save = new Button(getTranslation("sample.save"), e -> {
            Item saved = Steps.standard("sample-error").withSavedKey("sample.saved").call(this, Map.of("title", title,
                    "applicant", applicant, "phone", phone, "receivedOn", receivedOn), () -> items.create(
                            new Item.Draft(title.getValue(), applicant.getValue(), phone.getValue(),
                                    receivedOn.getValue())));
            if (saved != null) {
                unsaved.saved();
                getUI().ifPresent(ui -> ui.navigate("sample/items/" + saved.id()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("sample-save");
        add(new H2(getTranslation("sample.screen.new")), form, save);
    }

    private TextField field(String name, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId("sample-" + name);
        return field;
    }
}
