package cn.gov.laoshan.district.market.inspection.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import cn.gov.laoshan.district.market.inspection.domain.Inspection;
import cn.gov.laoshan.district.market.inspection.service.InspectionService;

/** 抽查结果公示 (一公开): every recorded result, for staff and enterprise users alike; the grade is never part of it. */
public class PublishedResultsView extends VerticalLayout {

    static final int LIMIT = 500;

    public PublishedResultsView(InspectionService inspections) {
        setId("market-inspection-results");
        setSizeFull();
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("market.inspection.search"));
        search.setId("market-inspection-search");
        search.setWidth("20em");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        Grid<Inspection> grid = new Grid<>();
        grid.setId("market-inspection-results-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        InspectionText.publishedColumns(this, getLocale(), grid, true);
        search.addValueChangeListener(e -> grid.setItems(inspections.published(e.getValue(), LIMIT)));
        grid.setItems(inspections.published(null, LIMIT));
        add(new H2(getTranslation("market.screen.inspection-results")), new Paragraph(getTranslation(
                "market.inspection.results.intro")), search, grid);
    }
}
