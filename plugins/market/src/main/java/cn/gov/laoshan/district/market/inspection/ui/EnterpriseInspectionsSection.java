package cn.gov.laoshan.district.market.inspection.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.market.inspection.domain.Inspection;
import cn.gov.laoshan.district.market.inspection.service.InspectionService;

/**
 * The enterprise page's 抽查结果 section (staff, and the enterprise's own users on 我的企业): its published random
 * inspection results. Deliberately without the credit grade, which is internal.
 */
public class EnterpriseInspectionsSection extends VerticalLayout {

    public EnterpriseInspectionsSection(InspectionService inspections, String uscc) {
        setId("market-enterprise-inspections");
        setPadding(false);
        List<Inspection> results = inspections.publishedOf(uscc);
        if (results.isEmpty()) {
            add(new Paragraph(getTranslation("market.inspection.none")));
            return;
        }
        Grid<Inspection> grid = new Grid<>();
        grid.setId("market-enterprise-inspections-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        InspectionText.publishedColumns(this, getLocale(), grid, false);
        grid.setItems(results);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
