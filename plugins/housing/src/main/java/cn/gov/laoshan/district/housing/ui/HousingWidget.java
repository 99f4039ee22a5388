package cn.gov.laoshan.district.housing.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import cn.gov.laoshan.district.housing.domain.Stage;
import cn.gov.laoshan.district.housing.service.IssueService;
import cn.gov.laoshan.district.housing.service.MeetingService;
import cn.gov.laoshan.district.housing.service.ProjectService;
import cn.gov.laoshan.district.uikit.BarChart;
import cn.gov.laoshan.district.uikit.Figure;
import cn.gov.laoshan.district.uikit.Figure.Tone;
import cn.gov.laoshan.district.uikit.GanttBars;

/**
 * The home-page card: key projects, items overdue, blocking issues open/resolved, dispatch meetings this year,
 * working days saved against the baselines, and the kit's bar chart of projects by current stage.
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
        add(numbers, best, chart(f.byStage(), f.completed()));
    }

    private Div figure(int value, String key, Tone tone, String route) {
        Div figure = Figure.of(value, getTranslation(key), tone, route);
        figure.setId("housing-figure-" + key.substring(key.lastIndexOf('.') + 1));
        return figure;
    }

    /** One bar per stage, and one for completed projects in green. */
    private Div chart(Map<Stage, Integer> byStage, int completed) {
        List<String> stages = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<Integer> done = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            stages.add(getTranslation("housing.stage." + stage));
            counts.add(byStage.getOrDefault(stage, 0));
            done.add(0);
        }
        stages.add(getTranslation("housing.status.COMPLETED"));
        counts.add(0);
        done.add(completed);
        Div chart = BarChart.of(getTranslation("housing.widget.chart"), getLocale()).categories(stages)
                .series(getTranslation("housing.widget.projects"), BarChart.colour(0), counts)
                .series(getTranslation("housing.status.COMPLETED"), GanttBars.DONE, done).component();
        chart.setId("housing-chart-stages");
        return chart;
    }
}
