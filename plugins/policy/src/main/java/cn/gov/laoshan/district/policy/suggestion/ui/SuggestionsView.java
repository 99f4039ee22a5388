package cn.gov.laoshan.district.policy.suggestion.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.policy.suggestion.domain.Channel;
import cn.gov.laoshan.district.policy.suggestion.domain.Suggestion;
import cn.gov.laoshan.district.policy.suggestion.domain.SuggestionState;
import cn.gov.laoshan.district.policy.suggestion.domain.Topic;
import cn.gov.laoshan.district.policy.suggestion.service.SuggestionFilter;
import cn.gov.laoshan.district.policy.suggestion.service.SuggestionService;
import cn.gov.laoshan.district.uikit.ExcelExport;
import cn.gov.laoshan.district.uikit.QueryGrid;

/**
 * 意见建议收件箱: the suggestions in the reader's scope, newest first, in a lazy grid filtered by channel, topic,
 * state, responsible department and lateness; the same filter exports to Excel. A row opens the suggestion.
 */
public class SuggestionsView extends VerticalLayout {

    private final ComboBox<Channel> channel = new ComboBox<>();
    private final ComboBox<Topic> topic = new ComboBox<>();
    private final ComboBox<SuggestionState> state = new ComboBox<>();
    private final ComboBox<String> department = new ComboBox<>();
    private final Checkbox overdue = new Checkbox();

    public SuggestionsView(SuggestionService suggestions) {
        setId("policy-suggestions");
        setSizeFull();
        QueryGrid<Suggestion> list = new QueryGrid<>(Suggestion.class);
        SuggestionGrid.columns(list.grid(), suggestions.today(), true);
        list.grid().addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("policy/suggestions/"
                + e.getItem().id())));
        choices(list, channel, "policy.suggestion.channel", List.of(Channel.values()), "policy.channel.", "channel");
        choices(list, topic, "policy.suggestion.topic", List.of(Topic.values()), "policy.topic.", "topic");
        choices(list, state, "policy.suggestion.state", List.of(SuggestionState.values()), "policy.state.", "state");
        department.setLabel(getTranslation("policy.suggestion.department"));
        department.setItems(SuggestionService.DEPARTMENTS);
        department.setItemLabelGenerator(d -> getTranslation("policy.department." + d));
        department.setClearButtonVisible(true);
        department.setId("policy-filter-department");
        list.addFilter(department);
        overdue.setLabel(getTranslation("policy.filter.overdue"));
        overdue.setId("policy-filter-overdue");
        list.addFilter(overdue);
        Anchor export = new Anchor(ExcelExport.download(getTranslation("policy.export.file"), out -> ExcelExport.write(
                out, getTranslation("policy.screen.suggestions"), List.of(getTranslation("policy.suggestion.id"),
                        getTranslation("policy.suggestion.received-on"), getTranslation("policy.suggestion.enterprise"),
                        getTranslation("policy.suggestion.channel"), getTranslation("policy.suggestion.source"),
                        getTranslation("policy.suggestion.topic"), getTranslation("policy.suggestion.text"),
                        getTranslation("policy.suggestion.state"), getTranslation("policy.suggestion.department"),
                        getTranslation("policy.suggestion.deadline"), getTranslation("policy.suggestion.rating")),
                suggestions.list(filter(), 0, 100_000).stream().<List<?>>map(s -> List.<Object>of(s.id(),
                        s.receivedOn(), s.enterpriseName(), getTranslation("policy.channel." + s.channel()),
                        s.source() == null ? "" : s.source(), getTranslation("policy.topic." + s.topic()), s.text(),
                        getTranslation("policy.state." + s.state()),
                        getTranslation("policy.department." + s.departmentCode()), s.deadline(),
                        s.rating() == null ? "" : getTranslation("policy.rating." + s.rating()))).toList())), "");
        Button exportButton = new Button(getTranslation("policy.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);
        export.getElement().setAttribute("download", true);
        export.setId("policy-export");
        list.addActions(export);
        list.setCountText(n -> getTranslation("policy.count", n));
        list.setSource((offset, limit, sort) -> suggestions.list(filter(), offset, limit),
                () -> suggestions.count(filter()));
        add(list);
    }

    private <T extends Enum<T>> void choices(QueryGrid<Suggestion> list, ComboBox<T> box, String label, List<T> items,
            String prefix, String id) {
        box.setLabel(getTranslation(label));
        box.setItems(items);
        box.setItemLabelGenerator(v -> getTranslation(prefix + v));
        box.setClearButtonVisible(true);
        box.setId("policy-filter-" + id);
        list.addFilter(box);
    }

    private SuggestionFilter filter() {
        return new SuggestionFilter(channel.getValue(), topic.getValue(), state.getValue(), department.getValue(),
                overdue.getValue(), null, null);
    }
}
