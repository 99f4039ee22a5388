package cn.gov.laoshan.district.identity.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.identity.domain.Department;
import cn.gov.laoshan.district.identity.domain.Role;
import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.domain.UserKind;
import cn.gov.laoshan.district.identity.domain.UserStatus;
import cn.gov.laoshan.district.identity.service.IdentityService;

/** Creates or edits a user; the service validates, the field that is wrong says why. */
final class UserDialog extends Dialog {

    private final IdentityService service;
    private final User existing;
    private final Consumer<User> saved;
    private final TextField login = new TextField();
    private final TextField name = new TextField();
    private final Select<UserKind> kind = new Select<>();
    private final ComboBox<Department> department = new ComboBox<>();
    private final TextField uscc = new TextField();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final MultiSelectComboBox<Role> roles = new MultiSelectComboBox<>();

    UserDialog(IdentityService service, User existing, Consumer<User> saved) {
        this.service = service;
        this.existing = existing;
        this.saved = saved;
        setHeaderTitle(getTranslation(existing == null ? "identity.users.create" : "identity.users.edit"));
        setWidth("40rem");
        login.setLabel(getTranslation("identity.user.login"));
        login.setId("user-login");
        login.setHelperText(getTranslation("identity.user.login-help"));
        name.setLabel(getTranslation("identity.user.name"));
        name.setId("user-name");
        kind.setLabel(getTranslation("identity.user.kind"));
        kind.setItems(UserKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("identity.kind." + k));
        department.setLabel(getTranslation("identity.user.department"));
        department.setId("user-department");
        department.setItems(service.departments());
        department.setItemLabelGenerator(d -> d.name(getLocale()));
        uscc.setLabel(getTranslation("identity.user.uscc"));
        phone.setLabel(getTranslation("identity.user.phone"));
        email.setLabel(getTranslation("identity.user.email"));
        roles.setLabel(getTranslation("identity.user.roles"));
        roles.setId("user-roles");
        uscc.setId("user-uscc");
        // the roles of the chosen side of the table only: a staff role is never offered for an enterprise user
        Map<UserKind, List<Role>> assignable = Map.of(UserKind.STAFF, service.assignableRoles(UserKind.STAFF),
                UserKind.EXTERNAL, service.assignableRoles(UserKind.EXTERNAL),
                UserKind.INDIVIDUAL, service.assignableRoles(UserKind.INDIVIDUAL));
        roles.setItemLabelGenerator(r -> r.name(getLocale()));
        kind.addValueChangeListener(e -> {
            // an individual user (政务体验官) has neither a department nor an enterprise
            uscc.setVisible(e.getValue() == UserKind.EXTERNAL);
            department.setVisible(e.getValue() == UserKind.STAFF);
            roles.setItems(assignable.get(e.getValue()));
        });

        if (existing == null) {
            kind.setValue(UserKind.STAFF);
        } else {
            login.setValue(existing.login());
            login.setReadOnly(true);
            name.setValue(existing.displayName());
            kind.setValue(existing.kind());
            department.setValue(service.departments().stream().filter(d -> d.code().equals(existing.departmentCode()))
                    .findFirst().orElse(null));
            uscc.setValue(existing.uscc() == null ? "" : existing.uscc());
            // the phone stays as it is unless typed anew: it is not shown in full
            phone.setPlaceholder(getTranslation("identity.user.phone-unchanged"));
            email.setValue(existing.email() == null ? "" : existing.email());
            Set<String> held = Set.copyOf(service.rolesOf(existing.login()));
            roles.setValue(assignable.get(existing.kind()).stream().filter(r -> held.contains(r.code()))
                    .collect(Collectors.toSet()));
        }
        FormLayout form = new FormLayout(login, name, kind, department, uscc, phone, email, roles);
        form.setColspan(roles, 2);
        add(form);
        Button save = new Button(getTranslation("identity.dialog.save"), e -> save());
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("identity.dialog.cancel"), e -> close()), save);
    }

    private void save() {
        String phoneValue = phone.getValue().isBlank() && existing != null ? existing.phone() : phone.getValue();
        User draft = new User(login.getValue().trim(), name.getValue(), kind.getValue(),
                kind.getValue() == UserKind.STAFF && department.getValue() != null ? department.getValue().code() : null,
                kind.getValue() == UserKind.EXTERNAL ? uscc.getValue().trim().toUpperCase() : null, phoneValue,
                email.getValue(), existing == null ? UserStatus.ACTIVE : existing.status(), true, null, 0, null);
        Set<String> roleCodes = roles.getValue().stream().map(Role::code).collect(Collectors.toSet());
        Map<String, HasValidation> fields = Map.of("login", login, "displayName", name, "name", name, "uscc", uscc,
                "email", email, "phone", phone, "department", department, "roles", roles);
        // a new user's one-time password is shown once; an update has none ("" marks success)
        String password = IdentitySteps.STEPS.call(this, fields,
                () -> existing == null ? service.createUser(draft, roleCodes) : update(draft, roleCodes));
        if (password != null) {
            if (!password.isEmpty()) {
                new InitialPasswordDialog(draft, password).open();
            }
            saved.accept(draft);
            close();
        }
    }

    private String update(User draft, Set<String> roleCodes) {
        service.updateUser(draft, roleCodes);
        return "";
    }
}
