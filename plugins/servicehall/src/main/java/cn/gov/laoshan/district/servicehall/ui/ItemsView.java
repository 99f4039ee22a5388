package cn.gov.laoshan.district.servicehall.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.servicehall.domain.Item;
import cn.gov.laoshan.district.servicehall.domain.ItemState;
import cn.gov.laoshan.district.servicehall.service.ItemService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.QueryGrid;

/** The records in the user's department scope: a lazy grid filtered by state; a row opens the record. */
public class ItemsView extends VerticalLayout {

    public ItemsView(ItemService items) {
        setId("servicehall-items");
        setSizeFull();
        QueryGrid<Item> list = new QueryGrid<>(Item.class);
        list.grid().addColumn(Item::title).setHeader(getTranslation("servicehall.item.title")).setFlexGrow(2);
        list.grid().addColumn(Item::applicant).setHeader(getTranslation("servicehall.item.applicant"));
        list.grid().addColumn(i -> Dates.date(i.receivedOn(), getLocale()))
                .setHeader(getTranslation("servicehall.item.received-on"));
        list.grid().addColumn(i -> getTranslation("servicehall.state." + i.state()))
                .setHeader(getTranslation("servicehall.item.state"));
        list.grid().addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("servicehall/items/" + e.getItem().id())));
        ComboBox<ItemState> state = list.addFilter(new ComboBox<>(getTranslation("servicehall.item.state"), ItemState.values()));
        state.setItemLabelGenerator(s -> getTranslation("servicehall.state." + s));
        state.setClearButtonVisible(true);
        state.setId("servicehall-state-filter");
        Button create = new Button(getTranslation("servicehall.screen.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("servicehall/items/new")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("servicehall-new");
        list.addActions(create);
        list.setCountText(n -> getTranslation("servicehall.count", n));
        list.setSource((offset, limit, sort) -> items.list(state.getValue(), offset, limit),
                () -> items.count(state.getValue()));
        add(list);
    }
}
