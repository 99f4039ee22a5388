package cn.gov.laoshan.district.notify.ui;


import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;

import cn.gov.laoshan.district.api.notify.Notification;
import cn.gov.laoshan.district.notify.service.NotificationService;
import cn.gov.laoshan.district.uikit.Dates;

/** The inbox: newest first, lazily loaded; mark one or all read; open a notification's link. */
public class InboxDialog extends Dialog {

    private final NotificationService inbox;
    private final Runnable changed;
    private final Grid<Notification> grid = new Grid<>();
    private final Span empty = new Span();
    private final Checkbox unreadOnly = new Checkbox();

    public InboxDialog(NotificationService inbox, Runnable changed) {
        this.inbox = inbox;
        this.changed = changed;
        setId("district-inbox");
        setHeaderTitle(getTranslation("notify.inbox.title"));
        setWidth("min(44rem, 95vw)");
        setHeight("min(36rem, 85vh)");
        Button all = new Button(getTranslation("notify.mark-all-read"), e -> {
            inbox.markAllRead();
            changed.run();
        });
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        all.setId("district-inbox-all-read");
        // the bell counts the unread: the inbox opens on them, so that what it lists is what the bell counted
        unreadOnly.setLabel(getTranslation("notify.unread-only"));
        unreadOnly.setId("district-inbox-unread-only");
        unreadOnly.setValue(inbox.unreadCount() > 0);
        unreadOnly.addValueChangeListener(e -> reload());
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(getTranslation("notify.close"));
        getHeader().add(unreadOnly, all, close);

        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addComponentColumn(this::row);
        grid.setItems(DataProvider.fromCallbacks(q -> inbox.list(q.getOffset(), q.getLimit(), unreadOnly.getValue())
                .stream(), q -> inbox.count(unreadOnly.getValue())));
        grid.setSizeFull();
        empty.setText(getTranslation("notify.inbox.empty"));
        VerticalLayout content = new VerticalLayout(empty, grid);
        content.setPadding(false);
        content.setSizeFull();
        add(content);
        reload();
    }

    void reload() {
        boolean none = inbox.count(unreadOnly.getValue()) == 0;
        empty.setText(getTranslation(unreadOnly.getValue() ? "notify.inbox.no-unread" : "notify.inbox.empty"));
        empty.setVisible(none);
        grid.getDataProvider().refreshAll();
    }

    private HorizontalLayout row(Notification n) {
        Icon icon = switch (n.message().severity()) {
            case SUCCESS -> VaadinIcon.CHECK_CIRCLE.create();
            case WARNING -> VaadinIcon.WARNING.create();
            case ERROR -> VaadinIcon.EXCLAMATION_CIRCLE.create();
            default -> VaadinIcon.INFO_CIRCLE.create();
        };
        icon.setColor(switch (n.message().severity()) {
            case SUCCESS -> "var(--lumo-success-color)";
            case WARNING -> "var(--lumo-warning-color, #c77d00)";
            case ERROR -> "var(--lumo-error-color)";
            default -> "var(--lumo-primary-color)";
        });
        Span title = new Span(n.message().title());
        title.getStyle().set("font-weight", n.read() ? "normal" : "bold");
        Span when = new Span(time(n));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div text = new Div(title, new Div(new Span(n.message().body())), when);
        text.getStyle().set("flex", "1");
        HorizontalLayout row = new HorizontalLayout(icon, text);
        row.setWidthFull();
        row.getElement().setAttribute("data-read", Boolean.toString(n.read()));
        if (n.message().link() != null) {
            Button open = new Button(getTranslation("notify.open"), e -> {
                markRead(n);
                close();
                UI.getCurrent().navigate(n.message().link());
            });
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            row.add(open);
        }
        if (!n.read()) {
            Button read = new Button(getTranslation("notify.mark-read"), e -> markRead(n));
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            read.addClassName("district-inbox-mark-read");
            row.add(read);
        }
        return row;
    }

    private void markRead(Notification n) {
        inbox.markRead(n.id());
        changed.run();
    }

    private String time(Notification n) {
        return Dates.dateTime(n.created(), getLocale()) + " · " + source(n.message().source());
    }

    /** Who sent it, by name ("矛盾纠纷调解"), not by its id ("mediation"). */
    private String source(String id) {
        String key = id + ".plugin.name";
        String name = getTranslation(key);
        return name.equals(key) || name.startsWith("!") ? id : name;
    }
}
