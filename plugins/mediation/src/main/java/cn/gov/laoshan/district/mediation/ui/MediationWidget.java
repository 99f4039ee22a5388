package cn.gov.laoshan.district.mediation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import cn.gov.laoshan.district.mediation.domain.CaseType;
import cn.gov.laoshan.district.mediation.service.CaseFigures;
import cn.gov.laoshan.district.mediation.service.CaseService;
import cn.gov.laoshan.district.uikit.BarChart;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.DonutChart;
import cn.gov.laoshan.district.uikit.Figure;
import cn.gov.laoshan.district.uikit.Figure.Tone;

/**
 * The home-page card: open, overdue and settled-this-month counts, the settlement rate and average days to an
 * outcome, cases by type and month (the last twelve months, stacked bars) and the types' shares (a donut).
 */
public class MediationWidget extends Div {

    public MediationWidget(CaseService cases) {
        setId("mediation-widget");
        CaseFigures f = cases.figures();
        // each number opens the list it counts
        Div numbers = Figure.row(
                figure(f.open(), "mediation.widget.open", Tone.NEUTRAL, "mediation/cases?" + CasesView.OPEN),
                figure(f.overdue(), "mediation.widget.overdue", f.overdue() > 0 ? Tone.BAD : Tone.NEUTRAL,
                        "mediation/cases?" + CasesView.OVERDUE),
                figure(f.settledThisMonth(), "mediation.widget.settled", Tone.GOOD, "mediation/cases?"
                        + CasesView.SETTLED + "=" + cases.today().withDayOfMonth(1)));
        Span rate = new Span(getTranslation("mediation.widget.rate", Math.round(f.settlementRate() * 100),
                Math.round(f.averageDaysToClose())));
        rate.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div byMonth = byMonth(f.byMonthAndType()).component();
        byMonth.setId("mediation-chart-months");
        Div byType = byType(f.byMonthAndType()).component();
        byType.setId("mediation-chart-types");
        add(numbers, rate, byMonth, byType);
    }

    private Div figure(int value, String key, Tone tone, String route) {
        Div figure = Figure.of(value, getTranslation(key), tone, route);
        figure.setId("mediation-figure-" + key.substring(key.lastIndexOf('.') + 1));
        return figure;
    }

    /** A stacked bar per month (labelled by its month number), one colour per case type. */
    private BarChart byMonth(Map<String, Map<CaseType, Integer>> byMonth) {
        List<String> months = new ArrayList<>(byMonth.keySet());
        BarChart chart = BarChart.of(getTranslation("mediation.widget.chart"), getLocale())
                .categories(months.stream().map(this::month).toList())
                .axisTitle(getTranslation("mediation.widget.axis"));
        for (CaseType type : CaseType.values()) {
            chart.series(getTranslation("mediation.type." + type),
                    months.stream().map(m -> byMonth.get(m).getOrDefault(type, 0)).toList());
        }
        return chart;
    }

    /** A month ({@code 2026-03}) as 3月 or Mar. */
    private String month(String yearMonth) {
        int month = Integer.parseInt(yearMonth.substring(5));
        return Dates.chinese(getLocale()) ? month + "月"
                : java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
    }

    /** The twelve months' cases by type. */
    private DonutChart byType(Map<String, Map<CaseType, Integer>> byMonth) {
        DonutChart chart = DonutChart.of(getTranslation("mediation.widget.by-type"), getLocale());
        for (CaseType type : CaseType.values()) {
            chart.slice(getTranslation("mediation.type." + type),
                    byMonth.values().stream().mapToInt(m -> m.getOrDefault(type, 0)).sum());
        }
        return chart;
    }
}
