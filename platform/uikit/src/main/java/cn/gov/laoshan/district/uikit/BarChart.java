package cn.gov.laoshan.district.uikit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bars over categories (since 1.6.0), one bar per category; with several series the bars are stacked, one colour
 * per series, with a legend. A value axis with round ticks on the left (class {@code value-axis}), each bar's total
 * above it, each part's value in its tooltip.
 *
 * <pre>{@code
 * BarChart.of(getTranslation("housing.widget.chart"), getLocale())
 *         .categories(List.of("立项", "规划许可", "施工许可"))
 *         .series(getTranslation("housing.widget.projects"), List.of(3, 2, 1))
 *         .component();
 * }</pre>
 */
public final class BarChart extends CategoryChart<BarChart> {

    private BarChart(String title, Locale locale) {
        super(title, locale);
    }

    /** A bar chart titled {@code title} (its accessible name and tooltip), labelled in {@code locale}. */
    public static BarChart of(String title, Locale locale) {
        return new BarChart(title, locale);
    }

    @Override
    BarChart self() {
        return this;
    }

    @Override
    public String svg() {
        int left = 44;
        int bottom = 30;
        double max = 0;
        for (int c = 0; c < categories.size(); c++) {
            max = Math.max(max, total(c));
        }
        if (categories.isEmpty() || max <= 0) {
            return noData(WIDTH);
        }
        List<String[]> legend = new ArrayList<>();
        if (series.size() > 1) {
            series.forEach(s -> legend.add(new String[] {s.colour(), s.label()}));
        }
        int lines = legendLines(legend, left, WIDTH);
        StringBuilder svg = open(WIDTH, height + (lines == 0 ? 0 : 8 + lines * 16));
        int[] ticks = ticks(max);
        double top = 16;
        double scale = (height - bottom - top) / ticks[ticks.length - 1];
        svg.append(Svg.valueAxis(left - 4, WIDTH - left, height - bottom, top, ticks, axisTitle));
        double slot = (WIDTH - left) / (double) categories.size();
        for (int c = 0; c < categories.size(); c++) {
            String category = categories.get(c) == null ? "" : categories.get(c);
            double x = left + c * slot + slot * 0.18;
            double w = slot * 0.64;
            double y = height - bottom;
            svg.append("<g class='bar'>");
            for (Series s : series) {
                double v = s.at(c);
                if (v <= 0) {
                    continue;
                }
                double h = v * scale;
                y -= h;
                svg.append(f("<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='%s'><title>%s%s: %s</title></rect>",
                        x, y, w, h, Svg.escape(s.colour()), Svg.escape(category),
                        series.size() > 1 ? " " + Svg.escape(s.label()) : "", number(v)));
            }
            double total = total(c);
            if (total > 0) {
                svg.append(f("<text x='%.1f' y='%.1f' text-anchor='middle' class='value'>%s</text>", x + w / 2, y - 3,
                        number(total)));
            }
            svg.append("</g>");
            categoryLabel(svg, x + w / 2, height - bottom + 14, category, slot);
        }
        legend(svg, legend, left, height + 8, WIDTH);
        return svg.append("</svg>").toString();
    }

    private double total(int category) {
        return series.stream().mapToDouble(s -> Math.max(0, s.at(category))).sum();
    }
}
