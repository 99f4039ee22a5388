package cn.gov.laoshan.district.servicehall.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.servicehall.domain.Booking;
import cn.gov.laoshan.district.servicehall.domain.Hall;
import cn.gov.laoshan.district.servicehall.domain.ServiceItem;
import cn.gov.laoshan.district.servicehall.service.BookingService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * Booking an appointment: hall, item (those the hall handles), a free slot of the next days, the person's name, ID
 * number and mobile. Shared by the clerks' screen (for a caller) and the enterprise users' screen; {@code book} is
 * the service call, which checks everything again.
 */
class BookingForm extends Composite<FormLayout> {

    private static final Steps STEPS = Steps.standard("servicehall-error");

    private final TextField mobile = new TextField();
    /** The fields a refusal may name, marked at the field (the public page adds its code). */
    private final Map<String, com.vaadin.flow.component.HasValidation> fields = new java.util.HashMap<>();
    private final Button save;

    /**
     * @param availability the free slots of a hall and item ({@code BookingService::availability}; the public page
     *                     passes its own, rate-limited per client address)
     */
    BookingForm(List<Hall> halls, List<ServiceItem> items,
            java.util.function.BiFunction<String, String, List<BookingService.Free>> availability,
            Function<Booking.Request, Booking> book, java.util.function.Consumer<Booking> booked) {
        ComboBox<Hall> hall = HallField.of(getTranslation("servicehall.hall"), halls);
        hall.setId("servicehall-book-hall");
        ComboBox<ServiceItem> item = new ComboBox<>(getTranslation("servicehall.item.name"));
        item.setItemLabelGenerator(i -> i.code() + " " + i.name()
                + (i.saturday() ? " · " + getTranslation("servicehall.booking.saturday-item") : ""));
        item.setId("servicehall-book-item");
        item.setWidth("24em");
        // the day first (only days with free places, the weekday named: Saturdays stand out), then its times
        ComboBox<java.time.LocalDate> day = new ComboBox<>(getTranslation("servicehall.booking.day"));
        day.setItemLabelGenerator(d -> Dates.date(d, getLocale()) + " "
                + d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, getLocale()));
        day.setId("servicehall-book-day");
        ComboBox<BookingService.Free> slot = new ComboBox<>(getTranslation("servicehall.booking.slot"));
        slot.setItemLabelGenerator(f -> f.starts() + " · " + getTranslation("servicehall.booking.places", f.places()));
        slot.setId("servicehall-book-slot");
        List<BookingService.Free> free = new java.util.ArrayList<>();
        Runnable items4hall = () -> item.setItems(hall.getValue() == null ? List.of()
                : items.stream().filter(i -> hall.getValue().groupFor(i) != null).toList());
        Runnable times = () -> slot.setItems(day.getValue() == null ? List.of()
                : free.stream().filter(f -> f.day().equals(day.getValue())).toList());
        Runnable slots = () -> {
            free.clear();
            if (hall.getValue() != null && item.getValue() != null) {
                List<BookingService.Free> found = Steps.standard("servicehall-error").call(this,
                        () -> availability.apply(hall.getValue().code(), item.getValue().code()));
                if (found != null) {
                    free.addAll(found);
                }
            }
            java.time.LocalDate chosen = day.getValue();
            List<java.time.LocalDate> days = free.stream().map(BookingService.Free::day).distinct().toList();
            day.setItems(days);
            day.setValue(days.contains(chosen) ? chosen : null);
            times.run();
        };
        day.addValueChangeListener(e -> times.run());
        hall.addValueChangeListener(e -> {
            items4hall.run();
            slots.run();
        });
        item.addValueChangeListener(e -> slots.run());
        items4hall.run();
        TextField name = new TextField(getTranslation("servicehall.booking.person"));
        name.setId("servicehall-book-name");
        TextField idNumber = new TextField(getTranslation("servicehall.booking.id-number"));
        idNumber.setId("servicehall-book-id");
        idNumber.setMaxLength(18);
        mobile.setLabel(getTranslation("servicehall.booking.mobile"));
        mobile.setId("servicehall-book-mobile");
        Paragraph confirmation = new Paragraph();
        confirmation.setId("servicehall-book-confirmation");
        save = new Button(getTranslation("servicehall.booking.book"), e -> {
            BookingService.Free f = slot.getValue();
            Booking b = STEPS.call(this, fields, () -> book.apply(new Booking.Request(
                            hall.getValue() == null ? null : hall.getValue().code(),
                            item.getValue() == null ? null : item.getValue().code(), f == null ? null : f.day(),
                            f == null ? null : f.starts(), name.getValue(), idNumber.getValue(), mobile.getValue())));
            if (b != null) {
                confirmation.setText(getTranslation("servicehall.booking.confirmed", b.number(),
                        Dates.date(b.day(), getLocale()), b.starts().toString(), hall.getValue().name()));
                slots.run();
                booked.accept(b);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("servicehall-book-save");
        fields.putAll(Map.of("hall", hall, "item", item, "day", day, "starts", slot, "personName", name,
                "idNumber", idNumber, "mobile", mobile));
        getContent().add(hall, item, day, slot, name, idNumber, mobile, save, confirmation);
    }

    /** The mobile number typed, for the public page's one-time code. */
    String mobile() {
        return mobile.getValue();
    }

    /** Puts {@code components} right before the book button; {@code code} is the field refusals of "code" mark. */
    void beforeSave(TextField code, com.vaadin.flow.component.Component... components) {
        fields.put("code", code);
        int at = getContent().getElement().indexOfChild(save.getElement());
        getContent().addComponentAtIndex(at, code);
        for (int i = 0; i < components.length; i++) {
            getContent().addComponentAtIndex(at + 1 + i, components[i]);
        }
    }
}
