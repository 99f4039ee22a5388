package cn.gov.laoshan.district.shell.ui;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

import cn.gov.laoshan.district.shell.security.Authenticator;
import cn.gov.laoshan.district.shell.security.SessionUser;
import cn.gov.laoshan.district.shell.security.SignInThrottledException;
import cn.gov.laoshan.district.shell.security.SignedInUser;

/** The sign-in page. A wrong login name and a wrong password get the same message. */
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Session attribute: where the user wanted to go before being sent here. */
    public static final String NEXT_LOCATION = "district.next-location";

    private final Authenticator authenticator;
    private final java.util.function.Function<VaadinRequest, String> clientAddress;
    private final LoginForm form = new LoginForm();

    public LoginView(Authenticator authenticator) {
        this(authenticator, VaadinRequest::getRemoteAddr);
    }

    /** @param clientAddress the client's address behind the trusted proxies, by which sign-ins are throttled */
    public LoginView(Authenticator authenticator, java.util.function.Function<VaadinRequest, String> clientAddress) {
        this.authenticator = authenticator;
        this.clientAddress = clientAddress;
        addClassName("district-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 title = new H1(getTranslation("shell.app.name"));
        title.addClassName("district-login-title");
        Paragraph subtitle = new Paragraph(getTranslation("shell.app.tagline"));
        subtitle.addClassName("district-login-subtitle");

        form.setI18n(i18n());
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(event -> signIn(event.getUsername(), event.getPassword()));

        Div languages = LanguageSwitch.links();
        add(title, subtitle, form, languages);
    }

    private void signIn(String login, String password) {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : clientAddress.apply(request);
        Optional<SignedInUser> user;
        try {
            user = authenticator.authenticate(login, password.toCharArray(), address);
        } catch (SignInThrottledException e) {
            // too many sign-ins under way: say so, rather than "wrong password", and count nothing
            form.setI18n(i18n(getTranslation("shell.login.busy.title"), getTranslation("shell.login.busy.message")));
            form.setError(true);
            form.setEnabled(true);
            return;
        }
        if (user.isEmpty()) {
            form.setI18n(i18n());
            form.setError(true);
            form.setEnabled(true);
            return;
        }
        // A new session id at sign-in, so that an id planted before it is worth nothing afterwards.
        if (request != null) {
            VaadinService.reinitializeSession(request);
        }
        VaadinSession session = VaadinSession.getCurrent();
        SessionUser.set(session, user.get());
        Object next = session.getAttribute(NEXT_LOCATION);
        session.setAttribute(NEXT_LOCATION, null);
        UI.getCurrent().navigate(next instanceof String location ? location : "");
    }

    private LoginI18n i18n() {
        return i18n(getTranslation("shell.login.failed.title"), getTranslation("shell.login.failed.message"));
    }

    private LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("shell.login.title"));
        texts.setUsername(getTranslation("shell.login.username"));
        texts.setPassword(getTranslation("shell.login.password"));
        texts.setSubmit(getTranslation("shell.login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(errorTitle);
        error.setMessage(errorMessage);
        error.setUsername(getTranslation("shell.login.required"));
        error.setPassword(getTranslation("shell.login.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SessionUser.get().isPresent()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.login.title") + " · " + getTranslation("shell.app.name");
    }
}
