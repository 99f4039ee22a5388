package cn.gov.laoshan.district.housing.ui;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import cn.gov.laoshan.district.housing.domain.Stage;
import cn.gov.laoshan.district.housing.service.IssueService;
import cn.gov.laoshan.district.housing.service.MeetingService;
import cn.gov.laoshan.district.housing.service.ProjectService;
import cn.gov.laoshan.district.uikit.Figure;
import cn.gov.laoshan.district.uikit.Figure.Tone;
import cn.gov.laoshan.district.uikit.Svg;

/**
 * The home-page card: key projects, items overdue, blocking issues open/resolved, dispatch meetings this year,
 * working days saved against the baselines, and a server-rendered SVG of projects by current stage.
 */
public class HousingWidget extends Div {

    public HousingWidget(ProjectService projects, IssueService issues, MeetingService meetings) {
        setId("housing-widget");
        ProjectService.Figures f = projects.figures();
        IssueService.Figures i = issues.figures();
        LocalDate today = projects.today();
        int held = meetings.heldSince(today.withDayOfYear(1));
        // each number opens the list it counts (the projects list marks overdue items per project)
        Div numbers = Figure.row(figure(f.projects(), "housing.widget.projects", Tone.NEUTRAL, "housing/projects"),
                figure(f.itemsOverdue(), "housing.widget.overdue", f.itemsOverdue() > 0 ? Tone.BAD : Tone.NEUTRAL,
                        "housing/projects"),
                figure(i.open(), "housing.widget.issues-open", i.overdue() > 0 ? Tone.BAD : Tone.NEUTRAL,
                        "housing/issues"),
                figure(i.resolved(), "housing.widget.issues-resolved", Tone.GOOD,
                        "housing/issues?" + IssuesView.RESOLVED),
                figure(held, "housing.widget.meetings", Tone.NEUTRAL, "housing/meetings"),
                Figure.of(f.daysSaved(), getTranslation("housing.widget.days-saved"), Tone.GOOD));
        Span best = new Span(f.bestProject() == null ? "" : getTranslation("housing.widget.best", f.bestProject(),
                f.bestDays()));
        best.setId("housing-widget-best");
        best.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div chart = new Div();
        chart.getElement().setProperty("innerHTML", svg(f.byStage(), f.completed(), this::getTranslation));
        add(numbers, best, chart);
    }

    private Div figure(int value, String key, Tone tone, String route) {
        Div figure = Figure.of(value, getTranslation(key), tone, route);
        figure.setId("housing-figure-" + key.substring(key.lastIndexOf('.') + 1));
        return figure;
    }

    /** One bar per stage (and one for completed projects); plain SVG, no script. */
    static String svg(Map<Stage, Integer> byStage, int completed, Function<String, String> text) {
        int width = 560;
        int height = 150;
        int bottom = 34;
        int slots = Stage.values().length + 1;
        int max = Math.max(completed, byStage.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' role='img' width='100%' "
                + "viewBox='0 0 " + width + " " + height + "' style='font:11px sans-serif'>");
        svg.append("<title>").append(Svg.escape(text.apply("housing.widget.chart"))).append("</title>");
        if (max == 0) {
            svg.append("<text x='10' y='20'>").append(Svg.escape(text.apply("housing.widget.no-data"))).append("</text>");
            return svg.append("</svg>").toString();
        }
        int left = 34;
        int[] ticks = Svg.ticks(max);
        double slot = (width - left) / (double) slots;
        double scale = (height - bottom - 14) / (double) ticks[ticks.length - 1];
        svg.append(Svg.valueAxis(left - 4, width - left, height - bottom, 14, ticks, ""));
        for (int s = 0; s < slots; s++) {
            int n = s < Stage.values().length ? byStage.getOrDefault(Stage.values()[s], 0) : completed;
            String label = s < Stage.values().length ? text.apply("housing.stage." + Stage.values()[s])
                    : text.apply("housing.status.COMPLETED");
            double x = left + s * slot + slot * 0.2;
            double h = n * scale;
            double y = height - bottom - h;
            svg.append(String.format("<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='%s'><title>%s: %d</title></rect>",
                    x, y, slot * 0.6, h, s < Stage.values().length ? "#1565c0" : "#2e7d32", Svg.escape(label), n));
            if (n > 0) {
                svg.append(String.format("<text x='%.1f' y='%.1f' text-anchor='middle'>%d</text>", x + slot * 0.3, y - 3, n));
            }
            // a Chinese stage name fits; an English one goes on two lines at its first space
            int space = label.indexOf(' ');
            double cx = x + slot * 0.3;
            if (space > 0) {
                svg.append(String.format("<text x='%.1f' y='%d' text-anchor='middle' font-size='9'>"
                        + "<tspan x='%.1f'>%s</tspan><tspan x='%.1f' dy='11'>%s</tspan></text>", cx, height - bottom + 13,
                        cx, Svg.escape(label.substring(0, space)), cx, Svg.escape(label.substring(space + 1))));
            } else {
                svg.append(String.format("<text x='%.1f' y='%d' text-anchor='middle'%s>%s</text>", cx,
                        height - bottom + 14, label.length() > 8 ? " font-size='9'" : "", Svg.escape(label)));
            }
        }
        return svg.append("</svg>").toString();
    }
}
