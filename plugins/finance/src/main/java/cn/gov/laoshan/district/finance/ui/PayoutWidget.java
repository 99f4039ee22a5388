package cn.gov.laoshan.district.finance.ui;

import java.math.BigDecimal;
import java.util.List;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.finance.domain.Budget;
import cn.gov.laoshan.district.finance.domain.Investment;
import cn.gov.laoshan.district.finance.domain.MatchFigures;
import cn.gov.laoshan.district.finance.domain.Portfolio;
import cn.gov.laoshan.district.finance.service.Budgets;
import cn.gov.laoshan.district.finance.service.EquityService;
import cn.gov.laoshan.district.finance.service.FinancingService;
import cn.gov.laoshan.district.finance.service.FinancingWorkflow;
import cn.gov.laoshan.district.finance.service.PayoutService;
import cn.gov.laoshan.district.finance.service.PayoutWorkflow;
import cn.gov.laoshan.district.uikit.BarChart;
import cn.gov.laoshan.district.uikit.DonutChart;
import cn.gov.laoshan.district.uikit.LineChart;
import cn.gov.laoshan.district.uikit.Money;

/**
 * The dashboard card: this year's budgets against what was paid, by policy; the 拨改投 portfolio's value (invested
 * and current value by the year invested); 金企通's success rate and each bank's mean answer time in working days
 * against its late answers. Each part only for a reader of it.
 */
public class PayoutWidget extends VerticalLayout {

    /** A chart of budgets shows the largest this many: the policy menu adds dozens. */
    static final int POLICIES_SHOWN = 12;

    public PayoutWidget(PayoutService payouts, Budgets budgets, EquityService equity, FinancingService financing,
            AccessControl access) {
        setPadding(false);
        setId("finance-widget");
        int year = payouts.today().getYear();
        List<Budget> held = budgets.budgets(year);
        BigDecimal budget = held.stream().map(b -> b.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paid = held.stream().map(b -> b.paid().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        // the year as text: a number argument is formatted with grouping ("2,026")
        Span summary = new Span(getTranslation("finance.widget.summary", String.valueOf(year), Money.yuan(budget, getLocale()),
                Money.yuan(paid, getLocale())));
        summary.setId("finance-widget-summary");
        add(summary);
        if (!held.isEmpty()) {
            List<Budget> shown = held.stream().sorted((a, b) -> b.amount().compareTo(a.amount()))
                    .limit(POLICIES_SHOWN).toList();
            // bars stack: paid and what is left of the budget, so that each bar is the budget
            add(BarChart.of(getTranslation("finance.widget.chart", String.valueOf(year)), getLocale())
                    .categories(shown.stream().map(Budget::policyCode).toList())
                    .series(getTranslation("finance.totals.paid"), shown.stream().map(b -> b.paid().amount()).toList())
                    .series(getTranslation("finance.widget.unpaid"), shown.stream()
                            .map(b -> b.amount().amount().subtract(b.paid().amount())).toList())
                    .id("finance-widget-chart").component());
        }
        if (access.has(PayoutWorkflow.EQUITY_READ)) {
            portfolio(equity);
        }
        if (access.has(FinancingWorkflow.READ)) {
            matchmaking(financing.figures());
        }
    }

    private void portfolio(EquityService equity) {
        Portfolio p = equity.portfolio();
        Span line = new Span(getTranslation("finance.widget.portfolio", Money.yuan(p.invested().amount(), getLocale()),
                Money.yuan(p.currentValue().amount(), getLocale()), p.multiple().toPlainString(), p.unicorns(),
                p.listed()));
        line.setId("finance-widget-portfolio");
        add(line);
        List<Investment> all = equity.list();
        if (all.isEmpty()) {
            return;
        }
        List<Integer> years = all.stream().map(i -> i.investedOn().getYear()).distinct().sorted().toList();
        // two lines, not stacked bars: the current value is not added to what was invested
        add(LineChart.of(getTranslation("finance.widget.portfolio-chart"), getLocale())
                .categories(years.stream().map(String::valueOf).toList())
                .series(getTranslation("finance.equity.amount"), years.stream().map(y -> sum(all, y, false)).toList())
                .series(getTranslation("finance.equity.value"), years.stream().map(y -> sum(all, y, true)).toList())
                .id("finance-widget-portfolio-chart").component());
    }

    /** Invested in year {@code y}, or what it is worth now: held at its latest value, exited at its proceeds. */
    private static BigDecimal sum(List<Investment> all, int y, boolean value) {
        return all.stream().filter(i -> i.investedOn().getYear() == y)
                .map(i -> !value ? i.amount().amount() : i.exited() ? i.proceeds().amount() : i.value().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void matchmaking(MatchFigures f) {
        Span line = new Span(getTranslation("finance.widget.matchmaking", f.demands(), f.granted(), f.declined(),
                f.successPercent() == null ? "—" : f.successPercent().toPlainString() + "%", f.overdue()));
        line.setId("finance-widget-matchmaking");
        add(line);
        if (f.granted() + f.declined() + f.open() > 0) {
            add(DonutChart.of(getTranslation("finance.widget.matchmaking-chart"), getLocale())
                    .slice(getTranslation("finance.demand.state.GRANTED"), f.granted())
                    .slice(getTranslation("finance.demand.state.DECLINED"), f.declined())
                    .slice(getTranslation("finance.widget.open"), f.open())
                    .id("finance-widget-success-chart").component());
        }
        List<MatchFigures.BankFigure> answered = f.banks().stream().filter(b -> b.meanDays() != null).toList();
        if (!answered.isEmpty()) {
            // one series (bars stack): the late answers go with the bank's name
            add(BarChart.of(getTranslation("finance.widget.response-chart"), getLocale())
                    .categories(answered.stream().map(b -> getTranslation("finance.widget.bank-late", b.bank(),
                            b.late())).toList())
                    .series(getTranslation("finance.widget.mean-days"), answered.stream()
                            .map(MatchFigures.BankFigure::meanDays).toList())
                    .id("finance-widget-response-chart").component());
        }
    }
}
