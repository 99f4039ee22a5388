package cn.gov.laoshan.district.market.inspection.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.market.inspection.service.InspectionService;
import cn.gov.laoshan.district.uikit.BarChart;

/** The dashboard card: this year's random inspections by credit grade — drawn, and of them failed (staff with grades). */
public class InspectionWidget extends VerticalLayout {

    public InspectionWidget(InspectionService inspections) {
        setPadding(false);
        setId("market-inspection-widget");
        InspectionService.GradeFigures figures = inspections.figures();
        List<String> grades = new ArrayList<>();
        List<Integer> drawn = new ArrayList<>();
        List<Integer> failed = new ArrayList<>();
        for (CreditGrade g : CreditGrade.values()) {
            grades.add(g.name());
            drawn.add(figures.drawn().get(g));
            failed.add(figures.failed().get(g));
        }
        add(BarChart.of(getTranslation("market.widget.inspections.by-grade"), getLocale()).categories(grades)
                .series(getTranslation("market.widget.inspections.drawn"), drawn)
                .series(getTranslation("market.widget.inspections.failed"), failed)
                .id("market-widget-inspections").component());
    }
}
