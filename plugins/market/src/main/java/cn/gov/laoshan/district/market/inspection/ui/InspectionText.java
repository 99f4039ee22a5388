package cn.gov.laoshan.district.market.inspection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;

import cn.gov.laoshan.district.market.inspection.domain.Inspection;
import cn.gov.laoshan.district.uikit.Dates;

/** The published result's columns, the same on the public list and the enterprise's section (never the grade). */
final class InspectionText {

    private InspectionText() {
    }

    static void publishedColumns(Component c, java.util.Locale locale, Grid<Inspection> grid,
            boolean withEnterprise) {
        grid.addColumn(i -> i.inspectedOn() == null ? "" : Dates.date(i.inspectedOn(), locale))
                .setHeader(c.getTranslation("market.inspection.day")).setAutoWidth(true);
        if (withEnterprise) {
            grid.addColumn(Inspection::name).setHeader(c.getTranslation("market.licence.holder")).setAutoWidth(true);
            grid.addColumn(Inspection::uscc).setHeader(c.getTranslation("market.licence.uscc")).setAutoWidth(true);
        }
        grid.addColumn(Inspection::drawTitle).setHeader(c.getTranslation("market.inspection.draw")).setAutoWidth(true);
        grid.addColumn(i -> c.getTranslation("market.inspection.result." + i.state())).setHeader(c.getTranslation(
                "market.inspection.result")).setAutoWidth(true);
        grid.addColumn(i -> i.findings() == null ? "" : i.findings()).setHeader(c.getTranslation(
                "market.inspection.findings")).setFlexGrow(1);
    }
}
