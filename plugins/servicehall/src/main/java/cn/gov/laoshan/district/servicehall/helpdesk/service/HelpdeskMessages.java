package cn.gov.laoshan.district.servicehall.helpdesk.service;

import java.util.Locale;

import cn.gov.laoshan.district.uikit.imports.ImportMessages;

/** The plugin's message bundle for texts made outside a screen (the Excel export's labels). */
final class HelpdeskMessages {

    private static final ImportMessages MESSAGES = new ImportMessages("i18n.messages",
            HelpdeskMessages.class.getClassLoader());

    private HelpdeskMessages() {
    }

    static String text(Locale locale, String key) {
        return MESSAGES.text(locale, key);
    }
}
