package cn.gov.laoshan.district.console.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.console.plugins.ConsoleException;

/** Tells the administrator what went wrong, in their language, without a stack trace. */
final class Messages {

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);

    private Messages() {
    }

    static void error(Component view, Exception e) {
        String text;
        if (e instanceof ConsoleException c) {
            text = view.getTranslation(c.key(), c.args());
        } else if (e instanceof AccessDeniedException) {
            text = view.getTranslation("console.error.denied");
        } else {
            LOG.error("console action failed", e);
            text = view.getTranslation("console.error.unexpected");
        }
        Notification notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void done(Component view, String key, Object... args) {
        Notification notification = Notification.show(view.getTranslation(key, args), 4000,
                Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
