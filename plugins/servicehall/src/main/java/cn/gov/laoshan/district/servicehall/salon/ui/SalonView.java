package cn.gov.laoshan.district.servicehall.salon.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import cn.gov.laoshan.district.api.project.ProjectDirectory;
import cn.gov.laoshan.district.api.project.ProjectSummary;
import cn.gov.laoshan.district.servicehall.salon.domain.EventKind;
import cn.gov.laoshan.district.servicehall.salon.domain.EventState;
import cn.gov.laoshan.district.servicehall.salon.domain.SalonEvent;
import cn.gov.laoshan.district.servicehall.salon.domain.SalonFigures;
import cn.gov.laoshan.district.servicehall.salon.domain.SalonRoom;
import cn.gov.laoshan.district.servicehall.salon.service.SalonService;
import cn.gov.laoshan.district.uikit.BarChart;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.ExcelExport;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * 会客厅 for the centre: the year's figures in the seed's words (events, projects, people served), an event planned
 * with its room (a taken hour is refused; a joint consultation's housing project picked from the housing plugin when
 * it runs), the year's events — each opens its page ({@link SalonEventView}: attendance at the door, minutes) — and
 * the events as Excel.
 */
public class SalonView extends VerticalLayout {

    static final Steps STEPS = Steps.standard("salon-error");

    private final SalonService salon;
    private final Grid<SalonEvent> events = new Grid<>();
    private final VerticalLayout figures = new VerticalLayout();

    /**
     * @param projects the housing plugin's projects (api.project), when it runs: a joint consultation picks one;
     *                 without it the project's code is typed
     */
    public SalonView(SalonService salon, Supplier<Optional<ProjectDirectory>> projects) {
        this.salon = salon;
        setId("salon");
        LocalDate today = salon.today();
        Select<SalonRoom> room = new Select<>();
        room.setLabel(getTranslation("servicehall.salon.room"));
        room.setItems(salon.rooms());
        room.setItemLabelGenerator(r -> r.name(getLocale()));
        room.setId("salon-room");
        DatePicker day = Dates.picker(new DatePicker(getTranslation("servicehall.salon.day")), getLocale());
        day.setValue(today.plusDays(7));
        day.setId("salon-day");
        TimePicker starts = new TimePicker(getTranslation("servicehall.salon.starts"), LocalTime.of(9, 0));
        starts.setId("salon-starts");
        TimePicker ends = new TimePicker(getTranslation("servicehall.salon.ends"), LocalTime.of(11, 0));
        ends.setId("salon-ends");
        Select<EventKind> kind = new Select<>();
        kind.setLabel(getTranslation("servicehall.salon.kind"));
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("servicehall.salon.kind." + k));
        kind.setId("salon-kind");
        TextField title = new TextField(getTranslation("servicehall.salon.title"));
        title.setId("salon-title");
        title.setWidth("24em");
        // the housing project of a joint consultation: picked from the housing plugin's projects when it runs (in the
        // host's scope there), typed as a code when not
        Optional<ProjectDirectory> directory = projects.get();
        ComboBox<ProjectSummary> picked = new ComboBox<>(getTranslation("servicehall.salon.housing-project-pick"));
        TextField typed = new TextField(getTranslation("servicehall.salon.housing-project"));
        directory.ifPresent(d -> picked.setItems(query -> {
            // the directory answers one page of the best matches: the first page only, never a list of everything
            int offset = query.getOffset();
            int limit = Math.max(1, Math.min(query.getLimit(), ProjectDirectory.MAX_LIMIT));
            return offset > 0 ? java.util.stream.Stream.empty()
                    : d.search(query.getFilter().orElse(null), limit).stream();
        }));
        picked.setItemLabelGenerator(ProjectSummary::label);
        picked.setWidth("24em");
        picked.setId("salon-housing-project");
        typed.setId("salon-housing-project");
        typed.setWidth("20em");
        HasValidation project = directory.isPresent() ? picked : typed;
        IntegerField places = new IntegerField(getTranslation("servicehall.salon.places"));
        places.setValue(20);
        places.setId("salon-places");
        Button plan = new Button(getTranslation("servicehall.salon.plan"), e -> {
            SalonEvent planned = STEPS.call(this, Map.of("room", room, "day", day, "starts", starts, "ends", ends,
                    "kind", kind, "title", title, "housingProject", project, "places", places),
                    () -> directory.isPresent()
                            ? salon.planWithProject(room.getValue() == null ? null : room.getValue().code(), day.getValue(),
                                    starts.getValue(), ends.getValue(), kind.getValue(), title.getValue(), null,
                                    picked.getValue(), places.getValue() == null ? 0 : places.getValue())
                            : salon.plan(room.getValue() == null ? null : room.getValue().code(), day.getValue(),
                                    starts.getValue(), ends.getValue(), kind.getValue(), title.getValue(), null,
                                    typed.getValue(), places.getValue() == null ? 0 : places.getValue()));
            if (planned != null) {
                title.clear();
                picked.clear();
                typed.clear();
                refresh();
            }
        });
        plan.setId("salon-plan");
        HorizontalLayout form = new HorizontalLayout(room, day, starts, ends, kind, title,
                directory.isPresent() ? picked : typed, places, plan);
        form.setWrap(true);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        events.setId("salon-events");
        events.addColumn(e -> Dates.date(e.day(), getLocale()) + " " + e.starts() + "–" + e.ends())
                .setHeader(getTranslation("servicehall.salon.day"));
        events.addColumn(e -> e.roomCode()).setHeader(getTranslation("servicehall.salon.room"));
        events.addColumn(e -> getTranslation("servicehall.salon.kind." + e.kind())).setHeader(getTranslation("servicehall.salon.kind"));
        events.addColumn(SalonEvent::title).setHeader(getTranslation("servicehall.salon.title")).setFlexGrow(2);
        events.addColumn(e -> getTranslation("servicehall.salon.state." + e.state())).setHeader(getTranslation("servicehall.salon.state"));
        events.addColumn(SalonEvent::registered).setHeader(getTranslation("servicehall.salon.registered"));
        events.addColumn(SalonEvent::peopleServed).setHeader(getTranslation("servicehall.salon.people"));
        // the event's page: who registered, who came (ticked at the door), the minutes with their files
        events.addComponentColumn(ev -> {
            Button open = new Button(getTranslation(ev.state() == EventState.PLANNED && !ev.day().isAfter(salon.today())
                    ? "servicehall.salon.attendance" : "servicehall.salon.open"),
                    e -> UI.getCurrent().navigate(SalonEventView.route(ev.id())));
            open.setId("salon-open-" + ev.id());
            return open;
        }).setAutoWidth(true);
        events.setAllRowsVisible(true);

        Anchor export = new Anchor(ExcelExport.download(getTranslation("servicehall.salon.file"),
                out -> salon.exportEvents(salon.today().getYear(), out)), "");
        export.add(new Button(getTranslation("servicehall.export"), VaadinIcon.DOWNLOAD.create()));
        export.getElement().setAttribute("download", true);
        export.setId("salon-export");
        add(figures, new H3(getTranslation("servicehall.salon.plan-title")), form,
                new H3(getTranslation("servicehall.salon.events", String.valueOf(today.getYear()))), export, events);
        refresh();
    }

    private void refresh() {
        int year = salon.today().getYear();
        events.setItems(salon.events(year));
        figures.removeAll();
        SalonFigures now = salon.figures(year);
        SalonFigures before = salon.figures(year - 1);
        figures.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("servicehall.salon.summary", String.valueOf(year),
                now.events(), now.projects(), now.enterprises(), now.people())));
        BarChart chart = BarChart.of(getTranslation("servicehall.salon.figures"), getLocale())
                .categories(List.of(getTranslation("servicehall.salon.figure.events"),
                        getTranslation("servicehall.salon.figure.projects"),
                        getTranslation("servicehall.salon.figure.enterprises")))
                .series(String.valueOf(year - 1), List.of(before.events(), before.projects(), before.enterprises()))
                .series(String.valueOf(year), List.of(now.events(), now.projects(), now.enterprises()));
        Html svg = new Html("<div>" + chart.svg() + "</div>");
        svg.setId("salon-figures");
        figures.add(svg);
    }
}
