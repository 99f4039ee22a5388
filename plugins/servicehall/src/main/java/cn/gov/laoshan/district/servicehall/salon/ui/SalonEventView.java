package cn.gov.laoshan.district.servicehall.salon.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.attachment.Attachments;
import cn.gov.laoshan.district.api.project.ProjectDirectory;
import cn.gov.laoshan.district.servicehall.salon.domain.EventState;
import cn.gov.laoshan.district.servicehall.salon.domain.SalonEvent;
import cn.gov.laoshan.district.servicehall.salon.domain.SalonRegistration;
import cn.gov.laoshan.district.servicehall.salon.service.SalonMinutesFiles;
import cn.gov.laoshan.district.servicehall.salon.service.SalonService;
import cn.gov.laoshan.district.uikit.AttachmentsPanel;
import cn.gov.laoshan.district.uikit.BackLink;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.RecordPage;

/**
 * One 会客厅 event for the centre's staff ({@code servicehall/salon/:id}): what it is (a joint consultation's housing
 * project linked to its page when the housing plugin runs and the user may see it); the attendance at the door — the
 * registered enterprises ticked with the number of their people who came, the walk-ins counted, the counts of the
 * event — and closing it as held, which counts its people from that attendance; then the minutes (纪要) with their
 * files.
 */
public class SalonEventView extends RecordPage<SalonEvent> {

    private final SalonService salon;
    private final Supplier<Optional<ProjectDirectory>> projects;
    private final Supplier<Optional<Attachments>> attachments;
    private final SalonMinutesFiles files;
    private final Function<String, Optional<String>> enterpriseNames;

    /**
     * @param enterpriseNames the registry's name of an enterprise by its USCC, when the registry knows it
     */
    public SalonEventView(SalonService salon, Supplier<Optional<ProjectDirectory>> projects,
            Supplier<Optional<Attachments>> attachments, SalonMinutesFiles files,
            Function<String, Optional<String>> enterpriseNames) {
        super("salon-event", salon::event);
        this.salon = salon;
        this.projects = projects;
        this.attachments = attachments;
        this.files = files;
        this.enterpriseNames = enterpriseNames;
    }

    /** The route of the event's page. */
    public static String route(long id) {
        return "servicehall/salon/" + id;
    }

    @Override
    protected void fill(SalonEvent ev) {
        add(BackLink.to("servicehall/salon", getTranslation("servicehall.screen.salon")));
        add(new H2(ev.title()));
        Span state = new Span(getTranslation("servicehall.salon.state." + ev.state()));
        state.getElement().getThemeList().add("badge" + (ev.state() == EventState.HELD ? " success"
                : ev.state() == EventState.CANCELLED ? " error" : ""));
        state.setId("salon-event-state");
        add(state);
        FormLayout facts = new FormLayout(
                fact("servicehall.salon.day", Dates.date(ev.day(), getLocale()) + " " + ev.starts() + "–" + ev.ends()),
                fact("servicehall.salon.room", salon.rooms().stream().filter(r -> r.code().equals(ev.roomCode()))
                        .map(r -> r.name(getLocale())).findFirst().orElse(ev.roomCode())),
                fact("servicehall.salon.kind", getTranslation("servicehall.salon.kind." + ev.kind())),
                fact("servicehall.salon.places", String.valueOf(ev.places())));
        if (ev.summary() != null) {
            facts.add(fact("servicehall.salon.summary-field", ev.summary()));
        }
        facts.setId("salon-event-facts");
        add(facts);
        if (ev.housingProject() != null) {
            add(project(ev));
        }
        attendance(ev);
        minutes(ev);
    }

    /** The housing project: a link to its page when the housing plugin finds it for this user, else as stored. */
    private Component project(SalonEvent ev) {
        Optional<Anchor> link = projects.get().flatMap(d -> d.findByCode(ev.housingProject())).map(p -> {
            Anchor a = new Anchor(p.route(), p.label());
            a.getElement().setAttribute("router-link", true);
            return a;
        });
        Component shown = link.<Component>map(a -> a).orElseGet(() -> new Span(ev.housingProject()
                + (ev.housingProjectName() == null ? "" : " " + ev.housingProjectName())));
        shown.setId("salon-event-project");
        Paragraph line = new Paragraph(getTranslation("servicehall.salon.event.project") + "：");
        line.add(shown);
        return line;
    }

    private void attendance(SalonEvent ev) {
        List<SalonRegistration> registrations = salon.registrations(ev.id());
        boolean atTheDoor = ev.state() == EventState.PLANNED && !ev.day().isAfter(salon.today());
        add(new H3(getTranslation("servicehall.salon.attendance.title")));
        int came = (int) registrations.stream().filter(SalonRegistration::attended).count();
        int people = registrations.stream().mapToInt(SalonRegistration::attendedPeople).sum();
        Paragraph counts = new Paragraph(getTranslation("servicehall.salon.attendance.summary", registrations.size(),
                registrations.stream().mapToInt(SalonRegistration::attendees).sum(), came, people, ev.walkIns(),
                people + ev.walkIns()));
        counts.setId("salon-attendance-summary");
        add(counts);
        Grid<SalonRegistration> grid = new Grid<>();
        grid.setId("salon-attendance");
        grid.addColumn(r -> enterpriseNames.apply(r.uscc()).map(n -> n + "（" + r.uscc() + "）").orElse(r.uscc()))
                .setHeader(getTranslation("servicehall.salon.enterprise")).setFlexGrow(2);
        grid.addColumn(SalonRegistration::attendees).setHeader(getTranslation("servicehall.salon.registered-people"));
        grid.addColumn(r -> r.projectName() == null ? "" : r.projectName())
                .setHeader(getTranslation("servicehall.salon.project-column"));
        grid.addComponentColumn(r -> came(ev, r, atTheDoor)).setHeader(getTranslation("servicehall.salon.came"))
                .setAutoWidth(true);
        grid.setItems(registrations);
        grid.setAllRowsVisible(true);
        add(grid);
        if (!atTheDoor) {
            if (ev.state() == EventState.PLANNED) {
                add(new Paragraph(getTranslation("servicehall.salon.attendance.on-the-day")));
            }
            return;
        }
        IntegerField walkIns = new IntegerField(getTranslation("servicehall.salon.walk-ins"));
        walkIns.setValue(ev.walkIns());
        walkIns.setMin(0);
        walkIns.setId("salon-walk-ins");
        Button saveWalkIns = new Button(getTranslation("servicehall.salon.save-walk-ins"), e -> {
            SalonEvent changed = SalonView.STEPS.call(this, Map.of("walkIns", walkIns),
                    () -> salon.walkIns(ev.id(), walkIns.getValue() == null ? -1 : walkIns.getValue()));
            if (changed != null) {
                show(changed);
            }
        });
        saveWalkIns.setId("salon-save-walk-ins");
        Button held = new Button(getTranslation("servicehall.salon.close"), e -> {
            SalonEvent done = SalonView.STEPS.call(this, () -> salon.held(ev.id()));
            if (done != null) {
                show(done);
            }
        });
        held.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        held.setId("salon-held");
        HorizontalLayout door = new HorizontalLayout(walkIns, saveWalkIns, held);
        door.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(door);
    }

    /** A registration's tick at the door and the number of its people who came. */
    private Component came(SalonEvent ev, SalonRegistration r, boolean atTheDoor) {
        if (!atTheDoor) {
            return new Span(r.attended() ? getTranslation("servicehall.salon.came-count", r.attendedPeople()) : "—");
        }
        Checkbox tick = new Checkbox(r.attended());
        tick.setId("salon-came-" + r.uscc());
        IntegerField number = new IntegerField();
        number.setValue(r.attended() ? r.attendedPeople() : r.attendees());
        number.setMin(0);
        number.setMax(10);
        number.setWidth("5em");
        number.setId("salon-came-people-" + r.uscc());
        tick.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                checkIn(ev, r, Boolean.TRUE.equals(e.getValue()) ? number.getValue() : Integer.valueOf(0));
            }
        });
        number.addValueChangeListener(e -> {
            if (e.isFromClient() && tick.getValue()) {
                checkIn(ev, r, e.getValue());
            }
        });
        return new HorizontalLayout(tick, number);
    }

    private void checkIn(SalonEvent ev, SalonRegistration r, Integer people) {
        if (SalonView.STEPS.call(this, () -> salon.checkIn(ev.id(), r.uscc(), people == null ? -1 : people)) != null) {
            salon.event(ev.id()).ifPresent(this::show);
        }
    }

    private void minutes(SalonEvent ev) {
        add(new H3(getTranslation("servicehall.salon.minutes.title")));
        if (ev.state() != EventState.HELD) {
            add(new Paragraph(getTranslation("servicehall.salon.minutes.after")));
        } else {
            TextArea text = new TextArea(getTranslation("servicehall.salon.minutes"));
            text.setWidthFull();
            text.setMaxLength(4000);
            text.setMinHeight("8em");
            text.setValue(ev.minutes() == null ? "" : ev.minutes());
            text.setId("salon-minutes");
            Button save = new Button(getTranslation("servicehall.salon.minutes.save"), e -> {
                SalonEvent changed = SalonView.STEPS.call(this, Map.of("minutes", text),
                        () -> salon.minutes(ev.id(), text.getValue()));
                if (changed != null) {
                    show(changed);
                }
            });
            save.setId("salon-minutes-save");
            add(text, save);
            if (ev.minutesBy() != null) {
                Paragraph by = new Paragraph(getTranslation("servicehall.salon.minutes.by", ev.minutesBy(),
                        Dates.dateTime(ev.minutesAt(), getLocale())));
                by.setId("salon-minutes-by");
                add(by);
            }
        }
        attachments.get().ifPresent(a -> add(new Paragraph(getTranslation("servicehall.salon.minutes.files")),
                new AttachmentsPanel(a, files, SalonMinutesFiles.of(ev.id()), () -> { })));
    }

    private TextField fact(String key, String value) {
        TextField field = new TextField(getTranslation(key));
        field.setValue(value == null ? "" : value);
        field.setReadOnly(true);
        return field;
    }
}
