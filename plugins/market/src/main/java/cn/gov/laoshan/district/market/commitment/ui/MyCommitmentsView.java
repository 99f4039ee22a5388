package cn.gov.laoshan.district.market.commitment.ui;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.market.commitment.domain.CommitmentItem;
import cn.gov.laoshan.district.market.commitment.service.Commitment;
import cn.gov.laoshan.district.market.commitment.service.CommitmentService;
import cn.gov.laoshan.district.market.commitment.service.PostCheck;
import cn.gov.laoshan.district.uikit.Dates;

/** 企业服务 → 我的承诺: the enterprise's own commitments with their post-checks; a row opens the commitment. */
public class MyCommitmentsView extends VerticalLayout {

    public MyCommitmentsView(CommitmentService commitments) {
        setId("market-my-commitments");
        Map<String, CommitmentItem> items = new HashMap<>();
        commitments.items().forEach(i -> items.put(i.code(), i));
        Map<Long, PostCheck> checks = new HashMap<>();
        commitments.postChecks(false, 0, 1000).forEach(c -> checks.put(c.commitmentId(), c));
        Grid<Commitment> grid = new Grid<>();
        grid.setId("market-my-commitment-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(Commitment::approvalNo).setHeader(getTranslation("market.commitment.approval-no"))
                .setAutoWidth(true);
        grid.addColumn(c -> items.containsKey(c.itemCode()) ? items.get(c.itemCode()).name(getLocale()) : c.itemCode())
                .setHeader(getTranslation("market.commitment.item.name")).setFlexGrow(2);
        grid.addColumn(c -> Dates.date(c.approvedOn(), getLocale())).setHeader(getTranslation(
                "market.commitment.approved-on")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("market.commitment.state." + c.state())).setHeader(getTranslation(
                "market.commitment.state")).setAutoWidth(true);
        grid.addColumn(c -> checks.containsKey(c.id()) ? getTranslation("market.commitment.check.state."
                + checks.get(c.id()).state()) + "（" + getTranslation("market.commitment.check.due") + " "
                + Dates.date(checks.get(c.id()).dueOn(), getLocale()) + "）" : "")
                .setHeader(getTranslation("market.commitment.check")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("market/commitments/" + e.getItem().id())));
        grid.setItems(commitments.commitments(null, 0, 1000));
        Anchor apply = new Anchor("market/my-commitment", getTranslation("market.screen.apply-commitment"));
        apply.setId("market-my-commitments-apply");
        add(new H2(getTranslation("market.screen.my-commitments")), apply, grid);
    }
}
