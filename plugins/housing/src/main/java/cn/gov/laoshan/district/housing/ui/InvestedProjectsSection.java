package cn.gov.laoshan.district.housing.ui;

import java.util.List;
import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.housing.service.InvestorProjects;
import cn.gov.laoshan.district.housing.service.InvestorProjects.Invested;
import cn.gov.laoshan.district.uikit.Dates;

/**
 * The enterprise page's "projects it invests in" section (read through {@link InvestorProjects}, which checks the
 * permission and scopes the rows). Staff open a project from its row; an enterprise user reads the list only (the
 * project screens are staff screens).
 */
public class InvestedProjectsSection extends VerticalLayout {

    public InvestedProjectsSection(InvestorProjects projects, String uscc, BooleanSupplier staff) {
        setPadding(false);
        setId("housing-invested-projects");
        List<Invested> list = projects.of(uscc);
        Span count = new Span(getTranslation(list.isEmpty() ? "housing.section.projects.none"
                : "housing.section.projects.count", list.size()));
        count.setId("housing-invested-projects-count");
        if (list.isEmpty()) {
            add(count);
            return;
        }
        Grid<Invested> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Invested::code).setHeader(getTranslation("housing.project.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Invested::name).setHeader(getTranslation("housing.project.name")).setFlexGrow(1);
        grid.addColumn(p -> getTranslation("housing.kind." + p.kind())).setHeader(getTranslation("housing.project.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation("housing.level." + p.level())).setHeader(getTranslation("housing.project.level"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.amountWan().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("housing.project.amount-wan")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation("housing.status." + p.status()))
                .setHeader(getTranslation("housing.section.projects.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Dates.date(p.startDate(), getLocale()))
                .setHeader(getTranslation("housing.section.projects.start")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        if (staff.getAsBoolean()) {
            grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate("housing/projects/" + e.getItem().id())));
        }
        add(count, grid);
    }
}
