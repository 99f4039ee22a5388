package cn.gov.laoshan.district.servicehall.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

import cn.gov.laoshan.district.servicehall.domain.Hall;
import cn.gov.laoshan.district.servicehall.domain.ItemGroup;
import cn.gov.laoshan.district.servicehall.domain.Opening;
import cn.gov.laoshan.district.servicehall.domain.SlotCapacity;
import cn.gov.laoshan.district.servicehall.service.CapacityService;
import cn.gov.laoshan.district.servicehall.service.HallService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * 号源设置: the hall team leader sets the places per slot of an item group for a day, copies a week onto the next and
 * closes single slots; the day's opening (working day, Saturday items only, closed with the holiday's name) is shown.
 */
public class CapacityView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("servicehall-error");

    private final CapacityService capacity;
    private final HallService halls;
    private final ComboBox<Hall> hall;
    private final DatePicker day = new DatePicker();
    private final ComboBox<ItemGroup> group = new ComboBox<>();
    private final IntegerField perSlot = new IntegerField();
    private final Paragraph opening = new Paragraph();
    private final Grid<SlotCapacity> slots = new Grid<>();

    public CapacityView(CapacityService capacity, HallService halls) {
        this.capacity = capacity;
        this.halls = halls;
        setId("servicehall-capacity");
        hall = HallField.of(getTranslation("servicehall.hall"), halls.halls());
        Dates.picker(day, getLocale());
        day.setLabel(getTranslation("servicehall.day"));
        day.setValue(LocalDate.now(Dates.BEIJING).plusDays(1));
        day.setId("servicehall-capacity-day");
        group.setLabel(getTranslation("servicehall.item.group"));
        group.setItems(ItemGroup.values());
        group.setItemLabelGenerator(g -> getTranslation("servicehall.group." + g));
        group.setId("servicehall-capacity-group");
        perSlot.setLabel(getTranslation("servicehall.capacity.per-slot"));
        perSlot.setMin(0);
        perSlot.setMax(CapacityService.MAX_PER_SLOT);
        perSlot.setStepButtonsVisible(true);
        perSlot.setValue(2);
        perSlot.setId("servicehall-capacity-per-slot");
        Button set = new Button(getTranslation("servicehall.capacity.set"), e -> {
            Integer n = STEPS.call(this, Map.of("group", group, "perSlot", perSlot, "day", day), () -> capacity.setDay(
                    code(), group.getValue(), day.getValue(), perSlot.getValue() == null ? -1 : perSlot.getValue()));
            if (n != null) {
                Notification.show(getTranslation("servicehall.capacity.done", n));
                refresh();
            }
        });
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        set.setId("servicehall-capacity-set");
        Button copy = new Button(getTranslation("servicehall.capacity.copy-week"), e -> {
            LocalDate monday = day.getValue().with(DayOfWeek.MONDAY);
            Integer n = STEPS.call(this, () -> capacity.copyWeek(code(), monday, monday.plusWeeks(1)));
            if (n != null) {
                Notification.show(getTranslation("servicehall.capacity.copied", n, Dates.date(monday.plusWeeks(1), getLocale())));
            }
        });
        copy.setId("servicehall-capacity-copy");
        HorizontalLayout form = new HorizontalLayout(hall, day, group, perSlot, set, copy);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        slots.addColumn(s -> getTranslation("servicehall.group." + s.group())).setHeader(getTranslation("servicehall.item.group"));
        slots.addColumn(s -> s.starts().toString()).setHeader(getTranslation("servicehall.capacity.starts"));
        slots.addColumn(SlotCapacity::capacity).setHeader(getTranslation("servicehall.capacity.places"));
        slots.addColumn(SlotCapacity::booked).setHeader(getTranslation("servicehall.capacity.booked"));
        slots.addComponentColumn(s -> {
            Button toggle = new Button(getTranslation(s.closed() ? "servicehall.capacity.reopen" : "servicehall.capacity.close"),
                    e -> {
                        if (STEPS.call(this, () -> {
                            capacity.close(code(), s.group(), s.day(), s.starts(), !s.closed());
                            return true;
                        }) != null) {
                            refresh();
                        }
                    });
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return toggle;
        }).setHeader(getTranslation("servicehall.capacity.state"));
        slots.setId("servicehall-capacity-slots");
        slots.setAllRowsVisible(true);
        hall.addValueChangeListener(e -> refresh());
        day.addValueChangeListener(e -> refresh());
        opening.setId("servicehall-capacity-opening");
        add(form, opening, slots);
        refresh();
    }

    private String code() {
        return hall.getValue() == null ? null : hall.getValue().code();
    }

    private void refresh() {
        if (hall.getValue() == null || day.getValue() == null) {
            return;
        }
        Opening o = halls.opening(hall.getValue(), day.getValue());
        opening.setText(getTranslation("servicehall.opening." + o.kind(), Dates.date(day.getValue(), getLocale()),
                o.reason() == null ? "" : o.reason()));
        slots.setItems(capacity.day(code(), day.getValue()));
    }
}
