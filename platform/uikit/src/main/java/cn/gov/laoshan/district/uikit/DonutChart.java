package cn.gov.laoshan.district.uikit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parts of a whole as a ring (since 1.6.0), e.g. cases by type: one arc per part in the palette's colours, the
 * total in the middle (合计 240), and a legend beside it with each part's value and share. Parts of 0 are left out
 * of the ring but kept in the legend.
 */
public final class DonutChart extends SvgChart {

    private record Slice(String label, String colour, double value) {
    }

    private final List<Slice> slices = new ArrayList<>();

    private DonutChart(String title, Locale locale) {
        super(title, locale);
    }

    public static DonutChart of(String title, Locale locale) {
        return new DonutChart(title, locale);
    }

    /** A part in the palette's next colour. */
    public DonutChart slice(String label, Number value) {
        return slice(label, colour(slices.size()), value);
    }

    public DonutChart slice(String label, String colour, Number value) {
        slices.add(new Slice(label == null ? "" : label, colour, value == null ? 0 : Math.max(0, value.doubleValue())));
        return this;
    }

    @Override
    public DonutChart id(String value) {
        super.id(value);
        return this;
    }

    @Override
    public String svg() {
        double total = slices.stream().mapToDouble(Slice::value).sum();
        if (total <= 0) {
            return noData(WIDTH);
        }
        int height = Math.max(160, 24 + slices.size() * 20);
        double cx = 90;
        double cy = height / 2.0;
        double outer = 70;
        double inner = 44;
        StringBuilder svg = open(WIDTH, height);
        double angle = -Math.PI / 2;
        for (Slice s : slices) {
            if (s.value() <= 0) {
                continue;
            }
            double share = s.value() / total;
            String tip = Svg.escape(s.label()) + ": " + number(s.value()) + " (" + percent(share) + ")";
            if (share >= 0.9999) {
                // a whole ring: an arc cannot start and end at the same point
                svg.append(f("<g class='slice'><circle cx='%.1f' cy='%.1f' r='%.1f' fill='none' stroke='%s' "
                        + "stroke-width='%.1f'><title>%s</title></circle></g>", cx, cy, (outer + inner) / 2,
                        Svg.escape(s.colour()), outer - inner, tip));
                break;
            }
            double end = angle + share * 2 * Math.PI;
            int large = share > 0.5 ? 1 : 0;
            svg.append(f("<g class='slice'><path d='M %.2f %.2f A %.1f %.1f 0 %d 1 %.2f %.2f L %.2f %.2f "
                    + "A %.1f %.1f 0 %d 0 %.2f %.2f Z' fill='%s' stroke='#fff' stroke-width='1'><title>%s</title>"
                    + "</path></g>", cx + outer * Math.cos(angle), cy + outer * Math.sin(angle), outer, outer, large,
                    cx + outer * Math.cos(end), cy + outer * Math.sin(end), cx + inner * Math.cos(end),
                    cy + inner * Math.sin(end), inner, inner, large, cx + inner * Math.cos(angle),
                    cy + inner * Math.sin(angle), Svg.escape(s.colour()), tip));
            angle = end;
        }
        svg.append(f("<text x='%.1f' y='%.1f' text-anchor='middle' class='total' font-size='20' font-weight='bold'>%s"
                + "</text><text x='%.1f' y='%.1f' text-anchor='middle' fill='#666'>%s</text>", cx, cy + 4,
                number(total), cx, cy + 20, Svg.escape(KitText.get(locale, "chart.total"))));
        double ly = cy - slices.size() * 10 + 4;
        svg.append("<g class='legend'>");
        for (Slice s : slices) {
            svg.append(f("<rect x='190' y='%.1f' width='10' height='10' fill='%s'/><text x='206' y='%.1f'>%s"
                    + "<tspan fill='#666' dx='8'>%s · %s</tspan></text>", ly, Svg.escape(s.colour()), ly + 9,
                    Svg.escape(s.label()), number(s.value()), percent(s.value() / total)));
            ly += 20;
        }
        svg.append("</g>");
        return svg.append("</svg>").toString();
    }

    private String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
