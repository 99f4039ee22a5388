package cn.gov.laoshan.district.servicehall.experience.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.plugin.ClientAddress;
import cn.gov.laoshan.district.servicehall.experience.domain.OfficerCategory;
import cn.gov.laoshan.district.servicehall.experience.service.ExperienceService;
import cn.gov.laoshan.district.servicehall.service.PublicBooking;
import cn.gov.laoshan.district.servicehall.ui.MobileCode;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * A person applies to be a 政务体验官 online ({@code /servicehall/experience-apply}, no account): name, who they are
 * (人大代表, 政协委员, 企业家代表, 社区居民), the login they want, why, and their mobile proved with a one-time code
 * ({@link MobileCode}). The centre approves it on 政务体验官; the approval makes their individual account and texts the
 * first password to this mobile.
 */
public class PublicOfficerApplicationView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("servicehall-officer-apply-error");

    public PublicOfficerApplicationView(ExperienceService experience, PublicBooking codes, ClientAddress address) {
        setId("servicehall-officer-apply");
        setMaxWidth("48em");
        TextField name = new TextField(getTranslation("servicehall.experience.apply.name"));
        name.setId("servicehall-officer-apply-name");
        Select<OfficerCategory> category = new Select<>();
        category.setLabel(getTranslation("servicehall.experience.officer.category"));
        category.setItems(OfficerCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("servicehall.experience.category." + c));
        category.setValue(OfficerCategory.RESIDENT);
        category.setId("servicehall-officer-apply-category");
        TextField login = new TextField(getTranslation("servicehall.experience.apply.login"));
        login.setHelperText(getTranslation("servicehall.experience.apply.login-hint"));
        login.setId("servicehall-officer-apply-login");
        MobileCode proof = new MobileCode(this, "servicehall-officer-apply", STEPS, codes, address);
        TextArea motivation = new TextArea(getTranslation("servicehall.experience.apply.motivation"));
        motivation.setMaxLength(1000);
        motivation.setId("servicehall-officer-apply-motivation");
        Paragraph done = new Paragraph();
        done.setId("servicehall-officer-apply-confirmation");
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("category", category);
        fields.put("login", login);
        fields.put("mobile", proof.mobile());
        fields.put("motivation", motivation);
        Button apply = new Button(getTranslation("servicehall.experience.apply.send"), e -> {
            Boolean sent = proof.submit(this, fields,
                    () -> experience.validateOnline(login.getValue(), name.getValue(), category.getValue(),
                            proof.mobile().getValue(), motivation.getValue()),
                    () -> {
                        experience.applyOnline(login.getValue(), name.getValue(), category.getValue(),
                                proof.mobile().getValue(), motivation.getValue());
                        return Boolean.TRUE;
                    });
            if (sent != null) {
                done.setText(getTranslation("servicehall.experience.apply.sent", login.getValue().strip()));
            }
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("servicehall-officer-apply-send");
        FormLayout form = new FormLayout(name, category, login, motivation);
        form.setColspan(motivation, 2);
        form.add(proof.fields());
        add(new H2(getTranslation("servicehall.experience.apply.title")),
                new Paragraph(getTranslation("servicehall.experience.apply.intro")), form, apply, done);
    }
}
