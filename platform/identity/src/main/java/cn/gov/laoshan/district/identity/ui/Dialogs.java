package cn.gov.laoshan.district.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.identity.service.IdentityException;

/** Messages for refused changes: the reason in the user's language, never a stack trace. */
final class Dialogs {

    private Dialogs() {
    }

    static void error(RuntimeException error) {
        UI ui = UI.getCurrent();
        String text = error instanceof IdentityException refused ? ui.getTranslation(refused.messageKey())
                : error instanceof AccessDeniedException ? ui.getTranslation("shell.error.denied.text")
                : ui.getTranslation("shell.error.internal.text");
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
