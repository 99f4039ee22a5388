package cn.gov.laoshan.district.__id__.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import cn.gov.laoshan.district.__id__.domain.Item;
import cn.gov.laoshan.district.__id__.service.ItemService;
import cn.gov.laoshan.district.uikit.BackLink;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.RecordPage;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.TimelinePanel;
import cn.gov.laoshan.district.uikit.WorkflowActions;

/** One record: its fields, its state with the workflow steps the user may take now, and its history. */
public class ItemView extends RecordPage<Item> {

    private static final Steps STEPS = Steps.standard("__id__-error");

    private final ItemService items;

    public ItemView(ItemService items) {
        super("__id__-item", items::find);
        this.items = items;
    }

    @Override
    protected void fill(Item item) {
        add(BackLink.to("__id__/items", getTranslation("__id__.screen.items")), new H2(item.title()),
                new WorkflowActions<Item>("__id__", STEPS, (action, reason) -> items.fire(item.id(), action, reason),
                        this::show).show(item.state(), items.actions(item)),
                new Paragraph(getTranslation("__id__.item.summary", item.applicant(), item.phone(),
                        Dates.date(item.receivedOn(), getLocale()))),
                new TimelinePanel("__id__-history", () -> items.history(item.id()))
                        .actions(action -> getTranslation("__id__.action." + action)));
    }
}
