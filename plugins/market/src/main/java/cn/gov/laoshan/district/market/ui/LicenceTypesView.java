package cn.gov.laoshan.district.market.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.market.domain.LicenceType;
import cn.gov.laoshan.district.market.domain.Period;
import cn.gov.laoshan.district.market.service.LicenceTypeService;
import cn.gov.laoshan.district.uikit.Steps;

/** 证照种类: the type administrator's list of licence types and the form that changes one or adds a new one. */
public class LicenceTypesView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("market-error").withSavedKey("market.saved");

    private final TextField code = text("code", "market.type.code");
    private final TextField nameZh = text("nameZh", "market.type.name-zh");
    private final TextField nameEn = text("nameEn", "market.type.name-en");
    private final IntegerField validity = new IntegerField();
    private final IntegerField opens = new IntegerField();
    private final ComboBox<Period.Unit> opensUnit = new ComboBox<>();
    private final IntegerField closes = new IntegerField();
    private final ComboBox<Period.Unit> closesUnit = new ComboBox<>();
    private final TextField steps = text("reminderSteps", "market.type.steps");
    private final Checkbox late = new Checkbox();
    private final Checkbox minimal = new Checkbox();
    private final TextArea regulation = new TextArea();
    private final IntegerField order = new IntegerField();

    public LicenceTypesView(LicenceTypeService types) {
        setId("market-types");
        Grid<LicenceType> grid = new Grid<>();
        grid.addColumn(t -> t.name(getLocale())).setHeader(getTranslation("market.licence.type")).setAutoWidth(true);
        grid.addColumn(t -> t.validityMonths() == null ? getTranslation("market.type.validity-own")
                : getTranslation("market.type.months", t.validityMonths())).setHeader(getTranslation("market.type.validity"));
        grid.addColumn(t -> period(t.opens()) + " – " + period(t.closes())).setHeader(getTranslation("market.type.window"))
                .setAutoWidth(true);
        grid.addColumn(LicenceType::reminderStepsText).setHeader(getTranslation("market.type.steps"));
        grid.addColumn(t -> getTranslation(t.lateAccepted() ? "market.yes" : "market.no"))
                .setHeader(getTranslation("market.type.late"));
        grid.addColumn(t -> getTranslation(t.minimalRenewal() ? "market.yes" : "market.no"))
                .setHeader(getTranslation("market.type.minimal"));
        grid.setItems(types.types());
        grid.setId("market-types-grid");
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::edit));
        label(validity, "validityMonths", "market.type.validity");
        label(opens, "opens", "market.type.opens");
        label(closes, "closes", "market.type.closes");
        label(order, "sortOrder", "market.type.order");
        for (ComboBox<Period.Unit> unit : List.of(opensUnit, closesUnit)) {
            unit.setItems(Period.Unit.values());
            unit.setItemLabelGenerator(u -> getTranslation("market.unit." + u));
            unit.setLabel(getTranslation("market.type.unit"));
        }
        late.setLabel(getTranslation("market.type.late"));
        minimal.setLabel(getTranslation("market.type.minimal"));
        regulation.setLabel(getTranslation("market.type.regulation"));
        regulation.setId("market-type-regulation");
        FormLayout form = new FormLayout(code, nameZh, nameEn, validity, opens, opensUnit, closes, closesUnit, steps,
                order, late, minimal, regulation);
        form.setColspan(regulation, 2);
        Button save = new Button(getTranslation("market.save"), e -> {
            LicenceType saved = STEPS.call(this, Map.of("code", code, "nameZh", nameZh, "nameEn", nameEn,
                    "validityMonths", validity, "opens", opens, "reminderSteps", steps, "regulation", regulation),
                    () -> types.save(new LicenceType(code.getValue().strip(), nameZh.getValue(), nameEn.getValue(),
                            validity.getValue(), new Period(value(opens), opensUnit.getValue() == null
                                    ? Period.Unit.DAYS : opensUnit.getValue()),
                            new Period(value(closes), closesUnit.getValue() == null ? Period.Unit.DAYS
                                    : closesUnit.getValue()), parse(steps.getValue()), late.getValue(),
                            minimal.getValue(), regulation.getValue(), value(order))));
            if (saved != null) {
                grid.setItems(types.types());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("market-type-save");
        add(grid, form, save);
    }

    private void edit(LicenceType t) {
        code.setValue(t.code());
        nameZh.setValue(t.nameZh());
        nameEn.setValue(t.nameEn());
        validity.setValue(t.validityMonths());
        opens.setValue(t.opens().amount());
        opensUnit.setValue(t.opens().unit());
        closes.setValue(t.closes().amount());
        closesUnit.setValue(t.closes().unit());
        steps.setValue(t.reminderStepsText());
        late.setValue(t.lateAccepted());
        minimal.setValue(t.minimalRenewal());
        regulation.setValue(t.regulation());
        order.setValue(t.sortOrder());
    }

    private String period(Period p) {
        return getTranslation("market.period." + p.unit(), p.amount());
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    /** "30, 7" to [30, 7]; anything else than numbers is refused by the service as a step out of range. */
    private static List<Integer> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,，\\s]+")).filter(s -> !s.isBlank()).map(s -> {
            try {
                return Integer.valueOf(s);
            } catch (NumberFormatException e) {
                return -1;
            }
        }).toList();
    }

    private TextField text(String id, String key) {
        TextField field = new TextField(getTranslation(key));
        field.setId("market-type-" + id);
        return field;
    }

    private void label(IntegerField field, String id, String key) {
        field.setLabel(getTranslation(key));
        field.setId("market-type-" + id);
    }
}
