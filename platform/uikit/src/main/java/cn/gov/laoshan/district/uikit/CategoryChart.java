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

    /** The plot's left margin (the value axis's labels), bottom margin (the categories) and top margin. */
    static final int LEFT = 44;
    static final int BOTTOM = 30;
    static final double TOP = 16;

    /**
     * The drawing both charts start from: the SVG opened with room for the legend below, the value axis up to
     * {@code max} drawn, the scale (view-box units per unit of value) and the width of one category's slot.
     */
    record Frame(StringBuilder svg, double scale, double slot, List<String[]> legend) {
    }

    Frame frame(double max) {
        List<String[]> legend = new ArrayList<>();
        if (series.size() > 1) {
            series.forEach(s -> legend.add(new String[] {s.colour(), s.label()}));
        }
        int lines = legendLines(legend, LEFT, WIDTH);
        StringBuilder svg = open(WIDTH, height + (lines == 0 ? 0 : 8 + lines * 16));
        int[] ticks = ticks(max);
        double scale = (height - BOTTOM - TOP) / ticks[ticks.length - 1];
        svg.append(Svg.valueAxis(LEFT - 4, WIDTH - LEFT, height - BOTTOM, TOP, ticks, axisTitle));
        return new Frame(svg, scale, (WIDTH - LEFT) / (double) categories.size(), legend);
    }

    /** The legend under the plot, and the SVG closed. */
    String close(Frame frame) {
        legend(frame.svg(), frame.legend(), LEFT, height + 8, WIDTH);
        return frame.svg().append("</svg>").toString();
    }

    @Override
    public C id(String value) {
        super.id(value);
        return self();
    }
}
