package cn.gov.laoshan.district.servicehall.salon.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.servicehall.salon.domain.SalonEvent;
import cn.gov.laoshan.district.servicehall.salon.service.SalonService;
import cn.gov.laoshan.district.uikit.Dates;

/** 会客厅活动 for enterprise users: the planned events, and their own enterprise registered for one. */
public class EnterpriseSalonView extends VerticalLayout {

    private final SalonService salon;
    private final Grid<SalonEvent> events = new Grid<>();

    public EnterpriseSalonView(SalonService salon) {
        this.salon = salon;
        setId("salon-enterprise");
        events.setId("salon-planned");
        events.addColumn(e -> Dates.date(e.day(), getLocale()) + " " + e.starts() + "–" + e.ends())
                .setHeader(getTranslation("servicehall.salon.day"));
        events.addColumn(e -> getTranslation("servicehall.salon.kind." + e.kind())).setHeader(getTranslation("servicehall.salon.kind"));
        events.addColumn(SalonEvent::title).setHeader(getTranslation("servicehall.salon.title")).setFlexGrow(2);
        events.addColumn(e -> e.places() + " / " + e.registered()).setHeader(getTranslation("servicehall.salon.places"));
        events.addComponentColumn(ev -> {
            IntegerField attendees = new IntegerField();
            attendees.setValue(1);
            attendees.setWidth("5em");
            TextField project = new TextField();
            project.setPlaceholder(getTranslation("servicehall.salon.project"));
            Button register = new Button(getTranslation("servicehall.salon.register"), e -> {
                if (SalonView.STEPS.run(this, () -> salon.register(ev.id(), attendees.getValue() == null ? 0
                        : attendees.getValue(), project.getValue()))) {
                    refresh();
                }
            });
            register.setId("salon-register-" + ev.id());
            return new HorizontalLayout(attendees, project, register);
        }).setAutoWidth(true);
        events.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("servicehall.salon.enterprise-intro")), events);
        refresh();
    }

    private void refresh() {
        int year = salon.today().getYear();
        events.setItems(salon.events(year).stream().filter(e -> !e.day().isBefore(salon.today())).toList());
    }
}
