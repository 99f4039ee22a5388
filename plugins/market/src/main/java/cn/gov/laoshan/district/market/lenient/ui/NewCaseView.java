package cn.gov.laoshan.district.market.lenient.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.market.lenient.domain.Harm;
import cn.gov.laoshan.district.market.lenient.domain.LenientItem;
import cn.gov.laoshan.district.market.lenient.service.CaseService;
import cn.gov.laoshan.district.market.lenient.service.ViolationCase;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.EnterprisePicker;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.UnsavedChanges;
import cn.gov.laoshan.district.uikit.money.YuanField;

/**
 * 登记违法案件: the enterprise, the behaviour (an item of a lenient-enforcement list, or none), what was found, the
 * goods' value, the harm, whether the item's own conditions hold, the correction ordered and its day.
 */
public class NewCaseView extends VerticalLayout {

    public NewCaseView(CaseService cases, EnterpriseRegistry registry, AccessControl access) {
        setId("market-new-case");
        EnterprisePicker enterprise = new EnterprisePicker(registry, access);
        enterprise.setLabel(getTranslation("market.licence.holder"));
        enterprise.setId("market-case-uscc");
        ComboBox<LenientItem> item = new ComboBox<>(getTranslation("market.case.item"));
        item.setItems(cases.items());
        item.setItemLabelGenerator(i -> i.code() + " " + i.behaviour(getLocale()));
        item.setHelperText(getTranslation("market.case.item-help"));
        item.setId("market-case-item");
        item.setWidth("36em");
        TextField description = new TextField(getTranslation("market.case.description"));
        description.setId("market-case-description");
        item.addValueChangeListener(e -> {
            if (e.getValue() != null && description.isEmpty()) {
                description.setValue(e.getValue().behaviourZh());
            }
        });
        TextArea facts = new TextArea(getTranslation("market.case.facts"));
        facts.setId("market-case-facts");
        DatePicker found = Dates.picker(new DatePicker(getTranslation("market.case.found-on")), getLocale());
        found.setValue(cases.today());
        found.setId("market-case-found-on");
        YuanField goods = new YuanField(getTranslation("market.case.goods-value"), getLocale());
        goods.setId("market-case-goods-value");
        ComboBox<Harm> harm = Harms.select(this, "market-case-harm");
        ComboBox<Boolean> itemConditions = Harms.itemConditions(this, "market-case-item-conditions");
        TextField correction = new TextField(getTranslation("market.case.correction"));
        correction.setId("market-case-correction");
        DatePicker correctBy = Dates.picker(new DatePicker(getTranslation("market.case.correct-by")), getLocale());
        correctBy.setHelperText(getTranslation("market.case.correct-by-help"));
        correctBy.setId("market-case-correct-by");
        FormLayout form = new FormLayout(enterprise, item, description, facts, found, goods, harm, itemConditions,
                correction, correctBy);
        UnsavedChanges unsaved = UnsavedChanges.guard(this).trackAll(form);
        Button save = new Button(getTranslation("market.save"), e -> {
            ViolationCase saved = Steps.standard("market-error").withSavedKey("market.saved").call(this, Map.of(
                    "uscc", enterprise, "description", description, "facts", facts, "foundOn", found,
                    "correctBy", correctBy), () -> cases.record(new CaseService.Draft(
                            enterprise.getValue() == null ? null : enterprise.getValue().uscc().toString(),
                            item.getValue() == null ? null : item.getValue().code(), description.getValue(),
                            facts.getValue(), found.getValue(), goods.getValue() == null ? null
                                    : goods.getValue().amount(), harm.getValue(), itemConditions.getValue(),
                            correction.getValue(), correctBy.getValue())));
            if (saved != null) {
                unsaved.saved();
                getUI().ifPresent(ui -> ui.navigate("market/cases/" + saved.id()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("market-case-save");
        add(new H2(getTranslation("market.screen.new-case")), form, save);
    }
}
