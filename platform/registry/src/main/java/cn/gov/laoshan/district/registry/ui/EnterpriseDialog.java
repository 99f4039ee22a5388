package cn.gov.laoshan.district.registry.ui;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.EnterpriseValidationException;
import cn.gov.laoshan.district.api.enterprise.ImportReport;
import cn.gov.laoshan.district.api.enterprise.InvalidUsccException;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.money.InvalidAmountException;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.uikit.money.YuanField;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.registry.demo.Industries;
import cn.gov.laoshan.district.registry.service.Column;
import cn.gov.laoshan.district.uikit.Dates;

/**
 * An enterprise's details; with the edit permission, a form that creates or changes it. Wrong input is shown at
 * the field, USCC problems spelled out (which position, what the check character should be); nothing is saved
 * until the registry accepts it. The credit grade is shown, never edited here: it changes only with a reason, on the
 * page's 企业事实 tab ({@link FactForms#creditGrade}, for holders of {@code registry.facts.edit}; 调整信用等级… closes
 * this form and opens that one); the form saves the grade registered now.
 */
class EnterpriseDialog extends Dialog {

    private final EnterpriseRegistry registry;
    private final boolean isNew;
    private final Consumer<Enterprise> saved;
    private final TextField uscc = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<String> type = new ComboBox<>();
    private final TextField legal = new TextField();
    private final YuanField capital = new YuanField();
    private final DatePicker established = new DatePicker();
    private final TextField address = new TextField();
    private final ComboBox<String> industry = new ComboBox<>();
    private final Select<EnterpriseStatus> status = new Select<>();
    private final Select<CreditGrade> credit = new Select<>();
    private final Select<EnterpriseSize> size = new Select<>();
    private final Span formError = new Span();
    private final Map<String, HasValidation> byColumn = new HashMap<>();

    /**
     * @param adjustGrade opens the grade's form on the page, for a holder of {@code registry.facts.edit};
     *            {@code null}: the grade is only shown
     */
    EnterpriseDialog(EnterpriseRegistry registry, Runnable adjustGrade, Enterprise enterprise, boolean editable,
            Consumer<Enterprise> saved) {
        this.registry = registry;
        this.isNew = enterprise == null;
        this.saved = saved;
        setId("registry-detail");
        setWidth("760px");
        Locale locale = getLocale();
        setHeaderTitle(isNew ? getTranslation("registry.detail.new") : enterprise.name());

        uscc.setLabel(getTranslation("registry.field.uscc"));
        uscc.setId("registry-field-uscc");
        uscc.setMaxLength(18);
        uscc.setValueChangeMode(ValueChangeMode.ON_BLUR);
        uscc.addValueChangeListener(e -> checkCode(locale));
        name.setLabel(getTranslation("registry.field.name"));
        name.setId("registry-field-name");
        type.setLabel(getTranslation("registry.field.type"));
        type.setItems(Enterprise.TYPES);
        type.setItemLabelGenerator(t -> Formats.companyType(t, getLocale(), this::getTranslation));
        type.setAllowCustomValue(true);
        type.addCustomValueSetListener(e -> type.setValue(e.getDetail()));
        legal.setLabel(getTranslation("registry.field.legal"));
        capital.setLabel(getTranslation("registry.field.capital")); // the field shows 元 after the amount
        capital.setId("registry-field-capital");
        established.setLabel(getTranslation("registry.field.established"));
        Dates.picker(established, locale);
        established.setMax(java.time.LocalDate.now());
        established.setId("registry-field-established");
        address.setLabel(getTranslation("registry.field.address"));
        industry.setLabel(getTranslation("registry.field.industry"));
        industry.setItems(Industries.ALL.stream().map(Industries.Industry::code).toList());
        industry.setItemLabelGenerator(c -> Industries.label(c, locale));
        industry.setAllowCustomValue(true);
        industry.addCustomValueSetListener(e -> industry.setValue(e.getDetail().strip().toUpperCase(Locale.ROOT)));
        industry.setId("registry-field-industry");
        status.setLabel(getTranslation("registry.field.status"));
        status.setItems(EnterpriseStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setId("registry-field-status");
        credit.setLabel(getTranslation("registry.field.credit"));
        credit.setItems(CreditGrade.values());
        credit.setEmptySelectionAllowed(true);
        credit.setItemLabelGenerator(c -> c == null ? "" : c.name());
        credit.setId("registry-field-credit");
        credit.setReadOnly(true);
        credit.setHelperText(getTranslation("registry.field.credit.helper"));
        size.setLabel(getTranslation("registry.field.size"));
        size.setItems(EnterpriseSize.values());
        size.setEmptySelectionAllowed(true);
        size.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.messageKey()));

        byColumn.put(Column.USCC.zh(), uscc);
        byColumn.put(Column.NAME.zh(), name);
        byColumn.put(Column.TYPE.zh(), type);
        byColumn.put(Column.LEGAL_REPRESENTATIVE.zh(), legal);
        byColumn.put(Column.CAPITAL.zh(), capital);
        byColumn.put(Column.ESTABLISHED_ON.zh(), established);
        byColumn.put(Column.ADDRESS.zh(), address);
        byColumn.put(Column.INDUSTRY.zh(), industry);
        byColumn.put(Column.STATUS.zh(), status);
        byColumn.put(Column.CREDIT_GRADE.zh(), credit);
        byColumn.put(Column.SIZE.zh(), size);

        if (enterprise != null) {
            uscc.setValue(enterprise.uscc().value());
            name.setValue(enterprise.name());
            type.setValue(enterprise.type());
            legal.setValue(nz(enterprise.legalRepresentative()));
            try {
                capital.setValue(Yuan.ofNullable(enterprise.registeredCapital()));
            } catch (InvalidAmountException beyondDecimal18) {
                // stored before amounts were checked as Yuan (the column holds more digits): shown, and marked
                capital.textField().setValue(enterprise.registeredCapital().toPlainString());
            }
            established.setValue(enterprise.establishedOn());
            address.setValue(nz(enterprise.address()));
            industry.setValue(enterprise.industryCode());
            status.setValue(enterprise.status());
            credit.setValue(enterprise.creditGrade());
            size.setValue(enterprise.size());
            uscc.setReadOnly(true);
        } else {
            status.setValue(EnterpriseStatus.EXISTING);
        }

        com.vaadin.flow.component.Component creditBox = credit;
        if (adjustGrade != null && enterprise != null) {
            Button adjust = new Button(getTranslation("registry.grade.adjust"), e -> {
                close();
                adjustGrade.run();
            });
            adjust.setId("registry-grade-adjust");
            com.vaadin.flow.component.orderedlayout.HorizontalLayout box = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(
                    credit, adjust);
            box.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            creditBox = box;
        }
        FormLayout form = new FormLayout(uscc, name, type, legal, capital, established, industry, status, creditBox, size, address);
        form.setColspan(name, 1);
        form.setColspan(address, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        formError.setId("registry-form-error");
        formError.getStyle().set("color", "var(--lumo-error-text-color)");
        add(form, formError);

        Button close = new Button(getTranslation(editable ? "registry.action.cancel" : "registry.action.close"), e -> close());
        close.setId("registry-detail-close");
        if (editable) {
            Button save = new Button(getTranslation("registry.action.save"), e -> save(locale));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("registry-detail-save");
            getFooter().add(close, save);
        } else {
            form.getChildren().forEach(c -> c.getElement().setProperty("readonly", true));
            getFooter().add(close);
        }
    }

    private Uscc checkCode(Locale locale) {
        try {
            Uscc code = Uscc.parse(uscc.getValue());
            uscc.setInvalid(false);
            return code;
        } catch (InvalidUsccException e) {
            uscc.setErrorMessage(e.message(locale));
            uscc.setInvalid(true);
            return null;
        }
    }

    private void save(Locale locale) {
        byColumn.values().forEach(f -> f.setInvalid(false));
        formError.setText("");
        Uscc code = checkCode(locale);
        if (code == null) {
            return;
        }
        if (status.getValue() == null) {
            status.setErrorMessage(getTranslation("registry.required"));
            status.setInvalid(true);
            return;
        }
        if (capital.hasBadInput()) {
            // the field says what is wrong with the amount typed
            return;
        }
        BigDecimal yuan = capital.getValue() == null ? null : capital.getValue().amount();
        // the grade as registered now (it may have been set with a reason since the form opened), none for a new one
        CreditGrade grade = isNew ? null : registry.find(code).map(Enterprise::creditGrade).orElse(null);
        Enterprise enterprise = new Enterprise(code, name.getValue().strip(), blank(type.getValue()), blank(legal.getValue()),
                yuan, established.getValue(), blank(address.getValue()), blank(industry.getValue()), status.getValue(),
                grade, size.getValue());
        try {
            if (isNew) {
                registry.create(enterprise);
            } else {
                registry.update(enterprise);
            }
            close();
            saved.accept(enterprise);
        } catch (EnterpriseValidationException e) {
            for (ImportReport.Problem problem : e.problems()) {
                HasValidation field = problem.field() == null ? null : byColumn.get(problem.field());
                if (field != null) {
                    field.setErrorMessage(problem.message(locale));
                    field.setInvalid(true);
                } else {
                    formError.setText(problem.message(locale));
                }
            }
        } catch (AccessDeniedException e) {
            formError.setText(getTranslation("registry.denied"));
        }
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
