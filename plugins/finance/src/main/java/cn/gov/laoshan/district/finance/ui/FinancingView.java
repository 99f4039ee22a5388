package cn.gov.laoshan.district.finance.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.finance.domain.FinancingDemand;
import cn.gov.laoshan.district.finance.domain.MatchFigures;
import cn.gov.laoshan.district.finance.service.FinancingService;
import cn.gov.laoshan.district.finance.service.FinancingWorkflow;
import cn.gov.laoshan.district.uikit.Money;

/**
 * 金企通 for finance staff: the figures (success rate, overdue answers), the demands by state, a demand's pushes,
 * matches with their reasons and pushes, and a demand entered for an enterprise.
 */
public class FinancingView extends VerticalLayout {

    private final FinancingService financing;
    private final Grid<FinancingDemand> grid = new Grid<>();
    private final ComboBox<FinancingDemand.State> state = new ComboBox<>();
    private final Span figures = new Span();
    private final DemandPanel panel;

    public FinancingView(FinancingService financing, AccessControl access) {
        this.financing = financing;
        setId("finance-financing");
        figures.setId("finance-financing-figures");
        panel = new DemandPanel(financing, true, this::refresh);
        state.setLabel(getTranslation("finance.payout.state"));
        state.setId("finance-financing-state");
        state.setItems(FinancingDemand.State.values());
        state.setItemLabelGenerator(s -> getTranslation("finance.demand.state." + s.name()));
        state.setClearButtonVisible(true);
        state.addValueChangeListener(e -> refresh());
        grid.setId("finance-demands");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        columns(grid, this);
        grid.setHeight("320px");
        grid.asSingleSelect().addValueChangeListener(e -> panel.show(e.getValue()));
        add(figures, state, grid, panel);
        if (access.has(FinancingWorkflow.MANAGE)) {
            Details entry = new Details(getTranslation("finance.demand.new-for"), new DemandForm(financing, true, d -> {
                refresh();
                grid.select(d);
            }));
            entry.setId("finance-demand-new");
            add(entry);
        }
        refresh();
    }

    static void columns(Grid<FinancingDemand> grid, com.vaadin.flow.component.Component where) {
        grid.addColumn(FinancingDemand::enterpriseName).setHeader(where.getTranslation("finance.payout.enterprise"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(d -> Money.yuan(d.amount().amount(), Reasons.locale()))
                .setHeader(where.getTranslation("finance.demand.amount-short")).setAutoWidth(true);
        grid.addColumn(FinancingDemand::termMonths).setHeader(where.getTranslation("finance.demand.term"))
                .setAutoWidth(true);
        grid.addColumn(FinancingDemand::purpose).setHeader(where.getTranslation("finance.demand.purpose"))
                .setFlexGrow(1);
        grid.addColumn(d -> where.getTranslation("finance.demand.state." + d.state().name()))
                .setHeader(where.getTranslation("finance.payout.state")).setAutoWidth(true);
        grid.addColumn(d -> java.time.LocalDate.ofInstant(d.createdAt(), java.time.ZoneId.of("Asia/Shanghai")))
                .setHeader(where.getTranslation("finance.demand.created")).setAutoWidth(true);
    }

    private void refresh() {
        MatchFigures f = financing.figures();
        figures.setText(getTranslation("finance.financing.figures", f.demands(), f.granted(), f.declined(), f.open(),
                f.successPercent() == null ? "—" : f.successPercent().toPlainString() + "%", f.overdue()));
        FinancingDemand selected = grid.asSingleSelect().getValue();
        grid.setItems(financing.demands(state.getValue()));
        if (selected != null) {
            financing.demand(selected.id()).ifPresent(grid::select);
            panel.show(grid.asSingleSelect().getValue());
        }
    }
}
