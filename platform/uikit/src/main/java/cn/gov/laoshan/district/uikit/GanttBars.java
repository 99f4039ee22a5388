package cn.gov.laoshan.district.uikit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gantt-like bars over dates (since 1.6.0): a row per task, grouped under headings, with an optional thin grey
 * baseline (the plan as agreed) under the bar (the schedule now); month ticks labelled the Chinese way (3月, 4月, ...
 * under the year, 2026年, written at the start and at each January; Mar, Apr under 2026 in English), a dashed line
 * for today and a legend.
 * The span runs from the first of the month of the earliest date to the first of the month after the latest.
 *
 * <pre>{@code
 * GanttBars chart = GanttBars.of(title, getLocale()).id("housing-gantt-svg");
 * chart.group("立项用地规划许可");
 * chart.row("A01 项目建议书").key("A01").baseline(day1, day9).bar(day1, day12, GanttBars.LATE).critical(true);
 * chart.today(today, "今天").legend(GanttBars.LATE, "滞后");
 * }</pre>
 * A bar's {@code class} is {@code bar} (and {@code critical} when marked), its key is in {@code data-key}, a baseline's
 * class is {@code baseline}, today's line has the id {@code gantt-today}.
 */
public final class GanttBars extends SvgChart {

    public static final String CRITICAL = "#c62828";
    public static final String NORMAL = "#1565c0";
    public static final String DONE = "#2e7d32";
    public static final String LATE = "#ef6c00";
    public static final String BASELINE = "#9e9e9e";

    /** One row: a task with its bar, or a group's heading (no dates). */
    public static final class Row {
        private final String label;
        private final boolean heading;
        private String labelColour;
        private String key;
        private LocalDate baselineFrom;
        private LocalDate baselineTo;
        private String baselineTip;
        private LocalDate from;
        private LocalDate to;
        private String colour = NORMAL;
        private String tip;
        private boolean critical;
        private boolean hatched;

        private Row(String label, boolean heading) {
            this.label = label == null ? "" : label;
            this.heading = heading;
        }

        /** The task's key, kept in the bar's {@code data-key} (e.g. an approval item's code). */
        public Row key(String value) {
            this.key = value;
            return this;
        }

        /** The label's colour (e.g. {@link #LATE} for a task behind its baseline); the text colour by default. */
        public Row labelColour(String value) {
            this.labelColour = value;
            return this;
        }

        /** The bar from {@code start} to {@code finish}, both days included, in {@code barColour}. */
        public Row bar(LocalDate start, LocalDate finish, String barColour) {
            this.from = start;
            this.to = finish;
            this.colour = barColour;
            return this;
        }

        /** The bar's tooltip (escaped); by default its label and dates. */
        public Row tip(String text) {
            this.tip = text;
            return this;
        }

        /** The baseline under the bar, both days included, with its tooltip's words (e.g. 基准) before the dates. */
        public Row baseline(LocalDate start, LocalDate finish, String word) {
            this.baselineFrom = start;
            this.baselineTo = finish;
            this.baselineTip = word;
            return this;
        }

        /** On the critical path: class {@code critical} and, unless finished, a dark outline. */
        public Row critical(boolean value) {
            this.critical = value;
            return this;
        }

        /** Hatched (e.g. done in advance on a simulated approval). */
        public Row hatched(boolean value) {
            this.hatched = value;
            return this;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String[]> legend = new ArrayList<>();
    private final List<LocalDate> included = new ArrayList<>();
    private LocalDate today;
    private String todayLabel;
    private int labelWidth = 260;
    private int chartWidth = 720;
    private int labelChars = 22;

    private GanttBars(String title, Locale locale) {
        super(title, locale);
    }

    public static GanttBars of(String title, Locale locale) {
        return new GanttBars(title, locale);
    }

    @Override
    public GanttBars id(String value) {
        super.id(value);
        return this;
    }

    /** A group's heading row (e.g. a stage). */
    public GanttBars group(String label) {
        rows.add(new Row(label, true));
        return this;
    }

    /** A task's row, to be given its bar; labels longer than 22 characters are cut with "…". */
    public Row row(String label) {
        Row row = new Row(label, false);
        rows.add(row);
        return row;
    }

    /** The dashed line for today, with its label (今天). */
    public GanttBars today(LocalDate day, String label) {
        this.today = day;
        this.todayLabel = label;
        return this;
    }

    /** The months shown include {@code day} even when no bar reaches it (e.g. a task's actual start). */
    public GanttBars include(LocalDate day) {
        if (day != null) {
            included.add(day);
        }
        return this;
    }

    public GanttBars legend(String colour, String label) {
        legend.add(new String[] {colour, label});
        return this;
    }

    /** The widths of the label column and of the bars' area (260 and 720 by default). */
    public GanttBars widths(int labels, int bars) {
        this.labelWidth = labels;
        this.chartWidth = bars;
        this.labelChars = Math.max(4, labels / 12);
        return this;
    }

    @Override
    public String svg() {
        LocalDate from = null;
        LocalDate to = null;
        for (Row r : rows) {
            for (LocalDate d : new LocalDate[] {r.from, r.to, r.baselineFrom, r.baselineTo}) {
                if (d != null) {
                    from = from == null || d.isBefore(from) ? d : from;
                    to = to == null || d.isAfter(to) ? d : to;
                }
            }
        }
        int width = labelWidth + chartWidth + 10;
        if (from == null) {
            return noData(width);
        }
        for (LocalDate d : included) {
            from = d.isBefore(from) ? d : from;
            to = d.isAfter(to) ? d : to;
        }
        if (today != null && today.isAfter(to)) {
            to = today;
        }
        from = from.withDayOfMonth(1);
        to = to.plusMonths(1).withDayOfMonth(1);
        double scale = chartWidth / (double) ChronoUnit.DAYS.between(from, to);
        int rowHeight = 18;
        int top = 44;
        int lines = legendLines(legend, 4, width);
        int height = top + rows.size() * rowHeight + 20 + lines * 16 + 4;
        StringBuilder svg = open(width, height);
        svg.append("<defs><pattern id='gantt-hatch' width='6' height='6' patternUnits='userSpaceOnUse' "
                + "patternTransform='rotate(45)'><rect width='3' height='6' fill='#ffffff' opacity='0.45'/></pattern></defs>");
        int bottom = top + rows.size() * rowHeight;
        for (LocalDate m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            double x = labelWidth + ChronoUnit.DAYS.between(from, m) * scale;
            svg.append(f("<line x1='%.1f' y1='%d' x2='%.1f' y2='%d' stroke='#e0e0e0'/>", x, top - 6, x, bottom));
            if (m.isBefore(to)) {
                // the year on a line of its own (at the start and each January), so that month labels never collide
                if (m.equals(from) || m.getMonthValue() == 1) {
                    svg.append(f("<text x='%.1f' y='%d' fill='#555' font-weight='bold' class='year'>%s</text>", x + 2,
                            top - 22, Svg.escape(year(m))));
                }
                svg.append(f("<text x='%.1f' y='%d' fill='#555' class='month'>%s</text>", x + 2, top - 9,
                        Svg.escape(month(m))));
            }
        }
        int y = top;
        for (Row r : rows) {
            if (r.heading) {
                svg.append(f("<rect x='0' y='%d' width='%d' height='%d' fill='#f1f3f6'/>", y, width, rowHeight));
                svg.append(f("<text x='4' y='%d' font-weight='bold' class='group'>%s</text>", y + 13,
                        Svg.escape(r.label)));
            } else {
                drawRow(svg, r, y, from, scale);
            }
            y += rowHeight;
        }
        if (today != null && !today.isBefore(from) && !today.isAfter(to)) {
            double tx = labelWidth + ChronoUnit.DAYS.between(from, today) * scale;
            svg.append(f("<line id='gantt-today' x1='%.1f' y1='%d' x2='%.1f' y2='%d' stroke='#d81b60' "
                    + "stroke-width='1.5' stroke-dasharray='4 2'/><text x='%.1f' y='%d' fill='#d81b60'>%s</text>", tx,
                    top - 6, tx, y, tx + 3, y + 12, Svg.escape(todayLabel)));
        }
        legend(svg, legend, 4, y + 20, width);
        return svg.append("</svg>").toString();
    }

    private void drawRow(StringBuilder svg, Row r, int y, LocalDate from, double scale) {
        String label = r.label.length() > labelChars ? r.label.substring(0, labelChars - 1) + "…" : r.label;
        svg.append(f("<text x='12' y='%d'%s>%s</text>", y + 13,
                r.labelColour == null ? "" : " fill='" + Svg.escape(r.labelColour) + "'", Svg.escape(label)));
        if (r.baselineFrom != null && r.baselineTo != null) {
            double bx = labelWidth + ChronoUnit.DAYS.between(from, r.baselineFrom) * scale;
            double bw = Math.max(2, (ChronoUnit.DAYS.between(r.baselineFrom, r.baselineTo) + 1) * scale);
            svg.append(f("<rect class='baseline' x='%.1f' y='%d' width='%.1f' height='4' fill='%s'><title>%s %s – %s"
                    + "</title></rect>", bx, y + 13, bw, BASELINE, Svg.escape(r.baselineTip),
                    Dates.date(r.baselineFrom, locale), Dates.date(r.baselineTo, locale)));
        }
        if (r.from == null || r.to == null) {
            return;
        }
        double x = labelWidth + ChronoUnit.DAYS.between(from, r.from) * scale;
        double w = Math.max(3, (ChronoUnit.DAYS.between(r.from, r.to) + 1) * scale);
        String tip = r.tip != null ? r.tip
                : r.label + ": " + Dates.date(r.from, locale) + " – " + Dates.date(r.to, locale);
        svg.append(f("<rect class='bar%s'%s x='%.1f' y='%d' width='%.1f' height='10' rx='2' fill='%s'%s>"
                + "<title>%s</title></rect>", r.critical ? " critical" : "",
                r.key == null ? "" : " data-key='" + Svg.escape(r.key) + "'", x, y + 2, w, Svg.escape(r.colour),
                r.critical && !DONE.equals(r.colour) ? " stroke='#7f0000' stroke-width='1'" : "", Svg.escape(tip)));
        if (r.hatched) {
            svg.append(f("<rect x='%.1f' y='%d' width='%.1f' height='10' fill='url(#gantt-hatch)'/>", x, y + 2, w));
        }
    }

    /** A month tick's label: 3月 in Chinese, Mar in English. */
    String month(LocalDate m) {
        return Dates.chinese(locale) ? m.getMonthValue() + "月"
                : m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
    }

    /** The year over its months: 2026年 in Chinese, 2026 in English. */
    String year(LocalDate m) {
        return Dates.chinese(locale) ? m.getYear() + "年" : String.valueOf(m.getYear());
    }
}
