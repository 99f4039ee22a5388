package cn.gov.laoshan.district.servicehall.founding.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.servicehall.founding.domain.FoundingOrder;
import cn.gov.laoshan.district.servicehall.founding.service.FoundingService;

/**
 * The contracted agency's or engraver's orders (external users of the organisation): only those given to it — the
 * service's query is scoped to the organisation's USCC — with the steps it may take.
 */
public class PartnerOrdersView extends VerticalLayout {

    private final FoundingService founding;
    private final Grid<FoundingOrder> orders = new Grid<>();

    public PartnerOrdersView(FoundingService founding, Timeline timeline, String introKey) {
        this.founding = founding;
        setId("servicehall-partner-orders");
        FoundingColumns.add(orders, this, getLocale());
        orders.setId("servicehall-partner-order-list");
        orders.setHeight("20em");
        FoundingSteps steps = new FoundingSteps(founding, timeline, this::refresh);
        orders.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(steps::show));
        add(new Paragraph(getTranslation(introKey)), orders, steps);
        refresh();
    }

    private void refresh() {
        orders.setItems(founding.orders(null));
    }

    /** The agency's screen. */
    public static class Agency extends PartnerOrdersView {
        public Agency(FoundingService founding, Timeline timeline) {
            super(founding, timeline, "servicehall.founding.agency.intro");
        }
    }

    /** The engraver's screen. */
    public static class Engraver extends PartnerOrdersView {
        public Engraver(FoundingService founding, Timeline timeline) {
            super(founding, timeline, "servicehall.founding.engraver.intro");
        }
    }
}
