package cn.gov.laoshan.district.housing.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import cn.gov.laoshan.district.housing.domain.PlanItemRecord;
import cn.gov.laoshan.district.housing.domain.Stage;
import cn.gov.laoshan.district.housing.plan.ItemSchedule;
import cn.gov.laoshan.district.housing.service.PlanView;
import cn.gov.laoshan.district.uikit.Svg;

/**
 * The plan as a server-rendered SVG Gantt chart (no script): one row per approval item grouped by stage; the
 * baseline as a thin grey bar, the forecast as a bar on it — red on the critical path, green when finished, orange
 * when late against the baseline, hatched blue-ish when pre-reviewed by simulated approval; month ticks and a line
 * for today.
 */
final class GanttChart {

    static final String CRITICAL = "#c62828";
    static final String NORMAL = "#1565c0";
    static final String DONE = "#2e7d32";
    static final String LATE = "#ef6c00";

    private GanttChart() {
    }

    static String svg(PlanView plan, Function<String, String> text) {
        int labelWidth = 260;
        int chartWidth = 720;
        int rowHeight = 18;
        int top = 34;
        List<PlanItemRecord> items = plan.items().stream()
                .sorted((a, b) -> a.stage() != b.stage() ? a.stage().compareTo(b.stage())
                        : plan.forecast().item(a.key()).start().compareTo(plan.forecast().item(b.key()).start()))
                .toList();
        LocalDate from = plan.forecast().start();
        LocalDate to = plan.forecast().completion();
        for (PlanItemRecord i : items) {
            if (i.baselineStart() != null && i.baselineStart().isBefore(from)) {
                from = i.baselineStart();
            }
            if (i.baselineFinish() != null && i.baselineFinish().isAfter(to)) {
                to = i.baselineFinish();
            }
            if (i.actualStart() != null && i.actualStart().isBefore(from)) {
                from = i.actualStart();
            }
        }
        if (plan.today().isAfter(to)) {
            to = plan.today();
        }
        from = from.withDayOfMonth(1);
        to = to.plusMonths(1).withDayOfMonth(1);
        double days = ChronoUnit.DAYS.between(from, to);
        double scale = chartWidth / days;
        long stages = items.stream().map(PlanItemRecord::stage).distinct().count();
        int height = top + (items.size() + (int) stages) * rowHeight + 40;
        Set<String> critical = Set.copyOf(plan.forecast().criticalPath());
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' role='img' id='housing-gantt-svg' "
                + "width='100%' viewBox='0 0 " + (labelWidth + chartWidth + 10) + " " + height
                + "' style='font:11px sans-serif'>");
        svg.append("<title>").append(Svg.escape(text.apply("housing.gantt.title"))).append("</title>");
        svg.append("<defs><pattern id='sim' width='6' height='6' patternUnits='userSpaceOnUse' "
                + "patternTransform='rotate(45)'><rect width='3' height='6' fill='#ffffff' opacity='0.45'/></pattern></defs>");
        // month ticks
        for (LocalDate m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            double x = labelWidth + ChronoUnit.DAYS.between(from, m) * scale;
            svg.append(String.format("<line x1='%.1f' y1='%d' x2='%.1f' y2='%d' stroke='#e0e0e0'/>", x, top - 6, x,
                    height - 34));
            if (m.isBefore(to)) {
                svg.append(String.format("<text x='%.1f' y='%d' fill='#555'>%s</text>", x + 2, top - 10,
                        m.getMonthValue() == 1 || m.equals(from) ? m.getYear() + "-" + String.format("%02d", m.getMonthValue())
                                : String.format("%02d", m.getMonthValue())));
            }
        }
        int y = top;
        Stage current = null;
        for (PlanItemRecord i : items) {
            if (i.stage() != current) {
                current = i.stage();
                svg.append(String.format("<rect x='0' y='%d' width='%d' height='%d' fill='#f1f3f6'/>", y,
                        labelWidth + chartWidth + 10, rowHeight));
                svg.append(String.format("<text x='4' y='%d' font-weight='bold'>%s</text>", y + 13,
                        Svg.escape(text.apply("housing.stage." + current))));
                y += rowHeight;
            }
            ItemSchedule s = plan.forecast().item(i.key());
            int delay = plan.delay(i.key());
            String label = i.key() + " " + i.name();
            if (label.length() > 22) {
                label = label.substring(0, 21) + "…";
            }
            svg.append(String.format("<text x='12' y='%d'%s>%s</text>", y + 13,
                    delay > 0 && !i.finished() ? " fill='" + LATE + "'" : "", Svg.escape(label)));
            if (i.baselineStart() != null) {
                double bx = labelWidth + ChronoUnit.DAYS.between(from, i.baselineStart()) * scale;
                double bw = Math.max(2, (ChronoUnit.DAYS.between(i.baselineStart(), i.baselineFinish()) + 1) * scale);
                svg.append(String.format("<rect class='baseline' x='%.1f' y='%d' width='%.1f' height='4' fill='#9e9e9e'>"
                        + "<title>%s %s – %s</title></rect>", bx, y + 13, bw,
                        Svg.escape(text.apply("housing.gantt.baseline")), i.baselineStart(), i.baselineFinish()));
            }
            double x = labelWidth + ChronoUnit.DAYS.between(from, s.start()) * scale;
            double w = Math.max(3, (ChronoUnit.DAYS.between(s.start(), s.finish()) + 1) * scale);
            String colour = i.finished() ? DONE : delay > 0 ? LATE : critical.contains(i.key()) ? CRITICAL : NORMAL;
            svg.append(String.format("<rect class='bar%s' data-key='%s' x='%.1f' y='%d' width='%.1f' height='10' rx='2' "
                    + "fill='%s'%s><title>%s %s: %s – %s%s</title></rect>",
                    critical.contains(i.key()) ? " critical" : "", Svg.escape(i.key()), x, y + 2, w, colour,
                    critical.contains(i.key()) && !i.finished() ? " stroke='#7f0000' stroke-width='1'" : "",
                    Svg.escape(i.key()), Svg.escape(i.name()), s.start(), s.finish(),
                    delay > 0 ? " (" + Svg.escape(text.apply("housing.gantt.late")) + " " + delay + ")" : ""));
            if (i.simulated()) {
                svg.append(String.format("<rect x='%.1f' y='%d' width='%.1f' height='10' fill='url(#sim)'/>", x, y + 2, w));
            }
            y += rowHeight;
        }
        // today
        if (!plan.today().isBefore(from) && !plan.today().isAfter(to)) {
            double tx = labelWidth + ChronoUnit.DAYS.between(from, plan.today()) * scale;
            svg.append(String.format("<line id='gantt-today' x1='%.1f' y1='%d' x2='%.1f' y2='%d' stroke='#d81b60' "
                    + "stroke-width='1.5' stroke-dasharray='4 2'/><text x='%.1f' y='%d' fill='#d81b60'>%s</text>", tx,
                    top - 6, tx, y, tx + 3, y + 12, Svg.escape(text.apply("housing.gantt.today"))));
        }
        // legend
        int ly = height - 14;
        int lx = 4;
        String[][] legend = {{CRITICAL, "housing.gantt.critical"}, {NORMAL, "housing.gantt.forecast"},
                {DONE, "housing.gantt.done"}, {LATE, "housing.gantt.late"}, {"#9e9e9e", "housing.gantt.baseline"}};
        for (String[] l : legend) {
            svg.append(String.format("<rect x='%d' y='%d' width='12' height='8' fill='%s'/><text x='%d' y='%d'>%s</text>",
                    lx, ly - 8, l[0], lx + 16, ly, Svg.escape(text.apply(l[1]))));
            lx += 120;
        }
        return svg.append("</svg>").toString();
    }
}
