package cn.gov.laoshan.district.servicehall.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.servicehall.domain.Booking;
import cn.gov.laoshan.district.servicehall.domain.BookingState;
import cn.gov.laoshan.district.servicehall.service.BookingService;
import cn.gov.laoshan.district.servicehall.service.CatalogueService;
import cn.gov.laoshan.district.servicehall.service.HallService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Steps;

/** 预约办事 (企业服务): an enterprise user books for someone of their enterprise and sees its bookings only. */
public class EnterpriseBookingsView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("servicehall-error");

    private final BookingService bookings;
    private final Grid<Booking> list = new Grid<>();

    public EnterpriseBookingsView(BookingService bookings, HallService halls, CatalogueService catalogue) {
        this.bookings = bookings;
        setId("servicehall-enterprise-bookings");
        list.addColumn(Booking::number).setHeader(getTranslation("servicehall.booking.number")).setAutoWidth(true);
        list.addColumn(b -> Dates.date(b.day(), getLocale()) + " " + b.starts())
                .setHeader(getTranslation("servicehall.booking.slot"));
        list.addColumn(Booking::itemCode).setHeader(getTranslation("servicehall.item.code"));
        list.addColumn(Booking::personName).setHeader(getTranslation("servicehall.booking.person"));
        list.addColumn(b -> getTranslation("servicehall.booking.state." + b.state()))
                .setHeader(getTranslation("servicehall.booking.state"));
        list.addComponentColumn(b -> {
            Button cancel = new Button(getTranslation("servicehall.booking.cancel"), e -> {
                if (STEPS.call(this, () -> bookings.cancel(b.number())) != null) {
                    refresh();
                }
            });
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            cancel.setVisible(b.state() == BookingState.BOOKED);
            return cancel;
        });
        list.setAllRowsVisible(true);
        add(new H3(getTranslation("servicehall.booking.new")), new BookingForm(halls.halls(), catalogue.offeredItems(),
                bookings::availability, bookings::bookForEnterprise, b -> refresh()), new H3(getTranslation("servicehall.booking.mine")),
                list);
        refresh();
    }

    private void refresh() {
        list.setItems(bookings.ofMyEnterprise());
    }
}
