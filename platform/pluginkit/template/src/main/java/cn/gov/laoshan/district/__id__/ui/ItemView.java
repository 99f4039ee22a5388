package cn.gov.laoshan.district.__id__.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import cn.gov.laoshan.district.__id__.domain.Item;
import cn.gov.laoshan.district.__id__.service.ItemService;
import cn.gov.laoshan.district.uikit.BackLink;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.RouteRecord;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.TimelinePanel;

/** One record: its fields, the workflow steps the user may take now, and its history. */
public class ItemView extends VerticalLayout implements BeforeEnterObserver {

    private static final Steps STEPS = Steps.standard("__id__-error");

    private final ItemService items;

    public ItemView(ItemService items) {
        this.items = items;
        setId("__id__-item");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteRecord.find(event, items::find).ifPresent(this::show);
    }

    private void show(Item item) {
        removeAll();
        Span state = new Span(getTranslation("__id__.state." + item.state()));
        state.setId("__id__-item-state");
        state.getElement().getThemeList().add("badge");
        add(BackLink.to("__id__/items", getTranslation("__id__.screen.items")), new H2(item.title()), state,
                new Paragraph(getTranslation("__id__.item.summary", item.applicant(), item.phone(),
                        Dates.date(item.receivedOn(), getLocale()))));
        List<String> steps = items.actions(item);
        if (!steps.isEmpty()) {
            TextField reason = new TextField(getTranslation("__id__.reason"));
            reason.setId("__id__-reason");
            HorizontalLayout actions = new HorizontalLayout(reason);
            actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            for (String action : steps) {
                Button step = new Button(getTranslation("__id__.action." + action), e -> {
                    Item moved = STEPS.call(this, () -> items.fire(item.id(), action, reason.getValue()));
                    if (moved != null) {
                        show(moved);
                    }
                });
                step.setId("__id__-" + action);
                actions.add(step);
            }
            add(actions);
        }
        add(new TimelinePanel("__id__-history", () -> items.history(item.id()))
                .actions(action -> getTranslation("__id__.action." + action)));
    }
}
