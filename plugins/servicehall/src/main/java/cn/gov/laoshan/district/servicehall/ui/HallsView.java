package cn.gov.laoshan.district.servicehall.ui;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.servicehall.domain.Hall;
import cn.gov.laoshan.district.servicehall.domain.HallWindow;
import cn.gov.laoshan.district.servicehall.domain.ItemGroup;
import cn.gov.laoshan.district.servicehall.domain.Period;
import cn.gov.laoshan.district.servicehall.service.HallService;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * 大厅与窗口 (the centre's administrators): a hall's team leader, its opening periods per weekday (Saturday = the
 * Saturday items' hours; holidays and 调休 days follow the working-day calendar by themselves), and its windows with
 * the item groups they serve and their clerk. Every change goes through {@link HallService}, checked and audited.
 */
public class HallsView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("servicehall-error");

    private final HallService halls;
    private final ComboBox<Hall> hall;
    private final TextField leader = new TextField();
    private final VerticalLayout hours = new VerticalLayout();
    private final Grid<HallWindow> windows = new Grid<>();

    public HallsView(HallService halls) {
        this.halls = halls;
        setId("servicehall-halls");
        hall = HallField.of(getTranslation("servicehall.hall"), halls.halls());
        leader.setLabel(getTranslation("servicehall.halls.leader"));
        leader.setId("servicehall-halls-leader");
        Button saveLeader = new Button(getTranslation("servicehall.halls.save"), e -> {
            if (STEPS.call(this, Map.of("login", leader), () -> {
                halls.setTeamLeader(code(), leader.getValue());
                return Boolean.TRUE;
            }) != null) {
                saved();
            }
        });
        saveLeader.setId("servicehall-halls-save-leader");
        HorizontalLayout top = new HorizontalLayout(hall, leader, saveLeader);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        hours.setPadding(false);
        hours.setSpacing(false);
        hours.setId("servicehall-halls-hours");

        windows.addColumn(HallWindow::number).setHeader(getTranslation("servicehall.queue.window")).setAutoWidth(true);
        windows.addColumn(w -> String.join("、", w.groups().stream().sorted()
                .map(g -> getTranslation("servicehall.group." + g)).toList()))
                .setHeader(getTranslation("servicehall.halls.groups"));
        windows.addColumn(w -> w.staffLogin() == null ? "" : w.staffLogin())
                .setHeader(getTranslation("servicehall.halls.clerk"));
        windows.setAllRowsVisible(true);
        windows.setId("servicehall-halls-windows");
        IntegerField number = new IntegerField(getTranslation("servicehall.queue.window"));
        number.setId("servicehall-window-number");
        number.setMin(1);
        number.setMax(99);
        MultiSelectComboBox<ItemGroup> groups = new MultiSelectComboBox<>(getTranslation("servicehall.halls.groups"),
                ItemGroup.values());
        groups.setItemLabelGenerator(g -> getTranslation("servicehall.group." + g));
        groups.setId("servicehall-window-groups");
        groups.setWidth("24em");
        TextField clerk = new TextField(getTranslation("servicehall.halls.clerk"));
        clerk.setId("servicehall-window-clerk");
        windows.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(w -> {
            number.setValue(w.number());
            groups.setValue(w.groups());
            clerk.setValue(w.staffLogin() == null ? "" : w.staffLogin());
        }));
        Button saveWindow = new Button(getTranslation("servicehall.halls.save-window"), e -> {
            if (STEPS.call(this, Map.of("number", number, "groups", groups), () -> {
                halls.saveWindow(new HallWindow(code(), number.getValue() == null ? 0 : number.getValue(),
                        groups.getValue(), clerk.getValue().isBlank() ? null : clerk.getValue().strip()));
                return Boolean.TRUE;
            }) != null) {
                saved();
            }
        });
        saveWindow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveWindow.setId("servicehall-window-save");
        HorizontalLayout windowForm = new HorizontalLayout(number, groups, clerk, saveWindow);
        windowForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        hall.addValueChangeListener(e -> show());
        add(top, new H3(getTranslation("servicehall.halls.hours")), hours, new H3(getTranslation("servicehall.halls.windows")),
                windows, windowForm);
        show();
    }

    private String code() {
        return hall.getValue() == null ? null : hall.getValue().code();
    }

    private void saved() {
        Notification.show(getTranslation("servicehall.halls.saved"));
        String code = code();
        // the hall as stored now (the combo holds the record read before the change)
        halls.find(code).ifPresent(h -> {
            hall.setItems(halls.halls());
            hall.setValue(halls.halls().stream().filter(x -> x.code().equals(code)).findFirst().orElse(h));
        });
        show();
    }

    private void show() {
        hours.removeAll();
        Hall h = hall.getValue();
        if (h == null) {
            windows.setItems(java.util.List.of());
            return;
        }
        leader.setValue(h.teamLeader() == null ? "" : h.teamLeader());
        for (DayOfWeek day : DayOfWeek.values()) {
            TextField periods = new TextField(day.getDisplayName(TextStyle.FULL, getLocale())
                    + (day == DayOfWeek.SATURDAY ? " " + getTranslation("servicehall.halls.saturday") : ""));
            periods.setValue(Period.format(h.hoursOn(day)));
            periods.setPlaceholder(getTranslation("servicehall.halls.closed"));
            periods.setWidth("24em");
            periods.setId("servicehall-hours-" + day.getValue());
            Button save = new Button(getTranslation("servicehall.halls.save"), e -> {
                if (STEPS.call(this, Map.of("hours", periods), () -> {
                    halls.setHours(h.code(), day, periods.getValue());
                    return Boolean.TRUE;
                }) != null) {
                    saved();
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_SMALL);
            save.setId("servicehall-hours-save-" + day.getValue());
            HorizontalLayout row = new HorizontalLayout(periods, save);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            hours.add(row);
        }
        windows.setItems(halls.windows(h.code()));
    }
}
