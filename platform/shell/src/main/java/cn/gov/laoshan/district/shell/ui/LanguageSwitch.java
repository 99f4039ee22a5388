package cn.gov.laoshan.district.shell.ui;

import java.util.Locale;

import jakarta.servlet.http.Cookie;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;

import cn.gov.laoshan.district.shell.i18n.Languages;

/** Switches the UI language: remembered in the session and, for the sign-in page, in a cookie. */
public final class LanguageSwitch {

    /** Session attribute holding the chosen {@link Locale}. */
    public static final String SESSION_LOCALE = "district.locale";

    private LanguageSwitch() {
    }

    /** Changes the language of this session and reloads the page so that every text follows. */
    public static void change(Locale locale) {
        Locale chosen = Languages.supported(locale);
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(SESSION_LOCALE, chosen);
        session.setLocale(chosen);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(Languages.COOKIE, chosen.toLanguageTag());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setSecure(VaadinRequest.getCurrent() != null && VaadinRequest.getCurrent().isSecure());
            response.addCookie(cookie);
        }
        UI ui = UI.getCurrent();
        ui.setLocale(chosen);
        ui.getPage().reload();
    }

    /** The two language buttons shown under the sign-in form. */
    static Div links() {
        Div box = new Div();
        box.addClassName("district-language-links");
        for (Locale locale : Languages.SUPPORTED) {
            Button button = new Button(displayName(locale), e -> change(locale));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.setId("lang-" + locale.toLanguageTag());
            box.add(button);
        }
        return box;
    }

    /** A language's name in itself: 中文, English. */
    static String displayName(Locale locale) {
        return Languages.CHINESE.equals(locale) ? "中文" : "English";
    }
}
