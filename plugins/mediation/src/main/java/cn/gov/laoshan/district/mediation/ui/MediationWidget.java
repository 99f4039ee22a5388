package cn.gov.laoshan.district.mediation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import cn.gov.laoshan.district.mediation.domain.CaseType;
import cn.gov.laoshan.district.mediation.service.CaseService;
import cn.gov.laoshan.district.uikit.Figure;
import cn.gov.laoshan.district.uikit.Figure.Tone;
import cn.gov.laoshan.district.uikit.Svg;

/**
 * The home-page card: open, overdue and settled-this-month counts, the settlement rate and average days to an
 * outcome, and a server-rendered SVG of cases by type and month (the last twelve months).
 */
public class MediationWidget extends Div {

    static final String[] COLOURS = {"#b71c1c", "#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f"};

    public MediationWidget(CaseService cases) {
        setId("mediation-widget");
        CaseService.Figures f = cases.figures();
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
        Div chart = new Div();
        chart.getElement().setProperty("innerHTML", svg(f.byMonthAndType(), this::getTranslation));
        add(numbers, rate, chart);
    }

    private Div figure(int value, String key, Tone tone, String route) {
        Div figure = Figure.of(value, getTranslation(key), tone, route);
        figure.setId("mediation-figure-" + key.substring(key.lastIndexOf('.') + 1));
        return figure;
    }

    /** A stacked bar per month, one colour per case type, with a legend; plain SVG, no script. */
    static String svg(Map<String, Map<CaseType, Integer>> byMonth, java.util.function.Function<String, String> text) {
        int width = 560;
        int height = 180;
        int left = 44;
        int bottom = 30;
        List<String> months = new ArrayList<>(byMonth.keySet());
        int max = byMonth.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum())
                .max().orElse(0);
        // the legend flows over as many lines as its labels need (English names are long)
        StringBuilder legend = new StringBuilder();
        int lx = left;
        int line = 0;
        for (CaseType type : CaseType.values()) {
            String label = text.apply("mediation.type." + type);
            int w = 14 + textWidth(label) + 14;
            if (lx > left && lx + w > width) {
                lx = left;
                line++;
            }
            int ly = height + 8 + line * 16;
            legend.append(String.format("<rect x='%d' y='%d' width='10' height='10' fill='%s'/><text x='%d' y='%d'>%s</text>",
                    lx, ly, COLOURS[type.ordinal()], lx + 14, ly + 9, Svg.escape(label)));
            lx += w;
        }
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' role='img' width='100%' "
                + "viewBox='0 0 " + width + " " + (height + 24 + line * 16) + "' style='font:11px sans-serif'>");
        svg.append("<title>").append(Svg.escape(text.apply("mediation.widget.chart"))).append("</title>");
        if (months.isEmpty() || max == 0) {
            svg.append("<text x='10' y='20'>").append(Svg.escape(text.apply("mediation.widget.no-data"))).append("</text>");
            return svg.append("</svg>").toString();
        }
        double slot = (width - left) / (double) months.size();
        int[] ticks = Svg.ticks(max);
        double scale = (height - bottom - 16) / (double) ticks[ticks.length - 1];
        svg.append(Svg.valueAxis(left - 4, width - left, height - bottom, 16, ticks,
                text.apply("mediation.widget.axis")));
        for (int i = 0; i < months.size(); i++) {
            double x = left + i * slot + slot * 0.15;
            double y = height - bottom;
            for (CaseType type : CaseType.values()) {
                int n = byMonth.get(months.get(i)).getOrDefault(type, 0);
                if (n == 0) {
                    continue;
                }
                double h = n * scale;
                y -= h;
                svg.append(String.format("<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='%s'><title>%s %s: %d</title></rect>",
                        x, y, slot * 0.7, h, COLOURS[type.ordinal()], months.get(i),
                        Svg.escape(text.apply("mediation.type." + type)), n));
            }
            svg.append(String.format("<text x='%.1f' y='%d' text-anchor='middle'>%s</text>", x + slot * 0.35,
                    height - bottom + 14, months.get(i).substring(5)));
        }
        svg.append(legend);
        return svg.append("</svg>").toString();
    }

    /** About how wide a label is at 11px: a Chinese character about 11px, a Latin one about 6. */
    static int textWidth(String label) {
        return label.codePoints().map(c -> c > 0x2E80 ? 11 : 6).sum();
    }

}
