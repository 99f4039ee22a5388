package cn.gov.laoshan.district.policy.suggestion.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import cn.gov.laoshan.district.api.attachment.Attachments;
import cn.gov.laoshan.district.policy.suggestion.domain.Meeting;
import cn.gov.laoshan.district.policy.suggestion.domain.Suggestion;
import cn.gov.laoshan.district.policy.suggestion.domain.Topic;
import cn.gov.laoshan.district.policy.suggestion.service.SuggestionAttachments;
import cn.gov.laoshan.district.policy.suggestion.service.SuggestionService;
import cn.gov.laoshan.district.uikit.AttachmentsPanel;
import cn.gov.laoshan.district.uikit.BackLink;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.RecordPage;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.TimelinePanel;

/**
 * One suggestion, for staff and for its enterprise's users: where it came from, its topic with the categoriser's
 * confidence (or that staff chose it; policy staff may choose another, kept as training data), the deadline, the
 * answer and rating, the meetings, the steps the user may take now, its files and its history.
 */
public class SuggestionView extends RecordPage<Suggestion> {

    private final SuggestionService suggestions;
    private final Attachments attachments;
    private final SuggestionAttachments rules;

    public SuggestionView(SuggestionService suggestions, Attachments attachments, SuggestionAttachments rules) {
        super("policy-suggestion", suggestions::find);
        this.suggestions = suggestions;
        this.attachments = attachments;
        this.rules = rules;
    }

    @Override
    protected void fill(Suggestion s) {
        boolean enterprise = suggestions.enterpriseUser();
        H2 title = new H2(getTranslation("policy.suggestion.heading", String.valueOf(s.id())));
        Span state = SuggestionGrid.state(this, s, suggestions.today());
        state.setId("policy-suggestion-state");
        add(BackLink.to(enterprise ? "policy/my-suggestions" : "policy/suggestions",
                getTranslation(enterprise ? "policy.screen.mine" : "policy.screen.suggestions")),
                new HorizontalLayout(title, state), facts(s), topic(s));
        Paragraph text = new Paragraph(s.text());
        text.setId("policy-suggestion-text");
        text.getStyle().set("white-space", "pre-wrap");
        add(text, answer(s));
        for (Meeting m : suggestions.meetings(s.id())) {
            add(meeting(m));
        }
        add(new SuggestionActions(suggestions, s, this::show));
        AttachmentsPanel files = new AttachmentsPanel(attachments, rules, SuggestionAttachments.of(s.id()),
                () -> suggestions.find(s.id()).ifPresent(this::show));
        files.setId("policy-attachments");
        add(files, new TimelinePanel("policy-history", () -> suggestions.history(s.id()))
                .actions(action -> getTranslation("policy.action." + action)));
    }

    private Div facts(Suggestion s) {
        Div facts = new Div();
        facts.setId("policy-suggestion-facts");
        facts.add(line("policy.suggestion.enterprise", s.enterpriseName()),
                line("policy.suggestion.channel", getTranslation("policy.channel." + s.channel())
                        + (s.source() == null ? "" : " · " + s.source())),
                line("policy.suggestion.received-on", Dates.date(s.receivedOn(), getLocale())),
                line("policy.suggestion.deadline", Dates.date(s.deadline(), getLocale())),
                line("policy.suggestion.department", getTranslation("policy.department." + s.departmentCode())),
                line("policy.suggestion.visibility", getTranslation("policy.visibility." + s.visibility())));
        return facts;
    }

    private Div line(String key, String value) {
        Div line = new Div(new Span(getTranslation(key) + getTranslation("policy.colon")), new Span(value));
        return line;
    }

    /** The topic with the categoriser's confidence, or "chosen by staff"; policy staff may choose another. */
    private HorizontalLayout topic(Suggestion s) {
        Span topic = new Span(getTranslation("policy.topic." + s.topic()));
        topic.getElement().getThemeList().add("badge contrast");
        topic.setId("policy-suggestion-topic");
        Span confidence = new Span(s.topicByStaff() ? getTranslation("policy.suggestion.by-staff")
                : getTranslation("policy.suggestion.confidence", Math.round(s.topicConfidence() * 100)));
        confidence.setId("policy-suggestion-confidence");
        HorizontalLayout row = new HorizontalLayout(new Span(getTranslation("policy.suggestion.topic")
                + getTranslation("policy.colon")), topic, confidence);
        row.setAlignItems(Alignment.BASELINE);
        if (suggestions.mayOverrideTopic(s)) {
            ComboBox<Topic> other = new ComboBox<>();
            other.setPlaceholder(getTranslation("policy.suggestion.override"));
            other.setItems(Topic.values());
            other.setItemLabelGenerator(t -> getTranslation("policy.topic." + t));
            other.setId("policy-topic-override");
            other.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    Suggestion changed = Steps.standard("policy-error").withSavedKey("policy.saved").call(this,
                            () -> suggestions.overrideTopic(s.id(), e.getValue()));
                    if (changed != null) {
                        show(changed);
                    }
                }
            });
            row.add(other);
        }
        return row;
    }

    private Div answer(Suggestion s) {
        Div answer = new Div();
        answer.setId("policy-suggestion-answer");
        if (s.answer() != null) {
            answer.add(new H3(getTranslation("policy.response." + s.responseKind())), new Paragraph(s.answer()));
        }
        if (s.rating() != null) {
            Span rating = new Span(getTranslation("policy.suggestion.rating") + getTranslation("policy.colon")
                    + getTranslation("policy.rating." + s.rating())
                    + (s.ratingComment() == null ? "" : " · " + s.ratingComment()));
            rating.setId("policy-suggestion-rating");
            answer.add(rating);
        }
        return answer;
    }

    private Div meeting(Meeting m) {
        Div meeting = new Div(new H3(getTranslation("policy.meeting." + m.kind()) + " · "
                + Dates.date(m.heldOn(), getLocale())), new Paragraph(m.departments()), new Paragraph(m.minutes()));
        meeting.addClassName("policy-meeting");
        for (Meeting.ActionItem a : m.actions()) {
            meeting.add(new Div(new Span("• " + a.text() + " — " + getTranslation("policy.department."
                    + a.departmentCode()) + " · " + Dates.date(a.dueOn(), getLocale()))));
        }
        return meeting;
    }
}
