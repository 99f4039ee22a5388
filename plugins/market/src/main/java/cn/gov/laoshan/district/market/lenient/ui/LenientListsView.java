package cn.gov.laoshan.district.market.lenient.ui;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.market.lenient.domain.LenientItem;
import cn.gov.laoshan.district.market.lenient.domain.LenientList;
import cn.gov.laoshan.district.market.lenient.service.CaseService;

/**
 * 免罚清单: the lenient-enforcement lists (SAMR's national lists; room for Shandong's and Qingdao's) and each item's
 * behaviour, legal basis, conditions, correction and goods-value limit.
 */
public class LenientListsView extends VerticalLayout {

    public LenientListsView(CaseService cases) {
        setId("market-lenient-lists");
        setSizeFull();
        Map<String, LenientList> lists = new HashMap<>();
        cases.lists().forEach(l -> lists.put(l.code(), l));
        Grid<LenientItem> grid = new Grid<>();
        grid.setId("market-lenient-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(i -> lists.get(i.listCode()).name(getLocale()) + "（" + lists.get(i.listCode()).issuer(getLocale())
                + "，" + lists.get(i.listCode()).documentNo() + "）").setHeader(getTranslation("market.lenient.list"))
                .setFlexGrow(2);
        grid.addColumn(LenientItem::code).setHeader(getTranslation("market.commitment.item.code")).setAutoWidth(true);
        grid.addColumn(i -> i.behaviour(getLocale())).setHeader(getTranslation("market.lenient.behaviour"))
                .setFlexGrow(3);
        grid.addColumn(LenientItem::legalBasis).setHeader(getTranslation("market.lenient.basis")).setFlexGrow(2);
        grid.addColumn(i -> getTranslation("market.lenient.common." + i.kind())).setHeader(getTranslation(
                "market.lenient.common")).setFlexGrow(2);
        grid.addColumn(i -> i.itemConditions() + (i.goodsValueLimit() == null ? "" : "（≤ "
                + i.goodsValueLimit().toPlainString() + "）")).setHeader(getTranslation("market.lenient.conditions"))
                .setFlexGrow(2);
        grid.addColumn(LenientItem::correction).setHeader(getTranslation("market.lenient.correction")).setFlexGrow(2);
        grid.setItems(cases.items());
        add(new H2(getTranslation("market.screen.lenient-lists")), new Paragraph(getTranslation(
                "market.lenient.intro")), grid);
    }
}
