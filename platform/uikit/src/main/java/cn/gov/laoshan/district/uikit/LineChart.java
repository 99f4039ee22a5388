package cn.gov.laoshan.district.uikit;

import java.util.Locale;

/**
 * Lines over categories (since 1.6.0), e.g. cases registered per month: one line per series with a dot per value
 * (its tooltip names the category and value), a value axis with round ticks, a legend when there are several.
 */
public final class LineChart extends CategoryChart<LineChart> {

    private LineChart(String title, Locale locale) {
        super(title, locale);
    }

    public static LineChart of(String title, Locale locale) {
        return new LineChart(title, locale);
    }

    @Override
    LineChart self() {
        return this;
    }

    @Override
    public String svg() {
        double max = series.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
        if (categories.isEmpty() || series.isEmpty() || max <= 0) {
            return noData(WIDTH);
        }
        Frame frame = frame(max);
        StringBuilder svg = frame.svg();
        double scale = frame.scale();
        double slot = frame.slot();
        for (Series s : series) {
            StringBuilder points = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            for (int c = 0; c < categories.size(); c++) {
                double x = LEFT + c * slot + slot / 2;
                double y = height - BOTTOM - s.at(c) * scale;
                points.append(f("%.1f,%.1f ", x, y));
                dots.append(f("<circle cx='%.1f' cy='%.1f' r='3' fill='%s'><title>%s %s: %s</title></circle>", x, y,
                        Svg.escape(s.colour()), Svg.escape(categories.get(c)), Svg.escape(s.label()),
                        number(s.at(c))));
            }
            svg.append(f("<g class='line'><polyline points='%s' fill='none' stroke='%s' stroke-width='2'/>%s</g>",
                    points.toString().strip(), Svg.escape(s.colour()), dots));
        }
        for (int c = 0; c < categories.size(); c++) {
            categoryLabel(svg, LEFT + c * slot + slot / 2, height - BOTTOM + 14,
                    categories.get(c) == null ? "" : categories.get(c), slot);
        }
        return close(frame);
    }
}
