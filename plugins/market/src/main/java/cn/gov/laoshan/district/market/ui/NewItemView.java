package cn.gov.laoshan.district.market.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.market.domain.Item;
import cn.gov.laoshan.district.market.service.ItemService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.UnsavedChanges;

/** Registers a record: every input is checked by the service and a refusal is shown at its field. */
public class NewItemView extends VerticalLayout {

    public NewItemView(ItemService items) {
        setId("market-new-item");
        TextField title = field("title", "market.item.title");
        TextField applicant = field("applicant", "market.item.applicant");
        TextField phone = field("phone", "market.item.phone");
        DatePicker receivedOn = Dates.bound(Dates.picker(new DatePicker(getTranslation("market.item.received-on")),
                getLocale()), items.receivedOnBounds(), getLocale());
        receivedOn.setId("market-receivedOn");
        FormLayout form = new FormLayout(title, applicant, phone, receivedOn);
        UnsavedChanges unsaved = UnsavedChanges.guard(this).trackAll(form);
        Button save = new Button(getTranslation("market.save"), e -> {
            Item saved = Steps.standard("market-error").withSavedKey("market.saved").call(this, Map.of("title", title,
                    "applicant", applicant, "phone", phone, "receivedOn", receivedOn), () -> items.create(
                            new Item.Draft(title.getValue(), applicant.getValue(), phone.getValue(),
                                    receivedOn.getValue())));
            if (saved != null) {
                unsaved.saved();
                getUI().ifPresent(ui -> ui.navigate("market/items/" + saved.id()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("market-save");
        add(new H2(getTranslation("market.screen.new")), form, save);
    }

    private TextField field(String name, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId("market-" + name);
        return field;
    }
}
