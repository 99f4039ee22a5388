package cn.gov.laoshan.district.finance.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.finance.domain.Investment;
import cn.gov.laoshan.district.finance.domain.Portfolio;
import cn.gov.laoshan.district.finance.service.EquityService;
import cn.gov.laoshan.district.uikit.DonutChart;
import cn.gov.laoshan.district.uikit.Money;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.money.YuanField;

/**
 * 拨改投: the portfolio's figures (invested, current value, exit proceeds, multiple, unicorns, listed), the
 * investments with their latest value, and a new investment entered against the rules (refused at the stake with
 * the rule it breaks).
 */
public class EquityView extends VerticalLayout {

    private final EquityService equity;
    private final Span figures = new Span();
    private final Grid<Investment> grid = new Grid<>();
    private final VerticalLayout chart = new VerticalLayout();
    private final HorizontalLayout actions = new HorizontalLayout();

    public EquityView(EquityService equity) {
        this.equity = equity;
        setId("finance-equity");
        figures.setId("finance-portfolio");
        grid.setId("finance-investments");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Investment::enterpriseName).setHeader(getTranslation("finance.payout.enterprise")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(Investment::fund).setHeader(getTranslation("finance.equity.fund")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation("finance.equity.method." + i.method().name()))
                .setHeader(getTranslation("finance.equity.method")).setAutoWidth(true);
        grid.addColumn(Investment::investedOn).setHeader(getTranslation("finance.equity.date")).setAutoWidth(true);
        grid.addColumn(i -> Money.yuan(i.amount().amount(), getLocale()))
                .setHeader(getTranslation("finance.equity.amount")).setAutoWidth(true);
        grid.addColumn(i -> i.stake().stripTrailingZeros().toPlainString() + "%")
                .setHeader(getTranslation("finance.equity.stake")).setAutoWidth(true);
        grid.addColumn(i -> i.exited() ? getTranslation("finance.equity.exit." + i.exitKind().name()) + " "
                + Money.yuan(i.proceeds().amount(), getLocale()) : Money.yuan(i.value().amount(), getLocale()))
                .setHeader(getTranslation("finance.equity.value")).setAutoWidth(true);
        grid.addColumn(i -> (i.unicornOn() == null ? "" : getTranslation("finance.equity.unicorn") + " ")
                + (i.listedOn() == null ? "" : getTranslation("finance.equity.listed")))
                .setHeader(getTranslation("finance.equity.flags")).setAutoWidth(true);
        grid.setHeight("420px");
        grid.asSingleSelect().addValueChangeListener(e -> showActions(e.getValue()));
        chart.setPadding(false);
        add(figures, chart, form(), grid, actions);
        refresh();
    }

    private void refresh() {
        Portfolio p = equity.portfolio();
        figures.setText(getTranslation("finance.equity.figures", p.investments(), Money.yuan(p.invested().amount(),
                getLocale()), Money.yuan(p.currentValue().amount(), getLocale()), Money.yuan(p.proceeds().amount(),
                getLocale()), p.multiple().toPlainString(), p.exits(), p.unicorns(), p.listed()));
        var list = equity.list();
        grid.setItems(list);
        chart.removeAll();
        if (!list.isEmpty()) {
            DonutChart donut = DonutChart.of(getTranslation("finance.equity.by-method"), getLocale());
            for (Investment.Method m : Investment.Method.values()) {
                BigDecimal sum = list.stream().filter(i -> i.method() == m).map(i -> i.amount().amount())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                donut.slice(getTranslation("finance.equity.method." + m.name()), sum);
            }
            chart.add(donut.id("finance-equity-chart").component());
        }
    }

    /** The steps on the selected holding: a valuation, an exit, the unicorn and listed flags. */
    private void showActions(Investment i) {
        actions.removeAll();
        if (i == null || i.exited()) {
            return;
        }
        Button value = new Button(getTranslation("finance.equity.action.value"), e -> {
            DatePicker on = new DatePicker(getTranslation("finance.equity.valued-on"), LocalDate.now());
            YuanField amount = new YuanField(getTranslation("finance.equity.value"));
            TextField note = new TextField(getTranslation("finance.objection.note"));
            dialog("finance.equity.action.value", Map.of("valuedOn", on, "value", amount),
                    () -> equity.value(i.id(), on.getValue(), amount.getValue(), note.getValue()), on, amount, note);
        });
        value.setId("finance-equity-value");
        Button exit = new Button(getTranslation("finance.equity.action.exit"), e -> {
            ComboBox<Investment.ExitKind> kind = new ComboBox<>(getTranslation("finance.equity.action.exit"));
            kind.setItems(Investment.ExitKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("finance.equity.exit." + k.name()));
            DatePicker on = new DatePicker(getTranslation("finance.equity.exited-on"), LocalDate.now());
            YuanField proceeds = new YuanField(getTranslation("finance.equity.proceeds"));
            dialog("finance.equity.action.exit", Map.of("kind", kind, "exitedOn", on, "proceeds", proceeds),
                    () -> equity.exit(i.id(), kind.getValue(), on.getValue(), proceeds.getValue()), kind, on, proceeds);
        });
        exit.setId("finance-equity-exit");
        Button flag = new Button(getTranslation("finance.equity.action.flag"), e -> {
            DatePicker unicorn = new DatePicker(getTranslation("finance.equity.unicorn"), i.unicornOn());
            DatePicker listed = new DatePicker(getTranslation("finance.equity.listed"), i.listedOn());
            dialog("finance.equity.action.flag", Map.of("unicornOn", unicorn, "listedOn", listed),
                    () -> equity.flag(i.id(), unicorn.getValue(), listed.getValue()), unicorn, listed);
        });
        flag.setId("finance-equity-flag");
        actions.add(value, exit, flag);
    }

    private void dialog(String titleKey, Map<String, ? extends com.vaadin.flow.component.HasValidation> fields,
            Runnable step, com.vaadin.flow.component.Component... content) {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey));
        Button ok = new Button(getTranslation("finance.save"), e -> {
            if (Steps.standard("finance-equity-step-error").run(dialog, fields, step)) {
                dialog.close();
                refresh();
            }
        });
        ok.setId("finance-equity-step-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(content));
        dialog.getFooter().add(new Button(getTranslation("finance.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private HorizontalLayout form() {
        TextField uscc = new TextField(getTranslation("finance.equity.uscc"));
        uscc.setId("finance-equity-uscc");
        TextField name = new TextField(getTranslation("finance.payout.enterprise"));
        name.setId("finance-equity-name");
        TextField fund = new TextField(getTranslation("finance.equity.fund"));
        fund.setId("finance-equity-fund");
        ComboBox<Investment.Method> method = new ComboBox<>(getTranslation("finance.equity.method"));
        method.setItems(Arrays.asList(Investment.Method.values()));
        method.setItemLabelGenerator(m -> getTranslation("finance.equity.method." + m.name()));
        method.setId("finance-equity-method");
        YuanField amount = new YuanField(getTranslation("finance.equity.amount"));
        amount.setId("finance-equity-amount");
        BigDecimalField stake = new BigDecimalField(getTranslation("finance.equity.stake"));
        stake.setId("finance-equity-stake");
        BigDecimalField largest = new BigDecimalField(getTranslation("finance.equity.largest-other"));
        largest.setId("finance-equity-largest");
        DatePicker date = new DatePicker(getTranslation("finance.equity.date"));
        date.setId("finance-equity-date");
        Button save = new Button(getTranslation("finance.equity.invest"), e -> {
            if (Steps.standard("finance-equity-error").run(this, Map.of("uscc", uscc, "enterpriseName", name,
                    "fund", fund, "method", method, "amount", amount, "stake", stake, "largestOther", largest,
                    "investedOn", date), () -> equity.invest(new Investment.Draft(uscc.getValue(), name.getValue(),
                    fund.getValue(), method.getValue(), amount.getValue(), stake.getValue(), largest.getValue(),
                    date.getValue())))) {
                refresh();
            }
        });
        save.setId("finance-equity-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(uscc, name, fund, method, amount, stake, largest, date, save);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }
}
