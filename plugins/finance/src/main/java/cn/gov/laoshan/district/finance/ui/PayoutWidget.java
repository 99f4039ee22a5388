package cn.gov.laoshan.district.finance.ui;

import java.util.List;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.finance.domain.Budget;
import cn.gov.laoshan.district.finance.service.Budgets;
import cn.gov.laoshan.district.finance.service.PayoutService;
import cn.gov.laoshan.district.uikit.BarChart;
import cn.gov.laoshan.district.uikit.Money;

/** The dashboard card: this year's budgets against what was paid, by policy, and the year's totals. */
public class PayoutWidget extends VerticalLayout {

    public PayoutWidget(PayoutService payouts, Budgets budgets) {
        setPadding(false);
        setId("finance-widget");
        int year = payouts.today().getYear();
        List<Budget> held = budgets.budgets(year);
        java.math.BigDecimal budget = held.stream().map(b -> b.amount().amount())
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        java.math.BigDecimal paid = held.stream().map(b -> b.paid().amount())
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        Span summary = new Span(getTranslation("finance.widget.summary", year, Money.yuan(budget, getLocale()),
                Money.yuan(paid, getLocale())));
        summary.setId("finance-widget-summary");
        add(summary);
        if (!held.isEmpty()) {
            add(BarChart.of(getTranslation("finance.widget.chart", year), getLocale())
                    .categories(held.stream().map(Budget::policyCode).toList())
                    .series(getTranslation("finance.budget.amount"), held.stream().map(b -> b.amount().amount()).toList())
                    .series(getTranslation("finance.totals.paid"), held.stream().map(b -> b.paid().amount()).toList())
                    .id("finance-widget-chart").component());
        }
    }
}
