package cn.gov.laoshan.district.servicehall.ui;

import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.plugin.ClientAddress;
import cn.gov.laoshan.district.servicehall.domain.Booking;
import cn.gov.laoshan.district.servicehall.service.BookingService;
import cn.gov.laoshan.district.servicehall.service.CatalogueService;
import cn.gov.laoshan.district.servicehall.service.HallService;
import cn.gov.laoshan.district.servicehall.service.PublicBooking;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * 网上预约 — the residents' booking page, a public screen (no account, no sign-in): hall, item, a free slot, name,
 * ID number and mobile, confirmed with a one-time code sent to that mobile; the confirmation shows the booking
 * number and its QR code. Below, a booking is looked up with its number, its ID number, its mobile and a new code,
 * then cancelled or moved. Everything is checked again by {@link PublicBooking}; the page learns the client's
 * address (rate limits) only from the platform's {@link ClientAddress}.
 */
public class PublicBookingView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("servicehall-error");

    private final PublicBooking page;
    private final ClientAddress address;
    private final Div confirmation = new Div();
    /** The one-time code for a new booking. */
    private final TextField code = new TextField();
    private final VerticalLayout proved = new VerticalLayout();
    private PublicBooking.Proof proof;

    public PublicBookingView(PublicBooking page, BookingService bookings, HallService halls,
            CatalogueService catalogue, ClientAddress address) {
        this.page = page;
        this.address = address;
        setId("servicehall-public");
        setMaxWidth("52rem");
        H2 title = new H2(getTranslation("servicehall.public.title"));
        Paragraph intro = new Paragraph(getTranslation("servicehall.public.intro"));

        // the free places, asked as often as the form changes: limited per client address like the codes
        BookingForm form = new BookingForm(halls.halls(), catalogue.offeredItems(),
                (hall, item) -> page.availability(hall, item, address.current().orElse(null)),
                request -> page.book(request, codeOf()), this::confirm);
        form.setId("servicehall-public-form");
        code.setLabel(getTranslation("servicehall.public.code"));
        code.setId("servicehall-public-code");
        code.setMaxLength(6);
        form.beforeSave(code, sendCode("servicehall-public-send-code", form::mobile));
        confirmation.setId("servicehall-public-confirmation");
        confirmation.setVisible(false);

        Details manage = new Details(getTranslation("servicehall.public.manage"), manageForm());
        manage.setId("servicehall-public-manage");
        add(title, intro, form, confirmation, manage);
    }

    private String codeOf() {
        return code.getValue();
    }

    private Button sendCode(String id, Supplier<String> mobile) {
        Button send = new Button(getTranslation("servicehall.public.send-code"), e -> {
            // the same answer whatever the number: the page tells nobody whether a mobile has bookings
            if (STEPS.call(this, () -> {
                page.requestCode(mobile.get(), address.current().orElse(null));
                return Boolean.TRUE;
            }) != null) {
                Notification.show(getTranslation("servicehall.public.code-sent"), 5000, Notification.Position.MIDDLE);
            }
        });
        send.setId(id);
        return send;
    }

    /** The confirmation: number, when and where, and the QR code the hall scans at check-in. */
    private void confirm(Booking b) {
        code.clear();
        confirmation.removeAll();
        H3 head = new H3(getTranslation("servicehall.public.confirmed"));
        Paragraph number = new Paragraph(getTranslation("servicehall.booking.number") + "：" + b.number());
        number.setId("servicehall-public-number");
        Paragraph when = new Paragraph(Dates.date(b.day(), getLocale()) + " " + b.starts());
        Paragraph hint = new Paragraph(getTranslation("servicehall.public.qr-hint"));
        var qr = BookingQr.image(b.number(), "12rem");
        qr.setId("servicehall-public-qr");
        confirmation.add(head, number, when, qr, hint);
        confirmation.setVisible(true);
        confirmation.scrollIntoView();
    }

    /** Look up one's own booking (number, ID number, mobile, a new code), then cancel or move it. */
    private VerticalLayout manageForm() {
        TextField number = new TextField(getTranslation("servicehall.booking.number"));
        number.setId("servicehall-manage-number");
        TextField idNumber = new TextField(getTranslation("servicehall.booking.id-number"));
        idNumber.setId("servicehall-manage-id");
        idNumber.setMaxLength(18);
        TextField mobile = new TextField(getTranslation("servicehall.booking.mobile"));
        mobile.setId("servicehall-manage-mobile");
        TextField manageCode = new TextField(getTranslation("servicehall.public.code"));
        manageCode.setId("servicehall-manage-code");
        manageCode.setMaxLength(6);
        Button open = new Button(getTranslation("servicehall.public.open"), e -> {
            PublicBooking.Proof p = STEPS.call(this, Map.of("number", number, "idNumber", idNumber, "mobile", mobile,
                    "code", manageCode), () -> page.open(number.getValue(), idNumber.getValue(), mobile.getValue(),
                            manageCode.getValue()));
            if (p != null) {
                manageCode.clear();
                showProved(p);
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("servicehall-manage-open");
        FormLayout fields = new FormLayout(number, idNumber, mobile, manageCode,
                sendCode("servicehall-manage-send-code", mobile::getValue), open);
        proved.setId("servicehall-manage-booking");
        proved.setPadding(false);
        proved.setVisible(false);
        return new VerticalLayout(fields, proved);
    }

    private void showProved(PublicBooking.Proof p) {
        proof = p;
        Booking b = p.booking();
        proved.removeAll();
        Paragraph what = new Paragraph(b.number() + " · " + Dates.date(b.day(), getLocale()) + " " + b.starts() + " · "
                + getTranslation("servicehall.booking.state." + b.state()));
        what.setId("servicehall-manage-summary");
        ComboBox<BookingService.Free> slot = new ComboBox<>(getTranslation("servicehall.public.new-slot"));
        slot.setItemLabelGenerator(f -> Dates.date(f.day(), getLocale()) + " " + f.starts() + " · "
                + getTranslation("servicehall.booking.places", f.places()));
        slot.setId("servicehall-manage-slot");
        slot.setWidth("20em");
        java.util.List<BookingService.Free> free = STEPS.call(this, () -> page.availability(proof));
        slot.setItems(free == null ? java.util.List.of() : free);
        Button move = new Button(getTranslation("servicehall.public.reschedule"), e -> {
            BookingService.Free f = slot.getValue();
            Booking moved = STEPS.call(this, Map.of("day", slot, "starts", slot, "code", slot), () -> page.reschedule(
                    proof, f == null ? null : f.day(), f == null ? null : f.starts()));
            if (moved != null) {
                proved.setVisible(false);
                confirm(moved);
            }
        });
        move.setId("servicehall-manage-reschedule");
        Button cancel = new Button(getTranslation("servicehall.booking.cancel"), e -> {
            Booking cancelled = STEPS.call(this, () -> page.cancel(proof));
            if (cancelled != null) {
                what.setText(cancelled.number() + " · " + getTranslation("servicehall.booking.state."
                        + cancelled.state()));
                slot.setVisible(false);
                move.setVisible(false);
                e.getSource().setVisible(false);
            }
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.setId("servicehall-manage-cancel");
        boolean open = b.state() == cn.gov.laoshan.district.servicehall.domain.BookingState.BOOKED;
        slot.setVisible(open);
        move.setVisible(open);
        cancel.setVisible(open);
        HorizontalLayout actions = new HorizontalLayout(slot, move, cancel);
        actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        proved.add(what, actions);
        if (open) {
            proved.add(BookingQr.image(b.number(), "8rem"));
        }
        // a visit served and not rated yet: the person may rate it now, also after the five working days (补评)
        page.rateable(p).ifPresent(visit -> {
            VerticalLayout pad = new VerticalLayout();
            pad.setPadding(false);
            pad.setId("servicehall-public-rating");
            RatingPad.fill(pad, (level, reasons) -> page.rate(proof, level, reasons), () -> {
                pad.removeAll();
                pad.add(new Paragraph(getTranslation("servicehall.rating.thanks")));
            });
            proved.add(pad);
        });
        proved.setVisible(true);
    }
}
