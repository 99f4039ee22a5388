package cn.gov.laoshan.district.policy.suggestion.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.policy.suggestion.domain.Suggestion;
import cn.gov.laoshan.district.policy.suggestion.domain.SuggestionGroup;
import cn.gov.laoshan.district.policy.suggestion.service.GroupService;
import cn.gov.laoshan.district.policy.suggestion.service.SuggestionService;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * 相似问题归并: the groups the look-alike grouping proposed and those the policy staff confirmed. A group shows its
 * members; staff confirm it under a title, take members out (split), or answer the whole group at once.
 */
public class GroupsView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("policy-error");

    private final GroupService groups;
    private final SuggestionService suggestions;
    private final Grid<SuggestionGroup> list = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();

    public GroupsView(GroupService groups, SuggestionService suggestions) {
        this.groups = groups;
        this.suggestions = suggestions;
        setId("policy-groups");
        setSizeFull();
        list.setId("policy-group-list");
        list.addColumn(g -> getTranslation(g.confirmed() ? "policy.group.confirmed" : "policy.group.proposed"))
                .setHeader(getTranslation("policy.group.state")).setAutoWidth(true);
        list.addColumn(SuggestionGroup::title).setHeader(getTranslation("policy.group.title")).setFlexGrow(3);
        list.addColumn(g -> g.members().size()).setHeader(getTranslation("policy.group.members")).setAutoWidth(true);
        list.addColumn(g -> Math.round(g.cohesion() * 100) + "%").setHeader(getTranslation("policy.group.cohesion"))
                .setAutoWidth(true);
        list.addSelectionListener(e -> e.getFirstSelectedItem().ifPresentOrElse(this::show, detail::removeAll));
        Button propose = new Button(getTranslation("policy.group.propose"), e -> {
            Integer n = STEPS.call(this, groups::propose);
            if (n != null) {
                Steps.success(getTranslation("policy.group.proposed-count", n));
                reload();
            }
        });
        propose.setId("policy-group-propose");
        SplitLayout split = new SplitLayout(list, detail);
        split.setSizeFull();
        split.setSplitterPosition(55);
        add(propose, split);
        reload();
    }

    private void reload() {
        list.setItems(groups.list());
        detail.removeAll();
    }

    private void show(SuggestionGroup g) {
        detail.removeAll();
        Grid<Suggestion> members = new Grid<>();
        members.setId("policy-group-members");
        members.setSelectionMode(Grid.SelectionMode.MULTI);
        members.addColumn(Suggestion::id).setHeader("#").setAutoWidth(true);
        SuggestionGrid.columns(members, suggestions.today(), true);
        members.setItems(groups.members(g.id()));
        members.setAllRowsVisible(true);
        TextField title = new TextField(getTranslation("policy.group.title"));
        title.setValue(g.title());
        title.setWidthFull();
        title.setId("policy-group-title");
        Button confirm = new Button(getTranslation(g.confirmed() ? "policy.group.rename" : "policy.group.confirm"),
                e -> {
                    if (STEPS.call(this, java.util.Map.of("title", title), () -> groups.confirm(g.id(),
                            title.getValue())) != null) {
                        reload();
                    }
                });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("policy-group-confirm");
        Button splitOff = new Button(getTranslation("policy.group.split"), e -> {
            List<Long> out = members.getSelectedItems().stream().map(Suggestion::id).toList();
            if (STEPS.run(this, () -> groups.split(g.id(), out))) {
                reload();
            }
        });
        splitOff.setId("policy-group-split");
        detail.add(new H3(g.title()), new HorizontalLayout(title, confirm, splitOff), members);
        if (g.confirmed()) {
            TextArea answer = new TextArea(getTranslation("policy.group.answer"));
            answer.setWidthFull();
            answer.setId("policy-group-answer");
            Button send = new Button(getTranslation("policy.group.answer-all"), e -> {
                Integer n = STEPS.call(this, java.util.Map.of("answer", answer), () -> groups.answer(g.id(),
                        SuggestionService.Response.answer(answer.getValue())));
                if (n != null) {
                    Steps.success(getTranslation("policy.group.answered", n));
                    show(g);
                }
            });
            send.setId("policy-group-answer-all");
            detail.add(answer, send);
        } else {
            detail.add(new Span(getTranslation("policy.group.confirm-first")));
        }
    }
}
