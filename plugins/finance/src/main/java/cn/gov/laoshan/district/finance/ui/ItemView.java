package cn.gov.laoshan.district.finance.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import cn.gov.laoshan.district.finance.domain.Item;
import cn.gov.laoshan.district.finance.service.ItemService;
import cn.gov.laoshan.district.uikit.BackLink;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.RouteRecord;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.TimelinePanel;
import cn.gov.laoshan.district.uikit.WorkflowActions;

/** One record: its fields, its state with the workflow steps the user may take now, and its history. */
public class ItemView extends VerticalLayout implements BeforeEnterObserver {

    private static final Steps STEPS = Steps.standard("finance-error");

    private final ItemService items;

    public ItemView(ItemService items) {
        this.items = items;
        setId("finance-item");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteRecord.find(event, items::find).ifPresent(this::show);
    }

    private void show(Item item) {
        removeAll();
        add(BackLink.to("finance/items", getTranslation("finance.screen.items")), new H2(item.title()),
                new WorkflowActions<Item>("finance", STEPS, (action, reason) -> items.fire(item.id(), action, reason),
                        this::show).show(item.state(), items.actions(item)),
                new Paragraph(getTranslation("finance.item.summary", item.applicant(), item.phone(),
                        Dates.date(item.receivedOn(), getLocale()))),
                new TimelinePanel("finance-history", () -> items.history(item.id()))
                        .actions(action -> getTranslation("finance.action." + action)));
    }
}
