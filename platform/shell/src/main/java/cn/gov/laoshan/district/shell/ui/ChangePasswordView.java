package cn.gov.laoshan.district.shell.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;

import cn.gov.laoshan.district.shell.security.PasswordChanger;
import cn.gov.laoshan.district.shell.security.SessionUser;
import cn.gov.laoshan.district.shell.security.SignedInUser;

/**
 * A user changes their own password: at first sign-in (the guard sends them here until they have), after an
 * administrator's reset, or from their profile. The policy's problems are shown on the field, nothing is changed.
 */
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final Supplier<Optional<PasswordChanger>> changer;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    public ChangePasswordView(Supplier<Optional<PasswordChanger>> changer) {
        this.changer = changer;
        setId("change-password");
        addClassName("district-narrow-form");
        SignedInUser user = SessionUser.get().orElseThrow();
        add(new H2(getTranslation("shell.password.title")));
        if (user.mustChangePassword()) {
            Paragraph why = new Paragraph(getTranslation("shell.password.must-change"));
            why.addClassName("district-notice");
            add(why);
        }
        current.setLabel(getTranslation("shell.password.current"));
        current.setId("password-current");
        next.setLabel(getTranslation("shell.password.new"));
        next.setId("password-new");
        changer.get().ifPresent(c -> next.setHelperText(getTranslation(c.policyKey(), c.minLength())));
        repeat.setLabel(getTranslation("shell.password.repeat"));
        repeat.setId("password-repeat");
        Button save = new Button(getTranslation("shell.password.save"), e -> save(user));
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        for (PasswordField field : List.of(current, next, repeat)) {
            field.setWidthFull();
            field.setRequired(true);
            field.setI18n(new PasswordField.PasswordFieldI18n()
                    .setRequiredErrorMessage(getTranslation("shell.field.required")));
        }
        add(current, next, repeat, save);
    }

    private void save(SignedInUser user) {
        current.setInvalid(false);
        next.setInvalid(false);
        repeat.setInvalid(false);
        // an empty field is "required", said at that field, and never sent to the service (an empty current password
        // is not a wrong one: it must neither read as such nor count as a failed attempt)
        boolean missing = false;
        for (PasswordField field : List.of(current, next, repeat)) {
            if (field.getValue().isEmpty()) {
                field.setErrorMessage(getTranslation("shell.field.required"));
                field.setInvalid(true);
                missing = true;
            }
        }
        if (missing) {
            return;
        }
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("shell.password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        Optional<PasswordChanger> service = changer.get();
        if (service.isEmpty()) {
            Notification.show(getTranslation("shell.password.unavailable"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        List<String> problems = service.get().changePassword(user.login(), current.getValue().toCharArray(),
                next.getValue().toCharArray());
        if (problems.contains("identity.password.wrong-current")) {
            current.setErrorMessage(getTranslation("identity.password.wrong-current"));
            current.setInvalid(true);
            return;
        }
        if (!problems.isEmpty()) {
            next.setErrorMessage(String.join(" ", problems.stream()
                    .map(key -> getTranslation(key, service.get().minLength())).toList()));
            next.setInvalid(true);
            return;
        }
        getUI().ifPresent(ui -> {
            // the change ended the user's other sessions; this one goes on with the new access version
            SessionUser.set(ui.getSession(), user.withPasswordChanged(service.get().accessVersion(user.login())));
            Notification.show(getTranslation("shell.password.changed"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            ui.navigate(DashboardView.class);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.password.title") + " · " + getTranslation("shell.app.name");
    }
}
