package cn.gov.laoshan.district.mediation.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;

import cn.gov.laoshan.district.api.masking.Masking;
import cn.gov.laoshan.district.mediation.domain.CaseState;
import cn.gov.laoshan.district.mediation.domain.CaseType;
import cn.gov.laoshan.district.mediation.domain.MediationCase;
import cn.gov.laoshan.district.mediation.domain.MediationGroup;
import cn.gov.laoshan.district.mediation.service.CaseRepository.CaseFilter;
import cn.gov.laoshan.district.mediation.service.CaseService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.ExcelExport;

/** All cases: lazy, sortable, filtered by type, state, group, mediator, date and overdue; Excel out. */
public class CasesView extends VerticalLayout {

    private final CaseService cases;
    private final Grid<MediationCase> grid = new Grid<>();
    private final ComboBox<CaseType> type = new ComboBox<>();
    private final ComboBox<CaseState> state = new ComboBox<>();
    private final ComboBox<MediationGroup> group = new ComboBox<>();
    private final DatePicker from = Dates.picker(new DatePicker(), getLocale());
    private final DatePicker to = Dates.picker(new DatePicker(), getLocale());
    private final Checkbox overdue = new Checkbox();
    private final Span count = new Span();

    public CasesView(CaseService cases, Masking masking) {
        this.cases = cases;
        setId("mediation-cases");
        setSizeFull();
        type.setPlaceholder(getTranslation("mediation.case.type"));
        type.setItems(CaseType.values());
        type.setItemLabelGenerator(t -> getTranslation("mediation.type." + t));
        type.setClearButtonVisible(true);
        state.setPlaceholder(getTranslation("mediation.case.state"));
        state.setItems(CaseState.values());
        state.setItemLabelGenerator(s -> getTranslation("mediation.state." + s));
        state.setClearButtonVisible(true);
        group.setPlaceholder(getTranslation("mediation.case.group"));
        group.setItems(cases.groups());
        group.setItemLabelGenerator(g -> g.name(getLocale()));
        group.setClearButtonVisible(true);
        from.setPlaceholder(getTranslation("mediation.filter.from"));
        to.setPlaceholder(getTranslation("mediation.filter.to"));
        overdue.setLabel(getTranslation("mediation.filter.overdue"));
        overdue.setId("filter-overdue");
        List.of(type, state, group).forEach(c -> c.addValueChangeListener(e -> refresh()));
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());

        Anchor export = new Anchor(ExcelExport.download(getTranslation("mediation.export.file"), out -> ExcelExport.write(out,
                getTranslation("mediation.screen.cases"), List.of(getTranslation("mediation.case.number"),
                        getTranslation("mediation.case.type"), getTranslation("mediation.case.state"),
                        getTranslation("mediation.case.applied-on"), getTranslation("mediation.case.deadline"),
                        getTranslation("mediation.case.mediator")),
                cases.list(filter(), "deadline", true, 0, 100_000).stream().<List<?>>map(c -> List.<Object>of(c.number(),
                        getTranslation("mediation.type." + c.type()), getTranslation("mediation.state." + c.state()),
                        c.appliedOn(), c.deadline(), c.mediatorLogin() == null ? "" : c.mediatorLogin())).toList())),
                "");
        Button exportButton = new Button(getTranslation("mediation.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);
        export.getElement().setAttribute("download", true);
        export.setId("cases-export");

        HorizontalLayout filters = new HorizontalLayout(type, state, group, from, to, overdue, count, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        filters.setWrap(true);
        CaseGrid.columns(grid, masking, cases.today(), cases.dueSoonUntil(), cases::provisionalDeadline);
        grid.setItems(query -> {
            QuerySortOrder order = query.getSortOrders().isEmpty() ? null : query.getSortOrders().get(0);
            return cases.list(filter(), order == null ? "deadline" : order.getSorted(),
                    order == null || order.getDirection() == SortDirection.ASCENDING, query.getOffset(),
                    query.getLimit()).stream();
        }, query -> cases.count(filter()));
        grid.setSizeFull();
        add(filters, grid);
        updateCount();
    }

    private CaseFilter filter() {
        return new CaseFilter(type.getValue(), state.getValue(), group.getValue() == null ? null : group.getValue().id(),
                null, from.getValue(), to.getValue(), overdue.getValue(), false, cases.today());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        count.setText(getTranslation("mediation.count", cases.count(filter())));
    }
}
