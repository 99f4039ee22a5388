package cn.gov.laoshan.district.market.lenient.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;

import cn.gov.laoshan.district.market.lenient.domain.Harm;

/** The harm select of the case form and page: none, slight, more than slight; empty while not assessed. */
final class Harms {

    private Harms() {
    }

    static Select<Harm> select(Component view, String id) {
        Select<Harm> harm = new Select<>();
        harm.setLabel(view.getTranslation("market.case.harm"));
        harm.setItems(Harm.values());
        harm.setEmptySelectionAllowed(true);
        harm.setEmptySelectionCaption(view.getTranslation("market.case.unknown"));
        harm.setItemLabelGenerator(h -> h == null ? view.getTranslation("market.case.unknown")
                : view.getTranslation("market.case.harm." + h));
        harm.setId(id);
        return harm;
    }

    static Select<Boolean> itemConditions(Component view, String id) {
        Select<Boolean> met = new Select<>();
        met.setLabel(view.getTranslation("market.case.item-conditions"));
        met.setItems(Boolean.TRUE, Boolean.FALSE);
        met.setEmptySelectionAllowed(true);
        met.setEmptySelectionCaption(view.getTranslation("market.case.unknown"));
        met.setItemLabelGenerator(b -> b == null ? view.getTranslation("market.case.unknown")
                : view.getTranslation("market.case.item-met." + b));
        met.setId(id);
        return met;
    }
}
