package cn.gov.laoshan.district.policy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.policy.domain.Item;
import cn.gov.laoshan.district.policy.domain.ItemState;
import cn.gov.laoshan.district.policy.service.ItemService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.QueryGrid;

/** The records in the user's department scope: a lazy grid filtered by state; a row opens the record. */
public class ItemsView extends VerticalLayout {

    public ItemsView(ItemService items) {
        setId("policy-items");
        setSizeFull();
        QueryGrid<Item> list = new QueryGrid<>(Item.class);
        list.grid().addColumn(Item::title).setHeader(getTranslation("policy.item.title")).setFlexGrow(2);
        list.grid().addColumn(Item::applicant).setHeader(getTranslation("policy.item.applicant"));
        list.grid().addColumn(i -> Dates.date(i.receivedOn(), getLocale()))
                .setHeader(getTranslation("policy.item.received-on"));
        list.grid().addColumn(i -> getTranslation("policy.state." + i.state()))
                .setHeader(getTranslation("policy.item.state"));
        list.grid().addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("policy/items/" + e.getItem().id())));
        ComboBox<ItemState> state = list.addFilter(new ComboBox<>(getTranslation("policy.item.state"), ItemState.values()));
        state.setItemLabelGenerator(s -> getTranslation("policy.state." + s));
        state.setClearButtonVisible(true);
        state.setId("policy-state-filter");
        Button create = new Button(getTranslation("policy.screen.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("policy/items/new")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("policy-new");
        list.addActions(create);
        list.setCountText(n -> getTranslation("policy.count", n));
        list.setSource((offset, limit, sort) -> items.list(state.getValue(), offset, limit),
                () -> items.count(state.getValue()));
        add(list);
    }
}
