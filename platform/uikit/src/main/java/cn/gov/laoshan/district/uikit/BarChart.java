package cn.gov.laoshan.district.uikit;

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
        double max = 0;
        for (int c = 0; c < categories.size(); c++) {
            max = Math.max(max, total(c));
        }
        if (categories.isEmpty() || max <= 0) {
            return noData(WIDTH);
        }
        Frame frame = frame(max);
        StringBuilder svg = frame.svg();
        double scale = frame.scale();
        double slot = frame.slot();
        for (int c = 0; c < categories.size(); c++) {
            String category = categories.get(c) == null ? "" : categories.get(c);
            double x = LEFT + c * slot + slot * 0.18;
            double w = slot * 0.64;
            double y = height - BOTTOM;
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
            categoryLabel(svg, x + w / 2, height - BOTTOM + 14, category, slot);
        }
        return close(frame);
    }

    private double total(int category) {
        return series.stream().mapToDouble(s -> Math.max(0, s.at(category))).sum();
    }
}
