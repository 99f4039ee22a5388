package cn.gov.laoshan.district.finance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.finance.domain.Item;
import cn.gov.laoshan.district.finance.domain.ItemState;
import cn.gov.laoshan.district.finance.service.ItemService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.QueryGrid;

/** The records in the user's department scope: a lazy grid filtered by state; a row opens the record. */
public class ItemsView extends VerticalLayout {

    public ItemsView(ItemService items) {
        setId("finance-items");
        setSizeFull();
        QueryGrid<Item> list = new QueryGrid<>(Item.class);
        list.grid().addColumn(Item::title).setHeader(getTranslation("finance.item.title")).setFlexGrow(2);
        list.grid().addColumn(Item::applicant).setHeader(getTranslation("finance.item.applicant"));
        list.grid().addColumn(i -> Dates.date(i.receivedOn(), getLocale()))
                .setHeader(getTranslation("finance.item.received-on"));
        list.grid().addColumn(i -> getTranslation("finance.state." + i.state()))
                .setHeader(getTranslation("finance.item.state"));
        list.grid().addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("finance/items/" + e.getItem().id())));
        ComboBox<ItemState> state = list.addFilter(new ComboBox<>(getTranslation("finance.item.state"), ItemState.values()));
        state.setItemLabelGenerator(s -> getTranslation("finance.state." + s));
        state.setClearButtonVisible(true);
        state.setId("finance-state-filter");
        Button create = new Button(getTranslation("finance.screen.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("finance/items/new")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("finance-new");
        list.addActions(create);
        list.setCountText(n -> getTranslation("finance.count", n));
        list.setSource((offset, limit, sort) -> items.list(state.getValue(), offset, limit),
                () -> items.count(state.getValue()));
        add(list);
    }
}
