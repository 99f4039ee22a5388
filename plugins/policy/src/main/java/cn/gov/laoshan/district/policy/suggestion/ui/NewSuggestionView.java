package cn.gov.laoshan.district.policy.suggestion.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.policy.suggestion.domain.Channel;
import cn.gov.laoshan.district.policy.suggestion.domain.Suggestion;
import cn.gov.laoshan.district.policy.suggestion.domain.Visibility;
import cn.gov.laoshan.district.policy.suggestion.service.SuggestionService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.EnterprisePicker;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.UnsavedChanges;

/**
 * Staff enter a suggestion along one of the four lines for an enterprise of the registry: where it came from (the
 * forum, the hotline or window, the visit and liaison officer, the association), when, who may see it, and what
 * was said. The service checks every input; a refusal is shown at its field. Files are added on its page.
 */
public class NewSuggestionView extends VerticalLayout {

    public NewSuggestionView(SuggestionService suggestions, EnterpriseRegistry registry, AccessControl access) {
        setId("policy-new-suggestion");
        ComboBox<Channel> channel = new ComboBox<>(getTranslation("policy.suggestion.channel"), Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("policy.channel." + c));
        channel.setId("policy-channel");
        TextField source = new TextField(getTranslation("policy.suggestion.source"));
        source.setId("policy-source");
        channel.addValueChangeListener(e -> source.setHelperText(e.getValue() == null ? null
                : getTranslation("policy.source.hint." + e.getValue())));
        EnterprisePicker enterprise = new EnterprisePicker(registry, access);
        enterprise.setLabel(getTranslation("policy.suggestion.enterprise"));
        enterprise.setId("policy-enterprise");
        DatePicker receivedOn = Dates.bound(Dates.picker(new DatePicker(getTranslation(
                "policy.suggestion.received-on")), getLocale()), suggestions.receivedOnBounds(), getLocale());
        receivedOn.setValue(suggestions.today());
        receivedOn.setId("policy-receivedOn");
        RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>(getTranslation("policy.suggestion.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("policy.visibility." + v));
        visibility.setValue(Visibility.HANDLERS);
        visibility.setId("policy-visibility");
        TextArea text = new TextArea(getTranslation("policy.suggestion.text"));
        text.setMaxLength(2000);
        text.setId("policy-text");
        FormLayout form = new FormLayout(channel, source, enterprise, receivedOn, visibility, text);
        form.setColspan(text, 2);
        UnsavedChanges unsaved = UnsavedChanges.guard(this).trackAll(form);
        Button save = new Button(getTranslation("policy.save"), e -> {
            Enterprise picked = enterprise.getValue();
            Suggestion saved = Steps.standard("policy-error").withSavedKey("policy.saved").call(this,
                    Map.of("channel", channel, "source", source, "enterprise", enterprise, "receivedOn", receivedOn,
                            "text", text),
                    () -> suggestions.create(new Suggestion.Draft(channel.getValue(), source.getValue(),
                            picked == null ? null : picked.uscc().toString(), text.getValue(), visibility.getValue(),
                            receivedOn.getValue())));
            if (saved != null) {
                unsaved.saved();
                getUI().ifPresent(ui -> ui.navigate("policy/suggestions/" + saved.id()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("policy-save");
        add(new H2(getTranslation("policy.screen.new")), form, save);
    }
}
