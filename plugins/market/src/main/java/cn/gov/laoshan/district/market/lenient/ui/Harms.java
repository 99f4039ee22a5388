package cn.gov.laoshan.district.market.lenient.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;

import cn.gov.laoshan.district.market.lenient.domain.Harm;

/**
 * The case form's and page's findings that may still be unknown: the harm, and whether the item's own conditions
 * hold. Cleared (empty) means 待核实; a combo box, whose cleared value is plainly "none chosen".
 */
final class Harms {

    private Harms() {
    }

    static ComboBox<Harm> select(Component view, String id) {
        ComboBox<Harm> harm = new ComboBox<>(view.getTranslation("market.case.harm"));
        harm.setItems(Harm.values());
        harm.setItemLabelGenerator(h -> view.getTranslation("market.case.harm." + h));
        harm.setPlaceholder(view.getTranslation("market.case.unknown"));
        harm.setClearButtonVisible(true);
        harm.setId(id);
        return harm;
    }

    static ComboBox<Boolean> itemConditions(Component view, String id) {
        ComboBox<Boolean> met = new ComboBox<>(view.getTranslation("market.case.item-conditions"));
        met.setItems(Boolean.TRUE, Boolean.FALSE);
        met.setItemLabelGenerator(b -> view.getTranslation("market.case.item-met." + b));
        met.setPlaceholder(view.getTranslation("market.case.unknown"));
        met.setClearButtonVisible(true);
        met.setId(id);
        return met;
    }
}
