package cn.gov.laoshan.district.sample.ui;

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

import cn.gov.laoshan.district.sample.domain.Item;
import cn.gov.laoshan.district.sample.service.ItemService;
import cn.gov.laoshan.district.uikit.BackLink;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.RouteRecord;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.TimelinePanel;

/** One record: its fields, the workflow steps the user may take now, and its history. */
public class ItemView extends VerticalLayout implements BeforeEnterObserver {

    private static final Steps STEPS = Steps.standard("sample-error");

    private final ItemService items;

    public ItemView(ItemService items) {
        this.items = items;
        setId("sample-item");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteRecord.find(event, items::find).ifPresent(this::show);
    }

    private void show(Item item) {
        removeAll();
        Span state = new Span(getTranslation("sample.state." + item.state()));
        state.setId("sample-item-state");
        state.getElement().getThemeList().add("badge");
        add(BackLink.to("sample/items", getTranslation("sample.screen.items")), new H2(item.title()), state,
                new Paragraph(getTranslation("sample.item.summary", item.applicant(), item.phone(),
                        Dates.date(item.receivedOn(), getLocale()))));
        List<String> steps = items.actions(item);
        if (!steps.isEmpty()) {
            TextField reason = new TextField(getTranslation("sample.reason"));
            reason.setId("sample-reason");
            HorizontalLayout actions = new HorizontalLayout(reason);
            actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            for (String action : steps) {
                Button step = new Button(getTranslation("sample.action." + action), e -> {
                    Item moved = STEPS.call(this, () -> items.fire(item.id(), action, reason.getValue()));
                    if (moved != null) {
                        show(moved);
                    }
                });
                step.setId("sample-" + action);
                actions.add(step);
            }
            add(actions);
        }
        add(new TimelinePanel("sample-history", () -> items.history(item.id()))
                .actions(action -> getTranslation("sample.action." + action)));
    }
}
