package cn.gov.laoshan.district.servicehall.founding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;

import cn.gov.laoshan.district.servicehall.founding.domain.FoundingOrder;
import cn.gov.laoshan.district.servicehall.helpdesk.service.HelpdeskService;
import cn.gov.laoshan.district.uikit.Dates;

/** The order columns the centre, the agency and the engraver share. */
final class FoundingColumns {

    private FoundingColumns() {
    }

    static void add(Grid<FoundingOrder> grid, Component where, java.util.Locale locale) {
        grid.addColumn(FoundingOrder::number).setHeader(where.getTranslation("servicehall.founding.number"))
                .setAutoWidth(true);
        grid.addColumn(o -> FoundingView.state(where, o.state())).setHeader(where.getTranslation(
                "servicehall.helpdesk.state")).setAutoWidth(true);
        grid.addColumn(o -> o.founderName() + " " + HelpdeskService.maskedMobile(o.founderMobile()))
                .setHeader(where.getTranslation("servicehall.founding.founder"));
        grid.addColumn(o -> o.registeredName() != null ? o.registeredName() + " " + o.uscc() : o.proposedName())
                .setHeader(where.getTranslation("servicehall.founding.enterprise")).setAutoWidth(true);
        grid.addColumn(FoundingOrder::agencyName).setHeader(where.getTranslation("servicehall.founding.agency"));
        grid.addColumn(o -> o.engraverName() == null ? "" : o.engraverName())
                .setHeader(where.getTranslation("servicehall.founding.engraver"));
        grid.addColumn(o -> Dates.dateTime(o.createdAt(), locale))
                .setHeader(where.getTranslation("servicehall.founding.ordered-at"));
        // wide enough for what they hold, in either language (the grid scrolls sideways rather than cut a name)
        grid.getColumns().forEach(c -> c.setAutoWidth(true));
    }
}
