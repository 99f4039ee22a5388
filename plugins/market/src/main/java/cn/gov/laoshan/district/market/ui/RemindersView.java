package cn.gov.laoshan.district.market.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.market.service.LicenceService;
import cn.gov.laoshan.district.market.service.ReminderEntry;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.QueryGrid;

/** The reminders log: which step of which licence was sent to whom and when, newest first, in the user's scope. */
public class RemindersView extends VerticalLayout {

    public RemindersView(LicenceService licences) {
        setId("market-reminders");
        setSizeFull();
        QueryGrid<ReminderEntry> list = new QueryGrid<>(ReminderEntry.class);
        columns(this, list.grid());
        list.grid().addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("market/licences/"
                + e.getItem().licenceId())));
        list.setCountText(n -> getTranslation("market.reminders.count", n));
        list.setSource((offset, limit, sort) -> licences.reminders(null, offset, limit), licences::countReminders);
        add(list);
    }

    static Grid<ReminderEntry> grid(Component view) {
        Grid<ReminderEntry> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        columns(view, grid);
        return grid;
    }

    private static void columns(Component view, Grid<ReminderEntry> grid) {
        grid.addColumn(r -> Dates.dateTime(r.sentAt(), LicenceColumns.locale(view)))
                .setHeader(view.getTranslation("market.reminder.sent-at")).setAutoWidth(true);
        grid.addColumn(ReminderEntry::licenceNo).setHeader(view.getTranslation("market.licence.number")).setAutoWidth(true);
        grid.addColumn(r -> LicenceView.stepLabel(view, r.step())).setHeader(view.getTranslation("market.reminder.step"))
                .setAutoWidth(true);
        grid.addColumn(r -> view.getTranslation("market.recipient." + r.recipientKind(), r.recipient()))
                .setHeader(view.getTranslation("market.reminder.to")).setAutoWidth(true);
        grid.addColumn(ReminderEntry::title).setHeader(view.getTranslation("market.reminder.title")).setFlexGrow(2);
    }
}
