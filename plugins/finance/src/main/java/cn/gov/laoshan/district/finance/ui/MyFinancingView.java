package cn.gov.laoshan.district.finance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.finance.domain.FinancingDemand;
import cn.gov.laoshan.district.finance.service.FinancingService;

/**
 * 融资需求 in 企业服务: an enterprise's user enters a demand for its own enterprise and follows its demands — the banks
 * they went to, the day each answer is due, and the outcome.
 */
public class MyFinancingView extends VerticalLayout {

    private final FinancingService financing;
    private final Grid<FinancingDemand> grid = new Grid<>();
    private final DemandPanel panel;

    public MyFinancingView(FinancingService financing) {
        this.financing = financing;
        setId("finance-my-financing");
        panel = new DemandPanel(financing, false, this::refresh);
        grid.setId("finance-my-demands");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        FinancingView.columns(grid, this);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> panel.show(e.getValue()));
        add(new H4(getTranslation("finance.demand.new")), new DemandForm(financing, false, d -> {
            refresh();
            grid.select(d);
        }), new H4(getTranslation("finance.demand.mine")), grid, panel);
        refresh();
    }

    private void refresh() {
        FinancingDemand selected = grid.asSingleSelect().getValue();
        grid.setItems(financing.demands(null));
        if (selected != null) {
            financing.demand(selected.id()).ifPresent(grid::select);
            panel.show(grid.asSingleSelect().getValue());
        }
    }
}
