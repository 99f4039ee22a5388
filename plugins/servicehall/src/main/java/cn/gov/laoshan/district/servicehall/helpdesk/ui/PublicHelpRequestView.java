package cn.gov.laoshan.district.servicehall.helpdesk.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.plugin.ClientAddress;
import cn.gov.laoshan.district.servicehall.domain.ServiceItem;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpChannel;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpMode;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpNeed;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpRequest;
import cn.gov.laoshan.district.servicehall.helpdesk.service.HelpdeskService;
import cn.gov.laoshan.district.servicehall.service.CatalogueService;
import cn.gov.laoshan.district.servicehall.service.PublicBooking;
import cn.gov.laoshan.district.servicehall.ui.MobileCode;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * The residents' online side of 帮办代办 ({@code /servicehall/help-request}, no account): a relative (or the person)
 * asks for a home visit or help at the hall; the mobile is proved with the booking page's one-time code (same
 * limits), the form checked before the code is used up; the request is routed by its address like one taken by phone.
 */
public class PublicHelpRequestView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("servicehall-help-public-error");

    public PublicHelpRequestView(HelpdeskService helpdesk, CatalogueService catalogue, PublicBooking codes,
            ClientAddress address) {
        setId("servicehall-help-public");
        setMaxWidth("52em");
        TextField caller = text("servicehall.helpdesk.caller", "servicehall-help-caller");
        MobileCode proof = new MobileCode(this, "servicehall-help", STEPS, codes, address);
        TextField mobile = proof.mobile();
        TextField person = text("servicehall.helpdesk.person", "servicehall-help-person");
        person.setHelperText(getTranslation("servicehall.helpdesk.person-hint"));
        TextField relation = text("servicehall.helpdesk.relation", "servicehall-help-relation");
        TextField idNumber = text("servicehall.helpdesk.id-number", "servicehall-help-id-number");
        Select<HelpNeed> need = new Select<>();
        need.setLabel(getTranslation("servicehall.helpdesk.need"));
        need.setItems(HelpNeed.values());
        need.setItemLabelGenerator(n -> getTranslation("servicehall.helpdesk.need." + n));
        need.setValue(HelpNeed.ELDERLY);
        Select<HelpMode> mode = new Select<>();
        mode.setLabel(getTranslation("servicehall.helpdesk.mode"));
        mode.setItems(HelpMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("servicehall.helpdesk.mode." + m));
        mode.setValue(HelpMode.HOME_VISIT);
        ComboBox<ServiceItem> item = new ComboBox<>(getTranslation("servicehall.helpdesk.item"));
        item.setItems(catalogue.offeredItems());
        item.setItemLabelGenerator(i -> i.code() + " " + i.name());
        item.setId("servicehall-help-item");
        TextField where = text("servicehall.helpdesk.address", "servicehall-help-address");
        DatePicker day = Dates.picker(new DatePicker(getTranslation("servicehall.helpdesk.preferred-on")), getLocale());
        day.setValue(helpdesk.today().plusDays(1));
        Select<String> period = new Select<>();
        period.setLabel(getTranslation("servicehall.helpdesk.period"));
        period.setItems("MORNING", "AFTERNOON");
        period.setItemLabelGenerator(p -> getTranslation("servicehall.helpdesk.period." + p));
        period.setValue("MORNING");
        Paragraph done = new Paragraph();
        done.setId("servicehall-help-confirmation");
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("callerName", caller);
        fields.put("callerMobile", mobile);
        fields.put("personName", person);
        fields.put("relation", relation);
        fields.put("personIdNumber", idNumber);
        fields.put("itemCode", item);
        fields.put("address", where);
        fields.put("preferredOn", day);
        Button ask = new Button(getTranslation("servicehall.helpdesk.public.send"), e -> {
            Supplier<HelpRequest.Intake> in = () -> new HelpRequest.Intake(HelpChannel.ONLINE, mode.getValue(),
                    caller.getValue(), mobile.getValue(), person.getValue(), idNumber.getValue(), relation.getValue(),
                    need.getValue(), item.getValue() == null ? null : item.getValue().code(), where.getValue(),
                    day.getValue(), period.getValue());
            HelpRequest r = proof.submit(this, fields, () -> helpdesk.validate(in.get()),
                    () -> helpdesk.takeOnline(in.get()));
            if (r != null) {
                done.setText(getTranslation("servicehall.helpdesk.public.sent", r.number(), r.groupName()));
            }
        });
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.setId("servicehall-help-send");
        // the mobile, its code button and the code last, as on every public page (MobileCode.fields)
        FormLayout form = new FormLayout(caller, person, relation, idNumber, need, mode, item, where, day, period);
        form.add(proof.fields());
        add(new H2(getTranslation("servicehall.helpdesk.public.title")),
                new Paragraph(getTranslation("servicehall.helpdesk.public.intro")), form, ask, done);
    }

    private TextField text(String key, String id) {
        TextField f = new TextField(getTranslation(key));
        f.setId(id);
        return f;
    }
}
