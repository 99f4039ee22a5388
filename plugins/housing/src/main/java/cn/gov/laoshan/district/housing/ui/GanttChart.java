package cn.gov.laoshan.district.housing.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import cn.gov.laoshan.district.housing.domain.PlanItemRecord;
import cn.gov.laoshan.district.housing.domain.Stage;
import cn.gov.laoshan.district.housing.plan.ItemSchedule;
import cn.gov.laoshan.district.housing.service.PlanView;
import cn.gov.laoshan.district.uikit.GanttBars;

/**
 * The plan as the kit's Gantt bars ({@link GanttBars}): one row per approval item grouped by stage; the baseline as
 * a thin grey bar, the forecast as a bar on it — red on the critical path, green when finished, orange when late
 * against the baseline, hatched when pre-reviewed by simulated approval; a line for today.
 */
final class GanttChart {

    private GanttChart() {
    }

    static String svg(PlanView plan, Function<String, String> text, Locale locale) {
        List<PlanItemRecord> items = plan.items().stream()
                .sorted((a, b) -> a.stage() != b.stage() ? a.stage().compareTo(b.stage())
                        : plan.forecast().item(a.key()).start().compareTo(plan.forecast().item(b.key()).start()))
                .toList();
        Set<String> critical = Set.copyOf(plan.forecast().criticalPath());
        GanttBars chart = GanttBars.of(text.apply("housing.gantt.title"), locale).id("housing-gantt-svg");
        Stage current = null;
        for (PlanItemRecord i : items) {
            if (i.stage() != current) {
                current = i.stage();
                chart.group(text.apply("housing.stage." + current));
            }
            ItemSchedule s = plan.forecast().item(i.key());
            int delay = plan.delay(i.key());
            boolean late = delay > 0 && !i.finished();
            String colour = i.finished() ? GanttBars.DONE : delay > 0 ? GanttBars.LATE
                    : critical.contains(i.key()) ? GanttBars.CRITICAL : GanttBars.NORMAL;
            GanttBars.Row row = chart.row(i.key() + " " + i.name()).key(i.key()).labelColour(late ? GanttBars.LATE : null)
                    .bar(s.start(), s.finish(), colour).critical(critical.contains(i.key())).hatched(i.simulated())
                    .tip(i.key() + " " + i.name() + ": " + range(s.start(), s.finish(), locale)
                            + (delay > 0 ? " (" + text.apply("housing.gantt.late") + " " + delay + ")" : ""));
            if (i.baselineStart() != null) {
                row.baseline(i.baselineStart(), i.baselineFinish(), text.apply("housing.gantt.baseline"));
            }
        }
        // an item started before its forecast start: the months begin at the actual start
        items.stream().map(PlanItemRecord::actualStart).filter(d -> d != null).forEach(chart::include);
        chart.today(plan.today(), text.apply("housing.gantt.today"));
        for (String[] l : new String[][] {{GanttBars.CRITICAL, "housing.gantt.critical"},
                {GanttBars.NORMAL, "housing.gantt.forecast"}, {GanttBars.DONE, "housing.gantt.done"},
                {GanttBars.LATE, "housing.gantt.late"}, {GanttBars.BASELINE, "housing.gantt.baseline"}}) {
            chart.legend(l[0], text.apply(l[1]));
        }
        return chart.svg();
    }

    private static String range(LocalDate from, LocalDate to, Locale locale) {
        return cn.gov.laoshan.district.uikit.Dates.date(from, locale) + " – "
                + cn.gov.laoshan.district.uikit.Dates.date(to, locale);
    }
}
