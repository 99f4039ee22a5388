package cn.gov.laoshan.district.policy.draft.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.policy.draft.domain.PolicyDraft;
import cn.gov.laoshan.district.policy.draft.service.DraftService;
import cn.gov.laoshan.district.uikit.Dates;

/** 政策草案征求意见: the drafts now open for comment, for enterprise users (and staff); a row opens one to comment. */
public class OpenDraftsView extends VerticalLayout {

    public OpenDraftsView(DraftService drafts) {
        setId("policy-consult");
        setSizeFull();
        Grid<PolicyDraft> grid = new Grid<>();
        grid.addColumn(PolicyDraft::title).setHeader(getTranslation("policy.draft.title")).setFlexGrow(3);
        grid.addColumn(PolicyDraft::issuer).setHeader(getTranslation("policy.draft.issuer"));
        grid.addColumn(d -> Dates.date(d.commentTo(), getLocale())).setHeader(getTranslation("policy.draft.comment-to"));
        grid.setItems(drafts.openForComment());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("policy/consult/" + e.getItem().id())));
        add(new H2(getTranslation("policy.draft.screen.consult")),
                new Paragraph(getTranslation("policy.draft.consult.hint")), grid);
    }
}
