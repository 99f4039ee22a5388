package cn.gov.laoshan.district.uikit;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;

/**
 * A chart drawn on the server as plain SVG (since 1.6.0): {@link BarChart}, {@link LineChart}, {@link DonutChart}
 * and {@link GanttBars}. No script and no client library (a custom frontend bundle cannot be built here); every
 * text from data — names, labels, titles — goes through {@link Svg#escape}, so a name like {@code <script>} or
 * {@code A&B} is shown as text. Sized for a dashboard widget (a 560-wide view box scaled to the card's width), in
 * colours that stay apart for readers with a red-green weakness and on a printed page, with labels in the user's
 * language (numbers with the locale's grouping).
 * <p>
 * Why not JFreeChart: it draws through Java2D (AWT in the server) and needs a Graphics2D-to-SVG library (JFreeSVG,
 * Batik's svggen) that either does not resolve here or brings a large XML stack into the runtime's class path; and
 * its output cannot carry the classes and ids the platform's styles and browser tests rely on. These four shapes
 * are all the platform draws.
 */
public abstract class SvgChart {

    /**
     * The default colours, in order: blue, orange, green, purple, teal, red, brown, blue-grey — dark enough for
     * white text beside them and apart in hue and lightness.
     */
    public static final List<String> PALETTE = List.of("#1565c0", "#ef6c00", "#2e7d32", "#6a1b9a", "#00838f",
            "#c62828", "#6d4c41", "#546e7a");

    static final int WIDTH = 560;

    final String title;
    final Locale locale;
    String id;

    SvgChart(String title, Locale locale) {
        this.title = title == null ? "" : title;
        this.locale = locale;
    }

    /** The {@code id} of the {@code <svg>} element (tests and styles find it by it). */
    public SvgChart id(String value) {
        this.id = value;
        return this;
    }

    /** The chart's markup: one {@code <svg>} element, its texts escaped. */
    public abstract String svg();

    /** The chart as a component to add to a view. */
    public Div component() {
        Div box = new Div();
        box.addClassName("district-chart");
        box.getElement().setProperty("innerHTML", svg());
        return box;
    }

    /** The palette's colour {@code n} (round again after the last). */
    public static String colour(int n) {
        return PALETTE.get(Math.floorMod(n, PALETTE.size()));
    }

    // what the four shapes share

    StringBuilder open(int width, int height) {
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' role='img'");
        if (id != null) {
            svg.append(" id='").append(Svg.escape(id)).append('\'');
        }
        svg.append(" aria-label='").append(Svg.escape(title)).append('\'')
                .append(" width='100%' viewBox='0 0 ").append(width).append(' ').append(height)
                .append("' style='font:11px sans-serif' fill='#333'>");
        return svg.append("<title>").append(Svg.escape(title)).append("</title>");
    }

    String noData(int width) {
        return open(width, 40).append("<text x='10' y='24' class='no-data'>")
                .append(Svg.escape(KitText.get(locale, "chart.no-data"))).append("</text></svg>").toString();
    }

    String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Dates.chinese(locale) ? Locale.SIMPLIFIED_CHINESE
                : Locale.ENGLISH);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    static String f(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /** About how wide a label is at 11px: a Chinese character about 11px, a Latin one about 6. */
    static int textWidth(String label) {
        return label == null ? 0 : label.codePoints().map(c -> c > 0x2E80 ? 11 : 6).sum();
    }

    /** A legend flowing over as many lines as its entries need, from {@code (x, y)}; returns the lines used. */
    static int legend(StringBuilder svg, List<String[]> entries, int x, int y, int width) {
        int lx = x;
        int line = 0;
        svg.append("<g class='legend'>");
        for (String[] entry : entries) {
            int w = 14 + textWidth(entry[1]) + 14;
            if (lx > x && lx + w > width) {
                lx = x;
                line++;
            }
            int ly = y + line * 16;
            svg.append(f("<rect x='%d' y='%d' width='10' height='10' fill='%s'/><text x='%d' y='%d'>%s</text>", lx,
                    ly, Svg.escape(entry[0]), lx + 14, ly + 9, Svg.escape(entry[1])));
            lx += w;
        }
        svg.append("</g>");
        return entries.isEmpty() ? 0 : line + 1;
    }

    /** How many legend lines {@code entries} take in {@code width} from {@code x} (to size the view box first). */
    static int legendLines(List<String[]> entries, int x, int width) {
        return legend(new StringBuilder(), entries, x, 0, width);
    }

    /** A category label under a bar or point: on two lines at its first space when it is long. */
    static void categoryLabel(StringBuilder svg, double cx, int y, String label, double room) {
        int space = label.indexOf(' ');
        if (space > 0 && textWidth(label) > room) {
            svg.append(f("<text x='%.1f' y='%d' text-anchor='middle' font-size='9'><tspan x='%.1f'>%s</tspan>"
                    + "<tspan x='%.1f' dy='11'>%s</tspan></text>", cx, y - 1, cx, Svg.escape(label.substring(0, space)),
                    cx, Svg.escape(label.substring(space + 1))));
        } else {
            svg.append(f("<text x='%.1f' y='%d' text-anchor='middle'%s>%s</text>", cx, y,
                    textWidth(label) > room ? " font-size='9'" : "", Svg.escape(label)));
        }
    }

    /** One named row of values of a bar or line chart. */
    record Series(String label, String colour, List<Double> values) {
        Series {
            values = List.copyOf(values);
        }

        double at(int n) {
            return n < values.size() && values.get(n) != null ? values.get(n) : 0;
        }
    }

    static List<Double> doubles(List<? extends Number> values) {
        List<Double> out = new ArrayList<>();
        for (Number n : values) {
            out.add(n == null ? 0 : n.doubleValue());
        }
        return out;
    }

    /** The value axis's ticks for a maximum that may have decimals (counts use {@link Svg#ticks}). */
    static int[] ticks(double max) {
        return Svg.ticks((int) Math.ceil(max));
    }
}
