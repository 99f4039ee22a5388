package cn.gov.laoshan.district.servicehall.founding.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.plugin.ClientAddress;
import cn.gov.laoshan.district.servicehall.founding.domain.EntityType;
import cn.gov.laoshan.district.servicehall.founding.domain.FoundingOrder;
import cn.gov.laoshan.district.servicehall.founding.service.FoundingService;
import cn.gov.laoshan.district.servicehall.service.PublicBooking;
import cn.gov.laoshan.district.servicehall.ui.MobileCode;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * The founders' public page ({@code /servicehall/founding}, no account): name, mobile, the enterprise's proposed
 * name, its kind and address, the code sent to the mobile — and one tap orders the free agency with its free seal
 * set. The mobile is proved with the booking page's one-time code (same limits per mobile and client address).
 */
public class PublicFoundingView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("servicehall-founding-public-error");

    public PublicFoundingView(FoundingService founding, PublicBooking codes, ClientAddress address) {
        setId("servicehall-founding-public");
        setMaxWidth("48em");
        TextField name = new TextField(getTranslation("servicehall.founding.founder"));
        name.setId("servicehall-founding-founder");
        MobileCode proof = new MobileCode(this, "servicehall-founding", STEPS, codes, address);
        TextField mobile = proof.mobile();
        TextField proposed = new TextField(getTranslation("servicehall.founding.proposed-name"));
        proposed.setId("servicehall-founding-proposed");
        Select<EntityType> type = new Select<>();
        type.setLabel(getTranslation("servicehall.founding.type"));
        type.setItems(EntityType.values());
        type.setItemLabelGenerator(t -> getTranslation("servicehall.founding.type." + t));
        type.setValue(EntityType.LLC);
        type.setId("servicehall-founding-type");
        TextField where = new TextField(getTranslation("servicehall.founding.address"));
        where.setId("servicehall-founding-address");
        Paragraph done = new Paragraph();
        done.setId("servicehall-founding-confirmation");
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("founderName", name);
        fields.put("founderMobile", mobile);
        fields.put("proposedName", proposed);
        fields.put("address", where);
        Button order = new Button(getTranslation("servicehall.founding.order"), e -> {
            Supplier<FoundingOrder.Intake> in = () -> new FoundingOrder.Intake(name.getValue(), mobile.getValue(),
                    proposed.getValue(), type.getValue(), where.getValue());
            FoundingOrder o = proof.submit(this, fields, () -> founding.validate(in.get()), () -> founding.order(in.get()));
            if (o != null) {
                done.setText(getTranslation("servicehall.founding.ordered", o.number(), o.agencyName()));
            }
        });
        order.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        order.setId("servicehall-founding-order");
        add(new H2(getTranslation("servicehall.founding.public.title")),
                new Paragraph(getTranslation("servicehall.founding.public.intro")),
                form(name, proposed, type, where, proof), order, done);
    }

    /** The form's fields, then the mobile, its code button and the code. */
    private static FormLayout form(TextField name, TextField proposed, Select<EntityType> type, TextField where,
            MobileCode proof) {
        FormLayout form = new FormLayout(name, proposed, type, where);
        form.add(proof.fields());
        return form;
    }
}
