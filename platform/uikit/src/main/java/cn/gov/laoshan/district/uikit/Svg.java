package cn.gov.laoshan.district.uikit;

/**
 * What server-rendered SVG charts (dashboard widgets, Gantt charts) share: text from data — enterprise and project
 * names, user input — goes into the markup escaped, so a name with {@code <} or {@code &} neither breaks the chart
 * nor injects markup.
 */
public final class Svg {

    private Svg() {
    }

    /** {@code text} escaped for SVG/XML element content and quoted attribute values (either quote); null → "". */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
                .replace("\"", "&quot;");
    }

    /**
     * The ticks of a value axis for counts from 0 to {@code max} (since 1.4.0): 0 and then steps of 1, 2 or 5 times
     * a power of ten, at most six ticks, the last one at or above {@code max}. A chart scales its bars to the last
     * tick, so that the axis and the bars agree.
     */
    public static int[] ticks(int max) {
        if (max <= 0) {
            return new int[] {0, 1};
        }
        int step = 1;
        for (int power = 1; ; power *= 10) {
            int found = 0;
            for (int m : new int[] {1, 2, 5}) {
                if ((long) m * power * 5 >= max) {
                    found = m * power;
                    break;
                }
            }
            if (found > 0) {
                step = found;
                break;
            }
        }
        int n = (max + step - 1) / step;
        int[] ticks = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            ticks[i] = i * step;
        }
        return ticks;
    }

    /**
     * A value axis (since 1.4.0): a vertical line at {@code x} from {@code yZero} (the value 0) up to {@code yTop}
     * (the last of {@code ticks}), each tick's value right-aligned left of it with a light grid line across
     * {@code width}, and the axis title ({@code title}, escaped; may be empty) above it.
     */
    public static String valueAxis(double x, double width, double yZero, double yTop, int[] ticks, String title) {
        StringBuilder svg = new StringBuilder("<g class='value-axis'>");
        int top = ticks[ticks.length - 1];
        for (int tick : ticks) {
            double y = yZero - (yZero - yTop) * tick / top;
            svg.append(String.format(java.util.Locale.ROOT,
                    "<line x1='%.1f' y1='%.1f' x2='%.1f' y2='%.1f' stroke='#e0e0e0'/>"
                            + "<text x='%.1f' y='%.1f' text-anchor='end'>%d</text>",
                    x, y, x + width, y, x - 4, y + 4, tick));
        }
        svg.append(String.format(java.util.Locale.ROOT,
                "<line x1='%.1f' y1='%.1f' x2='%.1f' y2='%.1f' stroke='#9e9e9e'/>", x, yZero, x, yTop));
        if (title != null && !title.isEmpty()) {
            svg.append(String.format(java.util.Locale.ROOT, "<text x='%.1f' y='%.1f' text-anchor='start'>%s</text>",
                    x - 4 - 20, yTop - 8, escape(title)));
        }
        return svg.append("</g>").toString();
    }
}
