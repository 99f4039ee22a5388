package cn.gov.laoshan.district.policy.draft.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.policy.draft.domain.DraftState;
import cn.gov.laoshan.district.policy.draft.domain.PolicyDraft;
import cn.gov.laoshan.district.policy.draft.service.DraftService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.QueryGrid;

/** The drafts in the user's department scope, filtered by their step; a row opens the draft with its reviews. */
public class DraftsView extends VerticalLayout {

    public DraftsView(DraftService drafts, boolean mayDraft) {
        setId("policy-drafts");
        setSizeFull();
        QueryGrid<PolicyDraft> list = new QueryGrid<>(PolicyDraft.class);
        list.grid().addColumn(PolicyDraft::title).setHeader(getTranslation("policy.draft.title")).setFlexGrow(3);
        list.grid().addColumn(PolicyDraft::issuer).setHeader(getTranslation("policy.draft.issuer"));
        list.grid().addColumn(d -> getTranslation("policy.list.topic." + d.topic()))
                .setHeader(getTranslation("policy.draft.topic"));
        list.grid().addColumn(d -> getTranslation("policy.draft.state." + d.state()))
                .setHeader(getTranslation("policy.draft.state"));
        list.grid().addColumn(d -> d.commentTo() == null ? "" : Dates.date(d.commentTo(), getLocale()))
                .setHeader(getTranslation("policy.draft.comment-to"));
        list.grid().addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("policy/drafts/" + e.getItem().id())));
        ComboBox<DraftState> state = list.addFilter(new ComboBox<>(getTranslation("policy.draft.state"),
                DraftState.values()));
        state.setItemLabelGenerator(s -> getTranslation("policy.draft.state." + s));
        state.setClearButtonVisible(true);
        state.setId("policy-draft-state-filter");
        if (mayDraft) {
            Button create = new Button(getTranslation("policy.draft.screen.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("policy/drafts/new")));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("policy-draft-new");
            list.addActions(create);
        }
        list.setCountText(n -> getTranslation("policy.draft.count", n));
        list.setSource((offset, limit, sort) -> drafts.list(state.getValue(), offset, limit),
                () -> drafts.count(state.getValue()));
        add(list);
    }
}
