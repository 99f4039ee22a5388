package cn.gov.laoshan.district.console.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.console.system.SystemFacts;

/** Uptime, memory, database, sessions and jobs of the running platform. */
public class SystemView extends VerticalLayout {

    private final SystemFacts facts;
    private final FormLayout form = new FormLayout();

    public SystemView(SystemFacts facts) {
        this.facts = facts;
        setId("console-system");
        add(new H3(getTranslation("console.screen.system")),
                new Button(getTranslation("console.plugins.refresh"), VaadinIcon.REFRESH.create(), e -> show()), form);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        show();
    }

    private void show() {
        form.removeAll();
        Map<String, Object> f = facts.read();
        long uptime = ((Number) f.get("uptimeSeconds")).longValue();
        item("console.system.uptime", getTranslation("console.system.uptime-value", uptime / 86400, uptime % 86400 / 3600,
                uptime % 3600 / 60));
        item("console.system.memory", getTranslation("console.system.memory-value",
                mb(((Number) f.get("heapUsedBytes")).longValue()), mb(((Number) f.get("heapMaxBytes")).longValue())));
        item("console.system.database", getTranslation("console.system.kind." + f.get("databaseKind")));
        long bytes = ((Number) f.get("databaseBytes")).longValue();
        item("console.system.database-size", bytes < 0 ? getTranslation("console.system.size-external")
                : getTranslation("console.system.size-value", mb(bytes)));
        item("console.system.sessions", String.valueOf(f.get("activeSessions")));
        item("console.system.jobs", getTranslation("console.system.jobs-none"));
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
