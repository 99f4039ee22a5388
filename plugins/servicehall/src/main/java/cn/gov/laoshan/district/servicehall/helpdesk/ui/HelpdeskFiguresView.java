package cn.gov.laoshan.district.servicehall.helpdesk.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.servicehall.domain.HallLevel;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpRouting;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelperGroup;
import cn.gov.laoshan.district.servicehall.helpdesk.service.HelpdeskService;
import cn.gov.laoshan.district.servicehall.helpdesk.service.HelpdeskWorkflow;
import cn.gov.laoshan.district.uikit.BarChart;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * 帮办代办统计: requests of a period per level (district, street, community) and per street, as charts; the routing
 * table by address, which the centre changes here.
 */
public class HelpdeskFiguresView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("servicehall-helpdesk-figures-error");

    private final HelpdeskService helpdesk;
    private final VerticalLayout charts = new VerticalLayout();
    private final Grid<HelpRouting.Route> routes = new Grid<>();

    public HelpdeskFiguresView(HelpdeskService helpdesk, AccessControl access) {
        this.helpdesk = helpdesk;
        setId("servicehall-helpdesk-figures");
        LocalDate today = helpdesk.today();
        DatePicker from = Dates.picker(new DatePicker(getTranslation("servicehall.helpdesk.figures.from")), getLocale());
        from.setValue(today.withDayOfYear(1));
        DatePicker to = Dates.picker(new DatePicker(getTranslation("servicehall.helpdesk.figures.to")), getLocale());
        to.setValue(today);
        from.addValueChangeListener(e -> figures(from.getValue(), to.getValue()));
        to.addValueChangeListener(e -> figures(from.getValue(), to.getValue()));
        add(new HorizontalLayout(from, to), charts);
        figures(from.getValue(), to.getValue());

        Map<String, String> names = new java.util.HashMap<>();
        helpdesk.groups().forEach(g -> names.put(g.code(), g.name()));
        routes.addColumn(HelpRouting.Route::street).setHeader(getTranslation("servicehall.helpdesk.street"));
        routes.addColumn(HelpRouting.Route::community).setHeader(getTranslation("servicehall.helpdesk.community"));
        routes.addColumn(r -> names.getOrDefault(r.groupCode(), r.groupCode()))
                .setHeader(getTranslation("servicehall.helpdesk.group"));
        routes.setAllRowsVisible(true);
        routes.setId("servicehall-helpdesk-routes");
        add(new H3(getTranslation("servicehall.helpdesk.routes")),
                new Paragraph(getTranslation("servicehall.helpdesk.routes.intro")), routes);
        routes.setItems(helpdesk.routes());
        if (access.has(HelpdeskWorkflow.MANAGE)) {
            TextField street = new TextField(getTranslation("servicehall.helpdesk.street"));
            street.setId("servicehall-route-street");
            TextField community = new TextField(getTranslation("servicehall.helpdesk.community"));
            community.setId("servicehall-route-community");
            Select<HelperGroup> group = new Select<>();
            group.setLabel(getTranslation("servicehall.helpdesk.group"));
            group.setItems(helpdesk.groups());
            group.setItemLabelGenerator(HelperGroup::name);
            group.setId("servicehall-route-group");
            Button save = new Button(getTranslation("servicehall.helpdesk.route.save"), e -> {
                if (STEPS.run(this, Map.of("street", street, "community", community, "group", group),
                        () -> helpdesk.setRoute(street.getValue(), community.getValue(),
                                group.getValue() == null ? null : group.getValue().code()))) {
                    Steps.success(getTranslation("servicehall.helpdesk.done"));
                    routes.setItems(helpdesk.routes());
                }
            });
            save.setId("servicehall-route-save");
            HorizontalLayout form = new HorizontalLayout(street, community, group, save);
            form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            add(form);
        }
    }

    private void figures(LocalDate from, LocalDate to) {
        charts.removeAll();
        if (from == null || to == null || to.isBefore(from)) {
            return;
        }
        HelpdeskService.Figures f = helpdesk.figures(from, to);
        Paragraph total = new Paragraph(getTranslation("servicehall.helpdesk.figures.total", f.total(), f.completed()));
        total.setId("servicehall-helpdesk-total");
        List<String> levels = new ArrayList<>();
        List<Integer> perLevel = new ArrayList<>();
        for (HallLevel l : HallLevel.values()) {
            levels.add(getTranslation("servicehall.helpdesk.level." + l));
            perLevel.add(f.perLevel().get(l));
        }
        charts.add(total, BarChart.of(getTranslation("servicehall.helpdesk.figures.per-level"), getLocale())
                .categories(levels).series(getTranslation("servicehall.helpdesk.figures.per-level"), perLevel)
                .id("servicehall-helpdesk-level-chart").component(),
                BarChart.of(getTranslation("servicehall.helpdesk.figures.per-street"), getLocale())
                        .categories(new ArrayList<>(f.perStreet().keySet()))
                        .series(getTranslation("servicehall.helpdesk.figures.per-street"),
                                new ArrayList<>(f.perStreet().values()))
                        .id("servicehall-helpdesk-street-chart").component());
    }
}
