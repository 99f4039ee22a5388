package cn.gov.laoshan.district.console.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.console.system.SystemFacts;
import cn.gov.laoshan.district.core.jobs.JobSchedule;
import cn.gov.laoshan.district.uikit.Dates;

/** Uptime, memory, database, sessions and jobs of the running platform. */
public class SystemView extends VerticalLayout {

    private final SystemFacts facts;
    private final FormLayout form = new FormLayout();
    private final Grid<JobSchedule.Job> jobs;

    public SystemView(SystemFacts facts) {
        this.facts = facts;
        setId("console-system");
        add(new H3(getTranslation("console.screen.system")),
                new Button(getTranslation("console.plugins.refresh"), VaadinIcon.REFRESH.create(), e -> show()), form);
        jobs = jobGrid();
        add(new H4(getTranslation("console.system.jobs")), jobs);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        show();
    }

    private void show() {
        form.removeAll();
        Map<String, Object> f = facts.read();
        item("console.system.node", String.valueOf(f.get("node")));
        long uptime = ((Number) f.get("uptimeSeconds")).longValue();
        item("console.system.uptime", getTranslation("console.system.uptime-value", uptime / 86400, uptime % 86400 / 3600,
                uptime % 3600 / 60));
        item("console.system.memory", getTranslation("console.system.memory-value",
                mb(((Number) f.get("heapUsedBytes")).longValue()), mb(((Number) f.get("heapMaxBytes")).longValue())));
        boolean embedded = Boolean.TRUE.equals(f.get("databaseEmbedded"));
        item("console.system.database", getTranslation("console.system.kind." + f.get("databaseKind")
                + (embedded || !"DERBY".equals(f.get("databaseKind")) ? "" : "-server")));
        item("console.system.protection", protection(embedded, Boolean.TRUE.equals(f.get("databaseEncrypted")),
                Boolean.TRUE.equals(f.get("databaseAuthentication"))));
        long bytes = ((Number) f.get("databaseBytes")).longValue();
        item("console.system.database-size", bytes < 0 ? getTranslation("console.system.size-external")
                : getTranslation("console.system.size-value", mb(bytes)));
        item("console.system.sessions", getTranslation("console.system.sessions-value", f.get("activeSessions"),
                f.get("openSessions")));
        List<JobSchedule.Job> list = facts.readJobs();
        item("console.system.jobs", list.isEmpty() ? getTranslation("console.system.jobs-none")
                : getTranslation("console.system.jobs-count", list.size()));
        jobs.setItems(list);
        jobs.setVisible(!list.isEmpty());
    }

    /** Derby's own protection of the embedded database, or that a database server protects itself. */
    private String protection(boolean embedded, boolean encrypted, boolean authentication) {
        if (!embedded) {
            return getTranslation("console.system.protection-server");
        }
        String said = getTranslation("console.system.protection-value",
                getTranslation(encrypted ? "console.system.encrypted" : "console.system.not-encrypted"),
                getTranslation(authentication ? "console.system.authentication" : "console.system.no-authentication"));
        return encrypted && authentication ? said : said + getTranslation("console.system.protection-hint");
    }

    private Grid<JobSchedule.Job> jobGrid() {
        Grid<JobSchedule.Job> grid = new Grid<>();
        grid.setId("console-system-jobs");
        grid.addColumn(j -> pluginName(j.plugin())).setHeader(getTranslation("console.jobs.plugin")).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(j -> jobName(j)).setHeader(getTranslation("console.jobs.name")).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(j -> j.dailyAt() != null
                ? getTranslation("console.jobs.daily-at", j.dailyAt().toString()) : every(j.interval())).setHeader(getTranslation("console.jobs.schedule")).setAutoWidth(true);
        grid.addColumn(j -> time(j.lastStarted())).setHeader(getTranslation("console.jobs.last-run")).setAutoWidth(true);
        grid.addColumn(j -> getTranslation("console.jobs.result." + j.result())
                + (j.lastError() == null ? "" : ": " + j.lastError())).setHeader(getTranslation("console.jobs.result"))
                .setAutoWidth(true);
        grid.addColumn(j -> time(j.nextRun())).setHeader(getTranslation("console.jobs.next-run")).setAutoWidth(true);
        grid.addColumn(j -> j.leaseHolder() == null ? "—" : j.leaseHolder())
                .setHeader(getTranslation("console.jobs.lease")).setAutoWidth(true);
        grid.addColumn(JobSchedule.Job::runs).setHeader(getTranslation("console.jobs.runs")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String pluginName(String plugin) {
        String key = plugin + ".plugin.name";
        String name = getTranslation(key);
        return name.equals(key) || name.startsWith("!") ? plugin : name;
    }

    /** A job by what it does ("提醒投递"), from {@code <plugin>.job.<name>}; its id where no text is given. */
    private String jobName(JobSchedule.Job job) {
        String key = job.plugin() + ".job." + job.name();
        String name = getTranslation(key);
        return name.equals(key) || name.startsWith("!") ? job.name() : name;
    }

    private String every(Duration d) {
        long s = d.toSeconds();
        return s % 3600 == 0 && s > 0 ? getTranslation("console.jobs.every-hours", s / 3600)
                : s % 60 == 0 && s > 0 ? getTranslation("console.jobs.every-minutes", s / 60)
                : getTranslation("console.jobs.every-seconds", s == 0 ? d.toMillis() / 1000.0 : s);
    }

    private String time(Instant instant) {
        if (instant == null) {
            return "—";
        }
        return Dates.dateTimeSeconds(instant, getLocale());
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,.1f", bytes / 1024.0 / 1024.0);
    }

    private void item(String key, String value) {
        Span span = new Span(value);
        span.setId(key.replace('.', '-'));
        form.addFormItem(span, getTranslation(key));
    }
}
