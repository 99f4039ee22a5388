package cn.gov.laoshan.district.mediation.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import cn.gov.laoshan.district.api.masking.Masking;
import cn.gov.laoshan.district.mediation.domain.CaseState;
import cn.gov.laoshan.district.mediation.domain.CaseType;
import cn.gov.laoshan.district.mediation.domain.MediationCase;
import cn.gov.laoshan.district.mediation.domain.MediationGroup;
import cn.gov.laoshan.district.mediation.service.CaseRepository;
import cn.gov.laoshan.district.mediation.service.CaseFilter;
import cn.gov.laoshan.district.mediation.service.CaseService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.ExcelExport;

/**
 * All cases: lazy, sortable, searched by case number, party or enterprise, filtered by type, state, group, date,
 * open and overdue; open cases first (the most overdue on top) until the user sorts; Excel out. The dashboard's
 * figures open it filtered by query parameters: {@code ?open}, {@code ?overdue}, {@code ?settled=2026-12-01}.
 */
public class CasesView extends VerticalLayout implements BeforeEnterObserver {

    /** Query parameters the dashboard's figures link with. */
    public static final String OPEN = "open";
    public static final String OVERDUE = "overdue";
    public static final String SETTLED = "settled";

    private final CaseService cases;
    private final Grid<MediationCase> grid = new Grid<>();
    private final ComboBox<CaseType> type = new ComboBox<>();
    private final ComboBox<CaseState> state = new ComboBox<>();
    private final ComboBox<MediationGroup> group = new ComboBox<>();
    private final DatePicker from = Dates.picker(new DatePicker(), getLocale());
    private final DatePicker to = Dates.picker(new DatePicker(), getLocale());
    private final Checkbox overdue = new Checkbox();
    private final Checkbox open = new Checkbox();
    private final TextField search = new TextField();
    private LocalDate settledFrom;
    private final Span count = new Span();

    public CasesView(CaseService cases, Masking masking) {
        this.cases = cases;
        setId("mediation-cases");
        setSizeFull();
        search.setLabel(getTranslation("mediation.search"));
        search.setPlaceholder(getTranslation("mediation.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("cases-search");
        search.setWidth("21em");
        search.addValueChangeListener(e -> refresh());
        type.setLabel(getTranslation("mediation.case.type"));
        type.setItems(CaseType.values());
        type.setItemLabelGenerator(t -> getTranslation("mediation.type." + t));
        type.setClearButtonVisible(true);
        state.setLabel(getTranslation("mediation.case.state"));
        state.setItems(CaseState.values());
        state.setItemLabelGenerator(s -> getTranslation("mediation.state." + s));
        state.setClearButtonVisible(true);
        group.setLabel(getTranslation("mediation.case.group"));
        group.setItems(cases.groups());
        group.setItemLabelGenerator(g -> g.name(getLocale()));
        group.setClearButtonVisible(true);
        from.setLabel(getTranslation("mediation.filter.from"));
        to.setLabel(getTranslation("mediation.filter.to"));
        open.setLabel(getTranslation("mediation.filter.open"));
        open.setId("filter-open");
        open.addValueChangeListener(e -> refresh());
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
                cases.list(filter(), CaseRepository.DEFAULT_ORDER, true, 0, 100_000).stream().<List<?>>map(c -> List.<Object>of(c.number(),
                        getTranslation("mediation.type." + c.type()), getTranslation("mediation.state." + c.state()),
                        c.appliedOn(), c.deadline(), c.mediatorLogin() == null ? "" : c.mediatorLogin())).toList())),
                "");
        Button exportButton = new Button(getTranslation("mediation.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);
        export.getElement().setAttribute("download", true);
        export.setId("cases-export");

        HorizontalLayout filters = new HorizontalLayout(search, type, state, group, from, to, open, overdue, count,
                export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        filters.setWrap(true);
        CaseGrid.columns(grid, masking, cases.today(), cases.dueSoonUntil(), cases::provisionalDeadline);
        grid.setItems(query -> {
            QuerySortOrder order = query.getSortOrders().isEmpty() ? null : query.getSortOrders().get(0);
            return cases.list(filter(), order == null ? CaseRepository.DEFAULT_ORDER : order.getSorted(),
                    order == null || order.getDirection() == SortDirection.ASCENDING, query.getOffset(),
                    query.getLimit()).stream();
        }, query -> cases.count(filter()));
        grid.setSizeFull();
        add(filters, grid);
        updateCount();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        open.setValue(parameters.containsKey(OPEN));
        overdue.setValue(parameters.containsKey(OVERDUE));
        settledFrom = parameters.getOrDefault(SETTLED, List.of()).stream().findFirst().map(day -> {
            try {
                return LocalDate.parse(day);
            } catch (DateTimeParseException e) {
                return null;
            }
        }).orElse(null);
        refresh();
    }

    private CaseFilter filter() {
        return new CaseFilter(type.getValue(), state.getValue(), group.getValue() == null ? null : group.getValue().id(),
                null, from.getValue(), to.getValue(), overdue.getValue(), open.getValue(), cases.today(),
                search.getValue(), false, settledFrom);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        count.setText(getTranslation("mediation.count", cases.count(filter())));
    }
}
