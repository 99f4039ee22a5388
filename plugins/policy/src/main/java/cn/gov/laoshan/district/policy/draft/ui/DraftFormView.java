package cn.gov.laoshan.district.policy.draft.ui;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.policy.draft.domain.DraftSource;
import cn.gov.laoshan.district.policy.draft.domain.PolicyDraft;
import cn.gov.laoshan.district.policy.draft.domain.PolicyTopic;
import cn.gov.laoshan.district.policy.draft.service.DraftService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.RouteRecord;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.UnsavedChanges;
import cn.gov.laoshan.district.uikit.money.YuanField;

/**
 * Writes a new draft or changes one being drafted ({@code drafts/:id/edit}): every input is checked by the service
 * and a refusal is shown at its field. Sources are picked from the suggestions and reserve-library entries the
 * drafter may read, by number or words.
 */
public class DraftFormView extends VerticalLayout implements BeforeEnterObserver {

    private final DraftService drafts;
    private final TextField title = new TextField();
    private final TextField issuer = new TextField();
    private final ComboBox<PolicyTopic> topic = new ComboBox<>();
    private final TextArea body = new TextArea();
    private final TextArea benefits = new TextArea();
    private final TextArea eligibility = new TextArea();
    private final DatePicker validFrom = new DatePicker();
    private final DatePicker validTo = new DatePicker();
    private final YuanField budget = new YuanField();
    private final MultiSelectComboBox<DraftSource> suggestions = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<DraftSource> reserve = new MultiSelectComboBox<>();
    private final H2 heading = new H2();
    private long id;

    public DraftFormView(DraftService drafts) {
        this.drafts = drafts;
        setId("policy-draft-form");
        label(title, "title");
        label(issuer, "issuer");
        issuer.setValue(getTranslation("policy.department"));
        topic.setLabel(getTranslation("policy.draft.topic"));
        topic.setId("policy-draft-topic");
        topic.setItems(PolicyTopic.values());
        topic.setItemLabelGenerator(t -> getTranslation("policy.list.topic." + t));
        label(body, "body");
        label(benefits, "benefits");
        label(eligibility, "eligibility");
        Dates.picker(validFrom, getLocale()).setLabel(getTranslation("policy.draft.valid-from"));
        validFrom.setId("policy-draft-validFrom");
        Dates.picker(validTo, getLocale()).setLabel(getTranslation("policy.draft.valid-to"));
        validTo.setId("policy-draft-validTo");
        budget.setLabel(getTranslation("policy.draft.budget"));
        budget.setId("policy-draft-budget");
        sources(suggestions, DraftSource.Kind.SUGGESTION, "suggestion-ids");
        sources(reserve, DraftSource.Kind.RESERVE, "reserve-ids");
        body.setHeight("12em");
        FormLayout form = new FormLayout(title, issuer, topic, budget, validFrom, validTo, benefits, eligibility,
                suggestions, reserve, body);
        form.setColspan(body, 2);
        form.setColspan(title, 2);
        UnsavedChanges unsaved = UnsavedChanges.guard(this).trackAll(form);
        Button save = new Button(getTranslation("policy.draft.save"), e -> save(unsaved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("policy-draft-save");
        heading.setText(getTranslation("policy.draft.screen.new"));
        add(heading, form, save);
    }

    private void label(TextField field, String name) {
        field.setLabel(getTranslation("policy.draft." + name));
        field.setId("policy-draft-" + name);
    }

    /** A lazy picker of the sources of {@code kind}: typing a number or words asks the service again. */
    private void sources(MultiSelectComboBox<DraftSource> field, DraftSource.Kind kind, String name) {
        field.setLabel(getTranslation("policy.draft." + name));
        field.setId("policy-draft-" + name);
        field.setItems(query -> drafts.sourceOptions(kind, query.getFilter().orElse(""),
                query.getOffset() + query.getLimit()).stream().skip(query.getOffset()).limit(query.getLimit()));
        field.setItemLabelGenerator(DraftContent::sourceLabel);
        field.setClearButtonVisible(true);
    }

    private void label(TextArea field, String name) {
        field.setLabel(getTranslation("policy.draft." + name));
        field.setId("policy-draft-" + name);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OptionalLong routeId = RouteRecord.id(event.getRouteParameters());
        if (routeId.isEmpty()) {
            return;
        }
        RouteRecord.find(event, drafts::find).ifPresent(d -> {
            id = d.id();
            heading.setText(getTranslation("policy.draft.screen.edit"));
            title.setValue(d.title());
            issuer.setValue(d.issuer());
            topic.setValue(d.topic());
            body.setValue(d.body());
            benefits.setValue(d.benefits());
            eligibility.setValue(d.eligibility());
            validFrom.setValue(d.validFrom());
            validTo.setValue(d.validTo());
            budget.setValue(d.budget());
            suggestions.setValue(drafts.sources(d.id(), DraftSource.Kind.SUGGESTION));
            reserve.setValue(drafts.sources(d.id(), DraftSource.Kind.RESERVE));
        });
    }

    private static List<Long> ids(MultiSelectComboBox<DraftSource> field) {
        return field.getValue().stream().map(DraftSource::id).sorted().toList();
    }

    private void save(UnsavedChanges unsaved) {
        Map<String, HasValidation> fields = Map.ofEntries(Map.entry("title", title), Map.entry("issuer", issuer),
                Map.entry("topic", topic), Map.entry("body", body), Map.entry("benefits", benefits),
                Map.entry("eligibility", eligibility), Map.entry("validFrom", validFrom),
                Map.entry("validTo", validTo), Map.entry("budget", budget), Map.entry("sources", suggestions),
                Map.entry("reserve", reserve));
        PolicyDraft saved = Steps.standard("policy-draft-error").withSavedKey("policy.draft.saved").call(this, fields,
                () -> {
                    if (budget.hasBadInput()) {
                        throw new RefusedException("budget", "policy.draft.error.budget");
                    }
                    PolicyDraft.Content content = new PolicyDraft.Content(title.getValue(), issuer.getValue(),
                            topic.getValue(), body.getValue(), benefits.getValue(), eligibility.getValue(),
                            validFrom.getValue(), validTo.getValue(), budget.getValue(),
                            ids(suggestions), ids(reserve));
                    return id == 0 ? drafts.create(content) : drafts.update(id, content);
                });
        if (saved != null) {
            unsaved.saved();
            getUI().ifPresent(ui -> ui.navigate("policy/drafts/" + saved.id()));
        }
    }
}
