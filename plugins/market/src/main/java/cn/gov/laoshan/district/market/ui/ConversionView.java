package cn.gov.laoshan.district.market.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.market.service.ConversionService;
import cn.gov.laoshan.district.uikit.EnterprisePicker;
import cn.gov.laoshan.district.uikit.Steps;

/** 个转企（直接变更）: staff change an individual business into an enterprise keeping its code, date and trade name. */
public class ConversionView extends VerticalLayout {

    public ConversionView(ConversionService conversions, EnterpriseRegistry registry, AccessControl access) {
        setId("market-conversion");
        EnterprisePicker business = new EnterprisePicker(registry, access);
        business.setLabel(getTranslation("market.licence.holder"));
        business.setId("market-conversion-uscc");
        TextField newName = new TextField(getTranslation("market.conversion.new-name"));
        newName.setId("market-conversion-newName");
        ComboBox<String> newType = new ComboBox<>(getTranslation("market.conversion.new-type"),
                Enterprise.TYPES.stream().filter(t -> !t.equals("个体工商户")).toList());
        newType.setId("market-conversion-newType");
        TextField trade = new TextField(getTranslation("market.conversion.trade-name-label"));
        trade.setId("market-conversion-tradeName");
        Checkbox tax = new Checkbox(getTranslation("market.conversion.tax-label"));
        Checkbox debts = new Checkbox(getTranslation("market.conversion.debts-label"));
        Button convert = new Button(getTranslation("market.action.convert"), e -> {
            Enterprise done = Steps.standard("market-error").withSavedKey("market.saved").call(this, Map.of("uscc",
                    business, "newName", newName, "newType", newType, "tradeName", trade), () -> conversions.convert(
                            new ConversionService.Request(business.getValue() == null ? null
                                    : business.getValue().uscc().toString(), newName.getValue(), newType.getValue(),
                                    trade.getValue(), tax.getValue(), debts.getValue())));
            if (done != null) {
                business.select(done.uscc().toString());
            }
        });
        convert.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        convert.setId("market-conversion-save");
        add(new H2(getTranslation("market.screen.conversion")), new FormLayout(business, newName, newType, trade),
                tax, debts, convert);
    }
}
