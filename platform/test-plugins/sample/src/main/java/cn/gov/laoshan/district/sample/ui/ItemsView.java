package cn.gov.laoshan.district.sample.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.sample.domain.Item;
import cn.gov.laoshan.district.sample.domain.ItemState;
import cn.gov.laoshan.district.sample.service.ItemService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.QueryGrid;

/** The records in the user's department scope: a lazy grid filtered by state; a row opens the record. */
public class ItemsView extends VerticalLayout {

    public ItemsView(ItemService items) {
        setId("sample-items");
        setSizeFull();
        QueryGrid<Item> list = new QueryGrid<>(Item.class);
        list.grid().addColumn(Item::title).setHeader(getTranslation("sample.item.title")).setFlexGrow(2);
        list.grid().addColumn(Item::applicant).setHeader(getTranslation("sample.item.applicant"));
        list.grid().addColumn(i -> Dates.date(i.receivedOn(), getLocale()))
                .setHeader(getTranslation("sample.item.received-on"));
        list.grid().addColumn(i -> getTranslation("sample.state." + i.state()))
                .setHeader(getTranslation("sample.item.state"));
        list.grid().addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("sample/items/" + e.getItem().id())));
        ComboBox<ItemState> state = list.addFilter(new ComboBox<>(getTranslation("sample.item.state"), ItemState.values()));
        state.setItemLabelGenerator(s -> getTranslation("sample.state." + s));
        state.setClearButtonVisible(true);
        state.setId("sample-state-filter");
        Button create = new Button(getTranslation("sample.screen.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("sample/items/new")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("sample-new");
        list.addActions(create);
        list.setCountText(n -> getTranslation("sample.count", n));
        list.setSource((offset, limit, sort) -> items.list(state.getValue(), offset, limit),
                () -> items.count(state.getValue()));
        add(list);
    }
}
