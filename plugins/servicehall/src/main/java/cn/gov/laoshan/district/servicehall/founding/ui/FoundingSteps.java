package cn.gov.laoshan.district.servicehall.founding.ui;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.servicehall.founding.domain.FoundingOrder;
import cn.gov.laoshan.district.servicehall.founding.service.FoundingService;
import cn.gov.laoshan.district.servicehall.founding.service.FoundingWorkflow;
import cn.gov.laoshan.district.servicehall.service.ServiceHallRoles;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.TimelinePanel;

/** One order: what is known, the steps the current user may take (each with what it records), the timeline. */
class FoundingSteps extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("servicehall-founding-step-error");

    private final FoundingService founding;
    private final Timeline timeline;
    private final Runnable changed;

    FoundingSteps(FoundingService founding, Timeline timeline, Runnable changed) {
        this.founding = founding;
        this.timeline = timeline;
        this.changed = changed;
        setPadding(false);
        setId("servicehall-founding-detail");
    }

    FoundingSteps show(FoundingOrder o) {
        removeAll();
        H3 title = new H3(o.number() + " · " + FoundingView.state(this, o.state()));
        title.setId("servicehall-founding-title");
        add(title, new Paragraph(o.proposedName() + " · " + getTranslation("servicehall.founding.type." + o.entityType())
                + " · " + o.address()));
        if (o.uscc() != null) {
            add(new Paragraph(o.registeredName() + " · " + o.uscc() + " · " + Dates.date(o.registeredOn(), getLocale())
                    + (o.registryLinked() ? " · " + getTranslation("servicehall.founding.linked") : "")));
        }
        for (String action : founding.actions(o)) {
            HorizontalLayout row = new HorizontalLayout();
            row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            Button go = new Button(getTranslation("servicehall.founding.action." + action));
            go.setId("servicehall-founding-" + action);
            switch (action) {
                case "register" -> {
                    TextField uscc = new TextField(getTranslation("servicehall.founding.uscc"));
                    uscc.setId("servicehall-founding-uscc");
                    TextField name = new TextField(getTranslation("servicehall.founding.registered-name"));
                    name.setValue(o.proposedName());
                    name.setId("servicehall-founding-registered-name");
                    DatePicker on = Dates.picker(new DatePicker(getTranslation("servicehall.founding.registered-on")),
                            getLocale());
                    on.setValue(founding.today());
                    go.addClickListener(e -> moved(STEPS.call(this, Map.of("uscc", uscc, "registeredName", name,
                            "registeredOn", on), () -> founding.register(o.id(), uscc.getValue(), name.getValue(),
                                    on.getValue()))));
                    row.add(uscc, name, on, go);
                }
                case "hand-over" -> {
                    TextField to = new TextField(getTranslation("servicehall.founding.handed-to"));
                    to.setId("servicehall-founding-handed-to");
                    go.addClickListener(e -> moved(STEPS.call(this, Map.of("handedTo", to),
                            () -> founding.handOver(o.id(), to.getValue()))));
                    row.add(to, go);
                }
                case "cancel" -> {
                    TextField reason = new TextField(getTranslation("servicehall.helpdesk.reason"));
                    reason.setId("servicehall-founding-cancel-reason");
                    go.addClickListener(e -> moved(STEPS.call(this, Map.of("reason", reason),
                            () -> founding.cancel(o.id(), reason.getValue()))));
                    row.add(reason, go);
                }
                case "take" -> {
                    go.addClickListener(e -> moved(STEPS.call(this, () -> founding.take(o.id()))));
                    row.add(go);
                }
                case "order-seals" -> {
                    go.addClickListener(e -> moved(STEPS.call(this, () -> founding.orderSeals(o.id()))));
                    row.add(go);
                }
                case "seals-made" -> {
                    go.addClickListener(e -> moved(STEPS.call(this, () -> founding.sealsMade(o.id()))));
                    row.add(go);
                }
                default -> {
                    continue;
                }
            }
            add(row);
        }
        add(new TimelinePanel("servicehall-founding-timeline", () -> timeline.of(ServiceHallRoles.PLUGIN,
                FoundingWorkflow.TYPE, o.number())).actions(a -> getTranslation("servicehall.founding.action." + a)));
        return this;
    }

    private void moved(FoundingOrder o) {
        if (o != null) {
            Steps.success(getTranslation("servicehall.helpdesk.done"));
            changed.run();
            show(o);
        }
    }
}
