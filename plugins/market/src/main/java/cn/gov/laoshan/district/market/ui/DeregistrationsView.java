package cn.gov.laoshan.district.market.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import cn.gov.laoshan.district.market.domain.DeregistrationState;
import cn.gov.laoshan.district.market.service.Deregistration;
import cn.gov.laoshan.district.market.service.DeregistrationService;
import cn.gov.laoshan.district.uikit.Dates;

/** 简易注销 for staff: the department's deregistrations, newest first, by state; a row opens its page. */
public class DeregistrationsView extends VerticalLayout {

    static final int SHOWN = 500;

    public DeregistrationsView(DeregistrationService deregistrations) {
        setId("market-deregistrations");
        add(new H2(getTranslation("market.screen.deregistrations")));
        Select<DeregistrationState> state = new Select<>();
        state.setLabel(getTranslation("market.dereg.state"));
        state.setItems(DeregistrationState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("market.filter.all"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("market.filter.all")
                : getTranslation("market.dereg.state." + s));
        state.setId("market-dereg-filter");
        Grid<Deregistration> grid = new Grid<>();
        grid.setId("market-dereg-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(Deregistration::name).setHeader(getTranslation("market.dereg.enterprise")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(Deregistration::uscc).setHeader(getTranslation("market.licence.uscc")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("market.dereg.kind." + d.kind())).setHeader(getTranslation(
                "market.dereg.kind")).setAutoWidth(true);
        grid.addComponentColumn(d -> DeregistrationPanel.state(this, d)).setHeader(getTranslation("market.dereg.state"))
                .setAutoWidth(true);
        grid.addColumn(d -> Dates.date(d.periodStart(), getLocale()) + " – " + Dates.date(d.periodEnd(), getLocale()))
                .setHeader(getTranslation("market.dereg.period")).setAutoWidth(true);
        grid.addColumn(d -> d.applyBy() == null ? "" : Dates.date(d.applyBy(), getLocale()))
                .setHeader(getTranslation("market.dereg.apply-by")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("market/deregistrations/"
                + e.getItem().id())));
        state.addValueChangeListener(e -> grid.setItems(deregistrations.list(e.getValue(), 0, SHOWN)));
        grid.setItems(deregistrations.list(null, 0, SHOWN));
        add(state, grid);
        setSizeFull();
    }
}
