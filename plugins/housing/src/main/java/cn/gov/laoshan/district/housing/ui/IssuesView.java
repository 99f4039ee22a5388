package cn.gov.laoshan.district.housing.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.housing.domain.BlockingIssue;
import cn.gov.laoshan.district.housing.domain.IssueSeverity;
import cn.gov.laoshan.district.housing.domain.IssueStatus;
import cn.gov.laoshan.district.housing.service.IssueFilter;
import cn.gov.laoshan.district.housing.service.IssueService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.ExcelExport;

/** The district's blocking issues (卡脖子问题): lazy, sortable, filtered (open by default); Excel out. */
public class IssuesView extends VerticalLayout implements com.vaadin.flow.router.BeforeEnterObserver {

    /** Query parameters the dashboard's figures link with: resolved issues, overdue ones (else the open ones). */
    public static final String RESOLVED = "resolved";
    public static final String OVERDUE = "overdue";


    private final IssueService issues;
    private final Grid<BlockingIssue> grid;
    private final ComboBox<IssueSeverity> severity = new ComboBox<>();
    private final ComboBox<IssueStatus> status = new ComboBox<>();
    private final TextField owner = new TextField();
    private final Checkbox openOnly = new Checkbox();
    private final Checkbox overdue = new Checkbox();
    private final Span count = new Span();

    public IssuesView(IssueService issues, AccessControl access) {
        this.issues = issues;
        setId("housing-issues");
        setSizeFull();
        severity.setPlaceholder(getTranslation("housing.issue.severity"));
        severity.setItems(IssueSeverity.values());
        severity.setItemLabelGenerator(s -> getTranslation("housing.severity." + s));
        status.setPlaceholder(getTranslation("housing.issue.status"));
        status.setItems(IssueStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("housing.issue-status." + s));
        List.of(severity, status).forEach(c -> {
            c.setClearButtonVisible(true);
            c.addValueChangeListener(e -> refresh());
        });
        owner.setPlaceholder(getTranslation("housing.issue.owner"));
        owner.setValueChangeMode(ValueChangeMode.LAZY);
        owner.setClearButtonVisible(true);
        owner.addValueChangeListener(e -> refresh());
        openOnly.setLabel(getTranslation("housing.filter.open"));
        openOnly.setValue(true);
        openOnly.setId("filter-open");
        openOnly.addValueChangeListener(e -> refresh());
        overdue.setLabel(getTranslation("housing.filter.overdue"));
        overdue.setId("filter-overdue");
        overdue.addValueChangeListener(e -> refresh());
        Anchor export = new Anchor(ExcelExport.download(getTranslation("housing.export.issues-file"), out -> ExcelExport.write(out,
                getTranslation("housing.screen.issues"), List.of(getTranslation("housing.issue.project"),
                        getTranslation("housing.issue.title"), getTranslation("housing.issue.severity"),
                        getTranslation("housing.issue.owner"), getTranslation("housing.issue.due"),
                        getTranslation("housing.issue.status"), getTranslation("housing.issue.next-step"),
                        getTranslation("housing.issue.resolution"), getTranslation("housing.issue.raised")),
                issues.list(filter(), "due", true, 0, 100_000).stream().<List<?>>map(i -> Arrays.asList(i.projectName(),
                        i.title(), getTranslation("housing.severity." + i.severity()), i.ownerDepartment(), i.dueDate(),
                        getTranslation("housing.issue-status." + i.status()), i.nextStep(), i.resolution(),
                        i.raisedOn())).toList())), "");
        Button exportButton = new Button(getTranslation("housing.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);
        export.getElement().setAttribute("download", true);
        export.setId("issues-export");
        HorizontalLayout filters = new HorizontalLayout(severity, status, owner, openOnly, overdue, count, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        filters.setWrap(true);
        grid = grid(this, issues.today());
        grid.getColumns().forEach(c -> c.setSortable(c.getKey() != null));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("housing/projects/" + e.getItem().projectId()));
        grid.setItems(query -> {
            QuerySortOrder order = query.getSortOrders().isEmpty() ? null : query.getSortOrders().get(0);
            return issues.list(filter(), order == null ? "due" : order.getSorted(),
                    order == null || order.getDirection() == SortDirection.ASCENDING, query.getOffset(),
                    query.getLimit()).stream();
        }, query -> issues.count(filter()));
        grid.setSizeFull();
        add(filters, grid);
        updateCount();
    }

    /** The issue columns, the same here and on a project. */
    static Grid<BlockingIssue> grid(Component owner, LocalDate today) {
        Locale locale = UI.getCurrent() == null ? null : UI.getCurrent().getLocale();
        Grid<BlockingIssue> grid = new Grid<>();
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(BlockingIssue::projectName).setHeader(owner.getTranslation("housing.issue.project"));
        grid.addColumn(BlockingIssue::title).setHeader(owner.getTranslation("housing.issue.title")).setKey("title")
                .setFlexGrow(2);
        grid.addComponentColumn(i -> Ui.badge(owner.getTranslation("housing.severity." + i.severity()),
                i.severity() == IssueSeverity.HIGH ? "error" : i.severity() == IssueSeverity.MEDIUM ? "" : "contrast"))
                .setHeader(owner.getTranslation("housing.issue.severity")).setKey("severity");
        grid.addColumn(BlockingIssue::ownerDepartment).setHeader(owner.getTranslation("housing.issue.owner"))
                .setKey("owner");
        grid.addComponentColumn(i -> {
            Span due = new Span(Dates.date(i.dueDate(), locale));
            if (i.overdue(today)) {
                due.setText(Dates.date(i.dueDate(), locale) + " "
                        + owner.getTranslation("housing.item.overdue"));
                due.getElement().getThemeList().add("badge error primary");
            }
            return due;
        }).setHeader(owner.getTranslation("housing.issue.due")).setKey("due");
        grid.addComponentColumn(i -> Ui.badge(owner.getTranslation("housing.issue-status." + i.status()),
                i.status() == IssueStatus.RESOLVED ? "success" : "")).setHeader(owner.getTranslation("housing.issue.status"))
                .setKey("status");
        grid.addColumn(i -> i.status() == IssueStatus.RESOLVED ? i.resolution() : i.nextStep() == null ? "" : i.nextStep())
                .setHeader(owner.getTranslation("housing.issue.next-or-resolution")).setFlexGrow(2);
        return grid;
    }

    private IssueFilter filter() {
        return new IssueFilter(null, severity.getValue(), status.getValue(), owner.getValue(), openOnly.getValue(),
                overdue.getValue(), issues.today());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        count.setText(getTranslation("housing.count", issues.count(filter())));
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        java.util.Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey(RESOLVED)) {
            openOnly.setValue(false);
            status.setValue(IssueStatus.RESOLVED);
        }
        if (parameters.containsKey(OVERDUE)) {
            overdue.setValue(true);
        }
    }
}
