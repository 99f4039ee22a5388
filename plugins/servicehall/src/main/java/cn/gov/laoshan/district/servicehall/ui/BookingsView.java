package cn.gov.laoshan.district.servicehall.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.servicehall.domain.Booking;
import cn.gov.laoshan.district.servicehall.domain.BookingState;
import cn.gov.laoshan.district.servicehall.domain.Hall;
import cn.gov.laoshan.district.servicehall.domain.IdNumber;
import cn.gov.laoshan.district.servicehall.domain.Visit;
import cn.gov.laoshan.district.servicehall.service.BookingService;
import cn.gov.laoshan.district.servicehall.service.CatalogueService;
import cn.gov.laoshan.district.servicehall.service.HallService;
import cn.gov.laoshan.district.servicehall.service.QueueService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Steps;

/** 预约管理: a hall's bookings of a day (ID numbers masked), check-in and cancellation, and booking for a caller. */
public class BookingsView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("servicehall-error");

    private final BookingService bookings;
    private final ComboBox<Hall> hall;
    private final DatePicker day = new DatePicker();
    private final Grid<Booking> list = new Grid<>();

    public BookingsView(BookingService bookings, QueueService queue, HallService halls, CatalogueService catalogue) {
        this.bookings = bookings;
        setId("servicehall-bookings");
        hall = HallField.of(getTranslation("servicehall.hall"), halls.halls());
        Dates.picker(day, getLocale());
        day.setLabel(getTranslation("servicehall.day"));
        day.setValue(bookings.today());
        day.setId("servicehall-bookings-day");
        hall.addValueChangeListener(e -> refresh());
        day.addValueChangeListener(e -> refresh());
        list.addColumn(Booking::number).setHeader(getTranslation("servicehall.booking.number")).setAutoWidth(true);
        list.addColumn(b -> b.starts().toString()).setHeader(getTranslation("servicehall.capacity.starts"));
        list.addColumn(Booking::itemCode).setHeader(getTranslation("servicehall.item.code"));
        list.addColumn(Booking::personName).setHeader(getTranslation("servicehall.booking.person"));
        list.addColumn(b -> IdNumber.masked(b.idNumber())).setHeader(getTranslation("servicehall.booking.id-number"));
        list.addColumn(b -> getTranslation("servicehall.booking.channel." + b.channel()))
                .setHeader(getTranslation("servicehall.booking.channel"));
        list.addColumn(b -> getTranslation("servicehall.booking.state." + b.state()))
                .setHeader(getTranslation("servicehall.booking.state"));
        list.addComponentColumn(b -> {
            HorizontalLayout actions = new HorizontalLayout();
            if (b.state() == BookingState.BOOKED) {
                if (b.day().equals(bookings.today())) {
                    Button checkIn = new Button(getTranslation("servicehall.queue.check-in"), e -> {
                        Visit v = STEPS.call(this, () -> queue.checkIn(b.hallCode(), b.number()));
                        if (v != null) {
                            Notification.show(getTranslation("servicehall.queue.ticket-drawn", v.ticket()));
                            refresh();
                        }
                    });
                    checkIn.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                    checkIn.setId("servicehall-check-in-" + b.number());
                    actions.add(checkIn);
                }
                Button cancel = new Button(getTranslation("servicehall.booking.cancel"), e -> {
                    if (STEPS.call(this, () -> bookings.cancel(b.number())) != null) {
                        refresh();
                    }
                });
                cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                actions.add(cancel);
            }
            return actions;
        });
        list.setId("servicehall-bookings-list");
        list.setAllRowsVisible(true);
        com.vaadin.flow.component.html.Anchor export = new com.vaadin.flow.component.html.Anchor(
                cn.gov.laoshan.district.uikit.ExcelExport.download(getTranslation("servicehall.booking.file"),
                        out -> bookings.exportDay(hall.getValue() == null ? null : hall.getValue().code(),
                                day.getValue(), out)), "");
        export.add(new Button(getTranslation("servicehall.export"),
                com.vaadin.flow.component.icon.VaadinIcon.DOWNLOAD.create()));
        export.getElement().setAttribute("download", true);
        export.setId("servicehall-bookings-export");
        HorizontalLayout filters = new HorizontalLayout(hall, day, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Details book = new Details(getTranslation("servicehall.booking.for-caller"),
                new BookingForm(halls.halls(), catalogue.offeredItems(), bookings::availability, bookings::bookForCaller,
                        b -> refresh()));
        book.setId("servicehall-book-for-caller");
        add(filters, list, book);
        refresh();
    }

    private void refresh() {
        if (hall.getValue() != null && day.getValue() != null) {
            list.setItems(bookings.ofDay(hall.getValue().code(), day.getValue()));
        }
    }
}
