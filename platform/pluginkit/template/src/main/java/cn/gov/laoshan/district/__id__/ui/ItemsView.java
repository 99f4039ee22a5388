package cn.gov.laoshan.district.__id__.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.__id__.domain.Item;
import cn.gov.laoshan.district.__id__.domain.ItemState;
import cn.gov.laoshan.district.__id__.service.ItemService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.QueryGrid;

/** The records in the user's department scope: a lazy grid filtered by state; a row opens the record. */
public class ItemsView extends VerticalLayout {

    public ItemsView(ItemService items) {
        setId("__id__-items");
        setSizeFull();
        QueryGrid<Item> list = new QueryGrid<>(Item.class);
        list.grid().addColumn(Item::title).setHeader(getTranslation("__id__.item.title")).setFlexGrow(2);
        list.grid().addColumn(Item::applicant).setHeader(getTranslation("__id__.item.applicant"));
        list.grid().addColumn(i -> Dates.date(i.receivedOn(), getLocale()))
                .setHeader(getTranslation("__id__.item.received-on"));
        list.grid().addColumn(i -> getTranslation("__id__.state." + i.state()))
                .setHeader(getTranslation("__id__.item.state"));
        list.grid().addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("__id__/items/" + e.getItem().id())));
        ComboBox<ItemState> state = list.addFilter(new ComboBox<>(getTranslation("__id__.item.state"), ItemState.values()));
        state.setItemLabelGenerator(s -> getTranslation("__id__.state." + s));
        state.setClearButtonVisible(true);
        state.setId("__id__-state-filter");
        Button create = new Button(getTranslation("__id__.screen.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("__id__/items/new")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("__id__-new");
        list.addActions(create);
        list.setCountText(n -> getTranslation("__id__.count", n));
        list.setSource((offset, limit, sort) -> items.list(state.getValue(), offset, limit),
                () -> items.count(state.getValue()));
        add(list);
    }
}
