package cn.gov.laoshan.district.policy.suggestion.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import cn.gov.laoshan.district.policy.suggestion.domain.Suggestion;
import cn.gov.laoshan.district.policy.suggestion.domain.Visibility;
import cn.gov.laoshan.district.policy.suggestion.service.SuggestionFilter;
import cn.gov.laoshan.district.policy.suggestion.service.SuggestionService;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * 企业服务 · 我的意见建议: an enterprise user submits a suggestion in one form (线上归集; the topic is found by itself)
 * and follows their enterprise's suggestions — state, deadline and answer; a row opens it to read the answer, rate it
 * and add files. The service keeps them to their own enterprise.
 */
public class MySuggestionsView extends VerticalLayout {

    public MySuggestionsView(SuggestionService suggestions) {
        setId("policy-my-suggestions");
        setSizeFull();
        TextArea text = new TextArea(getTranslation("policy.mine.text"));
        text.setMaxLength(2000);
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setId("policy-mine-text");
        Grid<Suggestion> grid = new Grid<>();
        grid.setId("policy-mine-list");
        SuggestionGrid.columns(grid, suggestions.today(), false);
        grid.addColumn(s -> s.answer() == null ? "" : s.answer()).setHeader(getTranslation("policy.suggestion.answer"))
                .setFlexGrow(3);
        grid.setItems(q -> suggestions.list(SuggestionFilter.ALL, q.getOffset(), q.getLimit()).stream(),
                q -> (int) suggestions.count(SuggestionFilter.ALL));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("policy/suggestions/" + e.getItem().id())));
        Button submit = new Button(getTranslation("policy.mine.submit"), e -> {
            Suggestion saved = Steps.standard("policy-error").withSavedKey("policy.mine.submitted").call(this,
                    Map.of("text", text), () -> suggestions.create(new Suggestion.Draft(null, null, null,
                            text.getValue(), Visibility.HANDLERS, null)));
            if (saved != null) {
                text.clear();
                grid.getDataProvider().refreshAll();
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("policy-mine-submit");
        Paragraph hint = new Paragraph(getTranslation("policy.mine.hint"));
        hint.addClassName("district-empty");
        add(new H2(getTranslation("policy.screen.mine")), hint, text, submit, new H3(getTranslation("policy.mine.list")),
                grid);
    }
}
