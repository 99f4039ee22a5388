package cn.gov.laoshan.district.policy.suggestion.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.policy.suggestion.domain.Meeting;
import cn.gov.laoshan.district.policy.suggestion.domain.MeetingKind;
import cn.gov.laoshan.district.policy.suggestion.domain.Rating;
import cn.gov.laoshan.district.policy.suggestion.domain.ResponseKind;
import cn.gov.laoshan.district.policy.suggestion.domain.Suggestion;
import cn.gov.laoshan.district.policy.suggestion.domain.Topic;
import cn.gov.laoshan.district.policy.suggestion.service.SuggestionService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * The steps a user may take now on a suggestion, each as a small form: analyse (topic, responsible department),
 * answer (a written answer, an adoption into the reserve library, or a joint meeting with minutes and action items),
 * rate (five levels; a dissatisfied rating needs its reason and reopens it). The service decides what is offered and
 * checks everything again.
 */
class SuggestionActions extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("policy-error");

    private final SuggestionService suggestions;
    private final Suggestion s;
    private final Consumer<Suggestion> moved;

    SuggestionActions(SuggestionService suggestions, Suggestion s, Consumer<Suggestion> moved) {
        this.suggestions = suggestions;
        this.s = s;
        this.moved = moved;
        setPadding(false);
        setId("policy-actions");
        Set<String> actions = suggestions.actions(s);
        if (actions.contains("analyse")) {
            add(analyse());
        }
        if (actions.contains("respond")) {
            add(respond());
        }
        if (actions.contains("rate") || actions.contains("reopen")) {
            add(rate());
        }
    }

    private Details analyse() {
        ComboBox<Topic> topic = topics();
        topic.setValue(s.topic());
        ComboBox<String> department = departments("policy-analyse-department");
        Button save = button("policy.action.analyse", "policy-analyse-save", () -> STEPS.call(this,
                Map.of("topic", topic, "department", department),
                () -> suggestions.analyse(s.id(), topic.getValue(), department.getValue())));
        return open("policy-analyse", "policy.action.analyse", new FormLayout(topic, department), save);
    }

    private Details respond() {
        RadioButtonGroup<ResponseKind> kind = new RadioButtonGroup<>(getTranslation("policy.response.kind"));
        kind.setItems(ResponseKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("policy.response." + k));
        kind.setValue(ResponseKind.ANSWER);
        kind.setId("policy-respond-kind");
        TextArea answer = new TextArea(getTranslation("policy.suggestion.answer"));
        answer.setMaxLength(4000);
        answer.setWidthFull();
        answer.setId("policy-respond-answer");
        TextField reserveTitle = new TextField(getTranslation("policy.reserve.title"));
        reserveTitle.setId("policy-respond-reserve-title");
        reserveTitle.setWidthFull();
        MeetingForm meeting = new MeetingForm();
        reserveTitle.setVisible(false);
        meeting.setVisible(false);
        kind.addValueChangeListener(e -> {
            reserveTitle.setVisible(e.getValue() == ResponseKind.RESERVE);
            meeting.setVisible(e.getValue() == ResponseKind.MEETING);
        });
        Button save = button("policy.action.respond", "policy-respond-save", () -> {
            Map<String, HasValidation> fields = new HashMap<>(meeting.fields());
            fields.put("answer", answer);
            return STEPS.call(this, fields, () -> suggestions.respond(s.id(), new SuggestionService.Response(
                    kind.getValue(), answer.getValue(), kind.getValue() == ResponseKind.MEETING ? meeting.value() : null,
                    reserveTitle.getValue())));
        });
        VerticalLayout body = new VerticalLayout(kind, answer, reserveTitle, meeting);
        body.setPadding(false);
        return open("policy-respond", "policy.action.respond", body, save);
    }

    private Details rate() {
        RadioButtonGroup<Rating> rating = new RadioButtonGroup<>(getTranslation("policy.suggestion.rating"));
        rating.setItems(Rating.values());
        rating.setItemLabelGenerator(r -> getTranslation("policy.rating." + r));
        rating.setId("policy-rate-rating");
        TextArea comment = new TextArea(getTranslation("policy.rating.comment"));
        comment.setMaxLength(1000);
        comment.setWidthFull();
        comment.setId("policy-rate-comment");
        Button save = button("policy.action.rate", "policy-rate-save", () -> STEPS.call(this,
                Map.of("comment", comment), () -> suggestions.rate(s.id(), rating.getValue(), comment.getValue())));
        VerticalLayout body = new VerticalLayout(rating, comment);
        body.setPadding(false);
        return open("policy-rate", "policy.action.rate", body, save);
    }

    private interface Step {
        Suggestion run();
    }

    private Button button(String label, String id, Step step) {
        Button button = new Button(getTranslation(label), e -> {
            Suggestion done = step.run();
            if (done != null) {
                Steps.success(getTranslation("policy.saved"));
                moved.accept(done);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId(id);
        return button;
    }

    private Details open(String id, String title, com.vaadin.flow.component.Component body, Button save) {
        VerticalLayout content = new VerticalLayout(body, save);
        content.setPadding(false);
        Details details = new Details(getTranslation(title), content);
        details.setOpened(true);
        details.setId(id);
        details.setWidthFull();
        return details;
    }

    private ComboBox<Topic> topics() {
        ComboBox<Topic> topic = new ComboBox<>(getTranslation("policy.suggestion.topic"), Topic.values());
        topic.setItemLabelGenerator(t -> getTranslation("policy.topic." + t));
        topic.setId("policy-analyse-topic");
        return topic;
    }

    private ComboBox<String> departments(String id) {
        ComboBox<String> department = new ComboBox<>(getTranslation("policy.suggestion.department"),
                SuggestionService.DEPARTMENTS);
        department.setItemLabelGenerator(d -> getTranslation("policy.department." + d));
        department.setId(id);
        return department;
    }

    /** A joint meeting: its kind, day, who sat at the table, minutes and action items (one row each). */
    private final class MeetingForm extends VerticalLayout {
        private final RadioButtonGroup<MeetingKind> kind = new RadioButtonGroup<>(getTranslation("policy.meeting.kind"));
        private final DatePicker heldOn = Dates.picker(new DatePicker(getTranslation("policy.meeting.held-on")),
                getLocale());
        private final TextField departments = new TextField(getTranslation("policy.meeting.departments"));
        private final TextArea minutes = new TextArea(getTranslation("policy.meeting.minutes"));
        private final List<ActionRow> rows = new ArrayList<>();
        private final VerticalLayout actions = new VerticalLayout();

        MeetingForm() {
            setPadding(false);
            setId("policy-meeting");
            kind.setItems(MeetingKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("policy.meeting." + k));
            kind.setValue(s.groupId() == null ? MeetingKind.INDIVIDUAL : MeetingKind.COMMON);
            heldOn.setValue(suggestions.today());
            heldOn.setId("policy-meeting-held-on");
            departments.setId("policy-meeting-departments");
            departments.setWidthFull();
            minutes.setId("policy-meeting-minutes");
            minutes.setWidthFull();
            actions.setPadding(false);
            Button more = new Button(getTranslation("policy.meeting.add-action"), e -> addRow());
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            addRow();
            add(kind, heldOn, departments, minutes, actions, more);
        }

        private void addRow() {
            ActionRow row = new ActionRow(rows.size());
            rows.add(row);
            actions.add(row);
        }

        Map<String, HasValidation> fields() {
            return Map.of("heldOn", heldOn, "departments", departments, "minutes", minutes);
        }

        Meeting value() {
            List<Meeting.ActionItem> items = rows.stream().filter(r -> !r.text.getValue().isBlank())
                    .map(r -> new Meeting.ActionItem(r.text.getValue(), r.department.getValue(), r.due.getValue()))
                    .toList();
            return new Meeting(0, kind.getValue(), heldOn.getValue(), departments.getValue(), minutes.getValue(),
                    items);
        }
    }

    private final class ActionRow extends HorizontalLayout {
        final TextField text = new TextField(getTranslation("policy.meeting.action"));
        final ComboBox<String> department;
        final DatePicker due = Dates.picker(new DatePicker(getTranslation("policy.meeting.due")), getLocale());

        ActionRow(int index) {
            department = departments("policy-meeting-action-department-" + index);
            text.setId("policy-meeting-action-" + index);
            due.setId("policy-meeting-action-due-" + index);
            add(text, department, due);
        }
    }
}
