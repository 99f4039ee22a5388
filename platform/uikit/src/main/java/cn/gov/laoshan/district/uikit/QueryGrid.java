package cn.gov.laoshan.district.uikit;

import java.util.List;
import java.util.function.LongFunction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A lazy grid over a query: the grid asks for the rows it shows, {@code (offset, limit, sort)}, and for the count,
 * so that a million rows cost one page. Above it a filter bar; every filter added refreshes the grid when it
 * changes (text fields after a short pause in typing). Beside the filters, the count of matches.
 *
 * <pre>{@code
 * QueryGrid<Enterprise> grid = new QueryGrid<>(Enterprise.class);
 * grid.grid().addColumn(e -> e.name()).setKey("NAME").setSortable(true).setHeader("企业名称");
 * grid.addFilter(nameField);
 * grid.setSource((offset, limit, sort) -> registry.list(queryFrom(filters, sort, offset, limit)),
 *         () -> registry.count(queryFrom(filters)));
 * grid.setCountText(n -> "共 " + n + " 条");
 * }</pre>
 *
 * <p>Sort orders name the columns' keys ({@code Column.setKey}); sortable columns need one.
 */
public class QueryGrid<T> extends Composite<VerticalLayout> {

    /** Fetches one page of rows. */
    @FunctionalInterface
    public interface Fetch<T> {
        List<T> fetch(int offset, int limit, List<QuerySortOrder> sort);
    }

    /** Counts the rows that match the current filters. */
    @FunctionalInterface
    public interface Count {
        long count();
    }

    private final Grid<T> grid;
    private final HorizontalLayout filterBar = new HorizontalLayout();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Span countLabel = new Span();
    private LongFunction<String> countText = Long::toString;
    private Fetch<T> fetch = (offset, limit, sort) -> List.of();
    private Count count = () -> 0;

    public QueryGrid(Class<T> beanType) {
        grid = new Grid<>(beanType, false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(50);
        grid.setMultiSort(false);
        grid.setSizeFull();
        filterBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filterBar.setWrap(true);
        countLabel.addClassName("district-grid-count");
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout top = new HorizontalLayout(filterBar, actions);
        top.setWidthFull();
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        top.expand(filterBar);
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSizeFull();
        content.add(top, countLabel, grid);
        content.setFlexGrow(1, grid);
    }

    /** The grid, for columns, selection and item clicks. */
    public Grid<T> grid() {
        return grid;
    }

    /** Sets where rows and the count come from and shows the first page. */
    public void setSource(Fetch<T> newFetch, Count newCount) {
        this.fetch = newFetch;
        this.count = newCount;
        grid.setItems(query -> {
            List<T> rows = fetch.fetch(query.getOffset(), query.getLimit(), query.getSortOrders());
            return rows.stream();
        }, query -> {
            long n = count.count();
            countLabel.setText(countText.apply(n));
            return (int) Math.min(Integer.MAX_VALUE, n);
        });
    }

    /** How the count is shown, e.g. {@code n -> getTranslation("registry.count", n)}. */
    public void setCountText(LongFunction<String> text) {
        this.countText = text;
    }

    /** The count label, to find it in tests. */
    public Span countLabel() {
        return countLabel;
    }

    /** Adds a filter field: the grid goes back to the first page whenever it changes. */
    public <F extends Component & HasValue<?, ?>> F addFilter(F field) {
        if (field instanceof TextField text) {
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.setValueChangeTimeout(350);
            text.setClearButtonVisible(true);
        }
        field.addValueChangeListener(e -> refresh());
        filterBar.add(field);
        return field;
    }

    /** Adds buttons (import, export, new) at the right of the filter bar. */
    public void addActions(Component... components) {
        actions.add(components);
    }

    /** Reads everything again: after a filter changed or data was written. */
    public void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** The first sort order of a query, as {@code key} and direction, or {@code null} when unsorted. */
    public static QuerySortOrder firstSort(List<QuerySortOrder> sort) {
        return sort == null || sort.isEmpty() ? null : sort.get(0);
    }
}
