package cn.gov.laoshan.district.housing.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;

import cn.gov.laoshan.district.housing.domain.InvestmentKind;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.domain.ProjectLevel;
import cn.gov.laoshan.district.housing.domain.ProjectStatus;
import cn.gov.laoshan.district.housing.service.ProjectFilter;
import cn.gov.laoshan.district.housing.service.ProjectService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.ExcelExport;

/** All key projects: lazy, sortable, filtered by name, kind, level and status; Excel out. */
public class ProjectsView extends VerticalLayout {

    private final ProjectService projects;
    private final Grid<Project> grid = new Grid<>();
    private final TextField name = new TextField();
    private final ComboBox<InvestmentKind> kind = new ComboBox<>();
    private final ComboBox<ProjectLevel> level = new ComboBox<>();
    private final ComboBox<ProjectStatus> status = new ComboBox<>();
    private final Span count = new Span();

    public ProjectsView(ProjectService projects) {
        this.projects = projects;
        setId("housing-projects");
        setSizeFull();
        name.setPlaceholder(getTranslation("housing.filter.name"));
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(e -> refresh());
        kind.setPlaceholder(getTranslation("housing.project.kind"));
        kind.setItems(InvestmentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("housing.kind." + k));
        level.setPlaceholder(getTranslation("housing.project.level"));
        level.setItems(ProjectLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("housing.level." + l));
        status.setPlaceholder(getTranslation("housing.project.status"));
        status.setItems(ProjectStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("housing.status." + s));
        List.of(kind, level, status).forEach(c -> {
            c.setClearButtonVisible(true);
            c.addValueChangeListener(e -> refresh());
        });

        Anchor export = new Anchor(ExcelExport.download(getTranslation("housing.export.projects-file"), out -> ExcelExport.write(out,
                getTranslation("housing.screen.projects"), List.of(getTranslation("housing.project.code"),
                        getTranslation("housing.project.name"), getTranslation("housing.project.investor"),
                        getTranslation("housing.project.uscc"), getTranslation("housing.project.kind"),
                        getTranslation("housing.project.level"), getTranslation("housing.project.amount"),
                        getTranslation("housing.project.location"), getTranslation("housing.project.team"),
                        getTranslation("housing.project.status"), getTranslation("housing.project.start")),
                projects.list(filter(), "code", true, 0, 100_000).stream().<List<?>>map(p -> java.util.Arrays.asList(
                        p.code(), p.name(), p.investorName(), p.investorUscc(), getTranslation("housing.kind." + p.kind()),
                        getTranslation("housing.level." + p.level()), p.amountWan(), p.location(), p.teamName(),
                        getTranslation("housing.status." + p.status()), p.startDate())).toList())), "");
        Button exportButton = new Button(getTranslation("housing.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);
        export.getElement().setAttribute("download", true);
        export.setId("projects-export");
        Button create = new Button(getTranslation("housing.screen.new"), VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate("housing/projects/new"));
        create.setId("projects-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout filters = new HorizontalLayout(name, kind, level, status, count, export, create);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        filters.setWrap(true);

        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Project::code).setHeader(getTranslation("housing.project.code")).setKey("code")
                .setSortable(true).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(Project::name).setHeader(getTranslation("housing.project.name")).setKey("name")
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(Project::investorName).setHeader(getTranslation("housing.project.investor")).setKey("investor")
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(p -> getTranslation("housing.kind." + p.kind())).setHeader(getTranslation("housing.project.kind"));
        grid.addColumn(p -> getTranslation("housing.level." + p.level())).setHeader(getTranslation("housing.project.level"))
                .setKey("level").setSortable(true);
        grid.addColumn(p -> Ui.wan(p.amountWan(), getLocale())).setHeader(getTranslation("housing.project.amount")).setKey("amount")
                .setSortable(true).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addComponentColumn(p -> Ui.badge(getTranslation("housing.status." + p.status()), switch (p.status()) {
            case COMPLETED -> "success";
            case SUSPENDED -> "contrast";
            default -> "";
        })).setHeader(getTranslation("housing.project.status")).setKey("status").setSortable(true);
        grid.addColumn(p -> Dates.date(p.baselineCompletion(), getLocale()))
                .setHeader(getTranslation("housing.project.baseline"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("housing/projects/" + e.getItem().id()));
        grid.setItems(query -> {
            QuerySortOrder order = query.getSortOrders().isEmpty() ? null : query.getSortOrders().get(0);
            return projects.list(filter(), order == null ? "code" : order.getSorted(),
                    order == null || order.getDirection() == SortDirection.ASCENDING, query.getOffset(),
                    query.getLimit()).stream();
        }, query -> projects.count(filter()));
        grid.setSizeFull();
        add(filters, grid);
        updateCount();
    }

    private ProjectFilter filter() {
        return new ProjectFilter(name.getValue(), kind.getValue(), level.getValue(), status.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        count.setText(getTranslation("housing.count", projects.count(filter())));
    }
}
