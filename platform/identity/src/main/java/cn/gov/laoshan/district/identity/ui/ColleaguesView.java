package cn.gov.laoshan.district.identity.ui;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.domain.UserKind;
import cn.gov.laoshan.district.identity.domain.UserStatus;
import cn.gov.laoshan.district.identity.service.ColleagueService;

/**
 * An enterprise administrator's colleagues: the people who represent the same enterprise, with invite, disable and
 * enable (the service checks the enterprise on the server and audits every change).
 */
public class ColleaguesView extends VerticalLayout {

    private final ColleagueService service;
    private final UnaryOperator<String> maskPhone;
    private final Grid<User> grid = new Grid<>();
    private Map<String, List<String>> roles = Map.of();
    private final String self;

    public ColleaguesView(ColleagueService service, UnaryOperator<String> maskPhone) {
        this.service = service;
        this.maskPhone = maskPhone;
        this.self = service.callerLogin();
        setId("identity-colleagues");
        setSizeFull();
        add(new Paragraph(getTranslation("identity.colleagues.intro")));
        Button invite = new Button(getTranslation("identity.colleagues.invite"), VaadinIcon.PLUS.create(), e -> invite());
        invite.setId("colleagues-invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(User::login).setHeader(getTranslation("identity.user.login"));
        grid.addColumn(User::displayName).setHeader(getTranslation("identity.user.name"));
        grid.addColumn(u -> maskPhone.apply(u.phone())).setHeader(getTranslation("identity.user.phone"));
        grid.addColumn(u -> roles.getOrDefault(u.login(), List.of()).contains(ColleagueService.ENTERPRISE_ADMIN)
                ? getTranslation("identity.colleagues.admin") : "").setHeader(getTranslation("identity.colleagues.role"));
        grid.addColumn(u -> getTranslation("identity.status." + u.status())).setHeader(getTranslation("identity.user.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("identity.users.actions")).setAutoWidth(true);
        grid.setSizeFull();
        add(invite, grid);
        refresh();
    }

    private void refresh() {
        IdentitySteps.STEPS.run(this, () -> {
            roles = service.colleagueRoles();
            grid.setItems(service.colleagues());
        });
    }

    private Span actions(User user) {
        if (user.login().equals(self)) {
            // nobody disables themselves (the service refuses it too)
            return new Span();
        }
        Button toggle = user.status() == UserStatus.DISABLED
                ? new Button(getTranslation("identity.users.enable"),
                        e -> change(() -> service.enableColleague(user.login())))
                : new Button(getTranslation("identity.users.disable"),
                        e -> change(() -> service.disableColleague(user.login())));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        toggle.setId("colleague-toggle-" + user.login());
        return new Span(toggle);
    }

    private void change(Runnable change) {
        if (IdentitySteps.STEPS.run(this, change)) {
            refresh();
        }
    }

    private void invite() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("identity.colleagues.invite"));
        TextField login = new TextField(getTranslation("identity.user.login"));
        login.setId("colleague-login");
        login.setHelperText(getTranslation("identity.user.login-help"));
        TextField name = new TextField(getTranslation("identity.user.name"));
        name.setId("colleague-name");
        TextField phone = new TextField(getTranslation("identity.user.phone"));
        EmailField email = new EmailField(getTranslation("identity.user.email"));
        Checkbox admin = new Checkbox(getTranslation("identity.colleagues.make-admin"));
        dialog.add(new FormLayout(login, name, phone, email, admin));
        Button save = new Button(getTranslation("identity.dialog.save"), e -> {
            Map<String, HasValidation> fields = Map.of("login", login, "displayName", name, "name", name,
                    "phone", phone, "email", email);
            String password = IdentitySteps.STEPS.call(dialog, fields, () -> service.inviteColleague(login.getValue(),
                    name.getValue(), phone.getValue(), email.getValue(), admin.getValue()));
            if (password != null) {
                dialog.close();
                new InitialPasswordDialog(new User(login.getValue().trim(), name.getValue().trim(), UserKind.EXTERNAL,
                        null, null, null, null, UserStatus.ACTIVE, true, null, 0, null), password).open();
                refresh();
            }
        });
        save.setId("colleague-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("identity.dialog.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
