package cn.gov.laoshan.district.servicehall.salon.ui;

import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.attachment.Attachments;
import cn.gov.laoshan.district.servicehall.salon.domain.SalonEvent;
import cn.gov.laoshan.district.servicehall.salon.service.SalonMinutesFiles;
import cn.gov.laoshan.district.servicehall.salon.service.SalonService;
import cn.gov.laoshan.district.uikit.AttachmentsPanel;
import cn.gov.laoshan.district.uikit.Dates;

/**
 * 会客厅活动 for enterprise users: the planned events, and their own enterprise registered for one; the events their
 * enterprise came to, with the minutes and their files.
 */
public class EnterpriseSalonView extends VerticalLayout {

    private final SalonService salon;
    private final Grid<SalonEvent> events = new Grid<>();

    /**
     * @param attachments the platform's files, when it runs: the minutes' files of the events the enterprise came to
     */
    public EnterpriseSalonView(SalonService salon, Supplier<Optional<Attachments>> attachments,
            SalonMinutesFiles files) {
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
        // the events the enterprise came to, with their minutes and files (read only: the centre writes them)
        Grid<SalonEvent> attended = new Grid<>();
        attended.setId("salon-attended");
        attended.addColumn(e -> Dates.date(e.day(), getLocale())).setHeader(getTranslation("servicehall.salon.day"))
                .setAutoWidth(true);
        attended.addColumn(SalonEvent::title).setHeader(getTranslation("servicehall.salon.title")).setFlexGrow(2);
        attended.addColumn(e -> e.minutes() == null ? "—" : e.minutes())
                .setHeader(getTranslation("servicehall.salon.minutes")).setFlexGrow(3);
        attended.setItems(salon.attendedEvents());
        attended.setAllRowsVisible(true);
        VerticalLayout minutesFiles = new VerticalLayout();
        minutesFiles.setPadding(false);
        attended.addSelectionListener(e -> {
            minutesFiles.removeAll();
            e.getFirstSelectedItem().ifPresent(ev -> attachments.get().ifPresent(a -> minutesFiles.add(
                    new Paragraph(getTranslation("servicehall.salon.minutes.files")),
                    new AttachmentsPanel(a, files, SalonMinutesFiles.of(ev.id()), () -> { }))));
        });
        add(new H3(getTranslation("servicehall.salon.attended")), attended, minutesFiles);
        refresh();
    }

    private void refresh() {
        int year = salon.today().getYear();
        events.setItems(salon.events(year).stream().filter(e -> !e.day().isBefore(salon.today())).toList());
    }
}
