package cn.gov.laoshan.district.notify.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import cn.gov.laoshan.district.notify.service.InboxListeners;
import cn.gov.laoshan.district.notify.service.NotificationService;
import cn.gov.laoshan.district.shell.security.SessionUser;
import cn.gov.laoshan.district.shell.security.SignedInUser;

/**
 * The bell in the top bar: the signed-in user's unread count, updated by server push when a notification for
 * them arrives on this node; a click opens the inbox.
 */
public class NotificationBell extends Composite<Div> {

    private final NotificationService inbox;
    private final Span badge = new Span();
    private final Button button = new Button(VaadinIcon.BELL.create());
    private Runnable unlisten;
    private InboxDialog dialog;

    public NotificationBell(NotificationService inbox) {
        this.inbox = inbox;
        Div root = getContent();
        root.setId("district-bell");
        root.getStyle().set("position", "relative").set("margin-inline-end", "var(--lumo-space-l)");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setId("district-bell-button");
        button.addClickListener(e -> open());
        badge.setId("district-bell-count");
        badge.getElement().getThemeList().add("badge error primary small pill");
        badge.getStyle().set("position", "absolute").set("top", "-0.5em").set("left", "1.3em")
                .set("pointer-events", "none");
        root.add(button, badge);
    }

    private void open() {
        dialog = new InboxDialog(inbox, this::refresh);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                dialog = null;
            }
        });
        dialog.open();
    }

    /** Shows the current unread count; call in the UI thread. */
    void refresh() {
        int unread = inbox.unreadCount();
        badge.setText(unread > 99 ? "99+" : Integer.toString(unread));
        badge.setVisible(unread > 0);
        String label = getTranslation("notify.bell", unread);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        if (dialog != null) {
            dialog.reload();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        SignedInUser user = SessionUser.get().orElse(null);
        if (user == null) {
            setVisible(false);
            return;
        }
        refresh();
        unlisten = inbox.listeners().add(new InboxListeners.Listener(user.login(), user.departmentCode(), user.uscc(), user::may,
                (permission, department) -> user.may(permission) && user.scope(permission).includes(department),
                () -> ui.access(this::refresh)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unlisten != null) {
            unlisten.run();
            unlisten = null;
        }
        super.onDetach(event);
    }
}
