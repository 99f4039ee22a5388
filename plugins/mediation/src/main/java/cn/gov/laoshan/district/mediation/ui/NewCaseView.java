package cn.gov.laoshan.district.mediation.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.mediation.domain.CaseType;
import cn.gov.laoshan.district.mediation.domain.IntakeChannel;
import cn.gov.laoshan.district.mediation.domain.MediationCase;
import cn.gov.laoshan.district.mediation.domain.Party;
import cn.gov.laoshan.district.mediation.domain.PartyRole;
import cn.gov.laoshan.district.mediation.service.CaseService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.EnterprisePicker;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.UnsavedChanges;

/** Registers a case: type, intake, the parties (persons, or enterprises picked from the registry), facts, claims. */
public class NewCaseView extends VerticalLayout {

    private final CaseService cases;
    private final EnterpriseRegistry registry;
    private final AccessControl access;
    private final Select<CaseType> type = new Select<>();
    private final Select<IntakeChannel> channel = new Select<>();
    private final DatePicker appliedOn = Dates.picker(new DatePicker(), getLocale());
    private final PartyForm applicant;
    private final PartyForm respondent;
    private final TextArea facts = new TextArea();
    private final TextArea claims = new TextArea();
    private final BigDecimalField amount = new BigDecimalField();
    private final UnsavedChanges unsaved = UnsavedChanges.guard(this);

    /** @param access to tell a user who may not read the registry at once, at the enterprise fields */
    public NewCaseView(CaseService cases, EnterpriseRegistry registry, AccessControl access) {
        this.cases = cases;
        this.registry = registry;
        this.access = access;
        setId("mediation-new");
        setMaxWidth("60rem");
        type.setLabel(getTranslation("mediation.case.type"));
        type.setId("new-type");
        type.setItems(CaseType.values());
        type.setItemLabelGenerator(t -> getTranslation("mediation.type." + t));
        channel.setLabel(getTranslation("mediation.case.channel"));
        channel.setId("new-channel");
        channel.setItems(IntakeChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation("mediation.channel." + c));
        channel.setValue(IntakeChannel.WALK_IN);
        appliedOn.setLabel(getTranslation("mediation.case.applied-on"));
        appliedOn.setId("new-applied-on");
        appliedOn.setValue(cases.today());
        appliedOn.setRequired(true);
        Dates.bound(appliedOn, cases.appliedOnBounds(), getLocale());
        facts.setRequired(true);
        applicant = new PartyForm(PartyRole.APPLICANT, "new-applicant");
        respondent = new PartyForm(PartyRole.RESPONDENT, "new-respondent");
        facts.setLabel(getTranslation("mediation.case.facts"));
        facts.setId("new-facts");
        facts.setMaxLength(4000);
        claims.setLabel(getTranslation("mediation.case.claims"));
        claims.setId("new-claims");
        amount.setLabel(getTranslation("mediation.case.amount"));
        amount.setId("new-amount");
        Button save = new Button(getTranslation("mediation.new.save"), e -> save());
        save.setId("new-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout head = new FormLayout(type, channel, appliedOn);
        FormLayout body = new FormLayout(facts, claims, amount);
        body.setColspan(facts, 2);
        add(head, new H3(getTranslation("mediation.role.APPLICANT")), applicant,
                new H3(getTranslation("mediation.role.RESPONDENT")), respondent, body, save);
        unsaved.trackAll(this);
    }

    /** The form's fields by the names the service's refusals use. */
    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>(Map.<String, HasValidation>of("type", type, "channel", channel,
                "appliedOn", appliedOn, "facts", facts, "claimAmount", amount));
        applicant.fields(fields);
        respondent.fields(fields);
        return fields;
    }

    private void save() {
        List<Party> parties = new ArrayList<>();
        parties.add(applicant.party());
        parties.add(respondent.party());
        MediationCase registered = Steps.standard("new-error").call(this, fields(), () -> cases.register(
                new CaseService.NewCase(type.getValue(), channel.getValue(), appliedOn.getValue(), parties,
                        facts.getValue(), claims.getValue(), amount.getValue())));
        if (registered != null) {
            unsaved.saved();
            Notification.show(getTranslation("mediation.new.registered", registered.number()), 5000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("mediation/cases/" + registered.id()));
        }
    }

    /** One party: a person (name, ID number, phone) or an enterprise picked by USCC or name from the registry. */
    private final class PartyForm extends FormLayout {
        private final PartyRole role;
        private final RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>();
        private final TextField name = new TextField();
        private final TextField idNumber = new TextField();
        private final TextField phone = new TextField();
        private final EnterprisePicker enterprise = new EnterprisePicker(registry, access);

        PartyForm(PartyRole role, String id) {
            this.role = role;
            setId(id);
            kind.setItems(false, true);
            kind.setItemLabelGenerator(e -> getTranslation(e ? "mediation.party.enterprise" : "mediation.party.person"));
            kind.setValue(role == PartyRole.RESPONDENT);
            kind.setId(id + "-kind");
            name.setLabel(getTranslation("mediation.party.name"));
            name.setId(id + "-name");
            idNumber.setLabel(getTranslation("mediation.party.id"));
            idNumber.setId(id + "-id");
            phone.setLabel(getTranslation("mediation.party.phone"));
            phone.setId(id + "-phone");
            phone.setHelperText(getTranslation("mediation.party.phone-hint"));
            enterprise.setLabel(getTranslation("mediation.party.enterprise-pick"));
            enterprise.setId(id + "-enterprise");
            kind.addValueChangeListener(e -> show(e.getValue()));
            add(kind, name, idNumber, enterprise, phone);
            setColspan(kind, 2);
            show(kind.getValue());
        }

        /** This party's fields, named as the service's refusals name them ({@code applicant.phone}, ...). */
        void fields(Map<String, HasValidation> into) {
            String at = role.name().toLowerCase(java.util.Locale.ROOT) + ".";
            into.put(at + "name", name);
            into.put(at + "id", idNumber);
            into.put(at + "phone", phone);
            into.put(at + "enterprise", enterprise);
        }

        private void show(boolean isEnterprise) {
            name.setVisible(!isEnterprise);
            idNumber.setVisible(!isEnterprise);
            enterprise.setVisible(isEnterprise);
        }

        Party party() {
            if (Boolean.TRUE.equals(kind.getValue())) {
                Enterprise picked = enterprise.getValue();
                return Party.enterprise(role, picked == null ? "" : picked.name(),
                        picked == null ? "" : picked.uscc().toString(), phone.getValue());
            }
            return Party.person(role, name.getValue(), idNumber.getValue(), phone.getValue());
        }
    }
}
