package cn.gov.laoshan.district.uikit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart of values over categories with a value axis ({@link BarChart}, {@link LineChart}): what both are given —
 * the categories, the series, the axis title and the plot's height — set the same way (since 1.6.0).
 *
 * @param <C> the chart itself, so that each setter returns it
 */
public abstract class CategoryChart<C extends CategoryChart<C>> extends SvgChart {

    List<String> categories = List.of();
    final List<Series> series = new ArrayList<>();
    String axisTitle = "";
    int height = 180;

    CategoryChart(String title, Locale locale) {
        super(title, locale);
    }

    abstract C self();

    /** The categories along the axis, in order (months, stages …). */
    public C categories(List<String> labels) {
        this.categories = List.copyOf(labels);
        return self();
    }

    /** A series in the palette's next colour; {@code values} in the categories' order (missing ones are 0). */
    public C series(String label, List<? extends Number> values) {
        return series(label, colour(series.size()), values);
    }

    public C series(String label, String colour, List<? extends Number> values) {
        series.add(new Series(label, colour, doubles(values)));
        return self();
    }

    /** The value axis's title (e.g. 件), shown above it. */
    public C axisTitle(String text) {
        this.axisTitle = text == null ? "" : text;
        return self();
    }

    /** The height of the plot area in view-box units (180 by default; the width is 560). */
    public C height(int value) {
        this.height = value;
        return self();
    }

    @Override
    public C id(String value) {
        super.id(value);
        return self();
    }
}
