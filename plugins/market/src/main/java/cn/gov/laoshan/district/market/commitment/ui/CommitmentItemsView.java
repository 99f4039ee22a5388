package cn.gov.laoshan.district.market.commitment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.market.commitment.domain.CommitmentItem;
import cn.gov.laoshan.district.market.commitment.service.CommitmentService;

/**
 * 告知承诺事项目录: the catalogue keyed by item code — whether commitment is allowed, risk, the post-check (months, on
 * site or on the documents) and the conditions the applicant commits to meet.
 */
public class CommitmentItemsView extends VerticalLayout {

    public CommitmentItemsView(CommitmentService commitments) {
        setId("market-commitment-items");
        setSizeFull();
        Grid<CommitmentItem> grid = new Grid<>();
        grid.setId("market-commitment-item-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(CommitmentItem::code).setHeader(getTranslation("market.commitment.item.code")).setAutoWidth(true);
        grid.addColumn(i -> i.name(getLocale())).setHeader(getTranslation("market.commitment.item.name"))
                .setFlexGrow(2);
        grid.addColumn(CommitmentItem::authority).setHeader(getTranslation("market.commitment.item.authority"))
                .setAutoWidth(true);
        grid.addColumn(i -> getTranslation(i.offersCommitment() ? "market.commitment.item.allowed"
                : "market.commitment.item.not-allowed")).setHeader(getTranslation("market.commitment.item.route"))
                .setAutoWidth(true);
        grid.addColumn(i -> getTranslation("market.commitment.risk." + i.risk())).setHeader(getTranslation(
                "market.commitment.item.risk")).setAutoWidth(true);
        grid.addColumn(i -> i.offersCommitment() ? getTranslation("market.commitment.item.check-within",
                i.checkMonths(), getTranslation("market.commitment.mode." + i.checkMode())) : "")
                .setHeader(getTranslation("market.commitment.item.check")).setAutoWidth(true);
        grid.addColumn(i -> String.join("；", i.conditions())).setHeader(getTranslation(
                "market.commitment.item.conditions")).setFlexGrow(4);
        var items = commitments.items();
        grid.setItems(items);
        add(new H2(getTranslation("market.screen.commitment-items")), new Paragraph(getTranslation(
                "market.commitment.items.intro", items.stream().filter(CommitmentItem::offersCommitment).count(),
                items.size())), grid);
    }
}
