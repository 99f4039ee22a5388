package cn.gov.laoshan.district.identity.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.plugin.PermissionDefinition;
import cn.gov.laoshan.district.identity.domain.Department;
import cn.gov.laoshan.district.identity.domain.Role;
import cn.gov.laoshan.district.identity.domain.RoleScope;
import cn.gov.laoshan.district.identity.domain.UserKind;
import cn.gov.laoshan.district.identity.service.IdentityService;

/** Roles and their permissions, grouped by the plugin that declares them, with the plugin's descriptions. */
public class RolesView extends VerticalLayout {

    private final IdentityService service;
    private final PermissionCatalog permissions;
    private final Grid<Role> grid = new Grid<>();

    public RolesView(IdentityService service, PermissionCatalog permissions) {
        this.service = service;
        this.permissions = permissions;
        setId("identity-roles");
        setSizeFull();
        Button add = new Button(getTranslation("identity.roles.create"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("roles-create");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(r -> r.name(getLocale())).setHeader(getTranslation("identity.role.name"));
        grid.addColumn(Role::code).setHeader(getTranslation("identity.role.code"));
        grid.addColumn(r -> getTranslation("identity.kind." + r.kind())).setHeader(getTranslation("identity.role.kind"));
        grid.addColumn(r -> getTranslation("identity.scope." + r.scope())).setHeader(getTranslation("identity.role.scope"));
        grid.addColumn(r -> r.platformAdmin() ? getTranslation("identity.role.all-permissions")
                : Integer.toString(r.permissions().size())).setHeader(getTranslation("identity.role.permissions"));
        grid.addComponentColumn(r -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(r));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setEnabled(!r.platformAdmin());
            edit.setTooltipText(getTranslation("identity.roles.edit"));
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        // long English role names and scopes wrap instead of ending in "…" at 1280 px
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        add(add, grid);
        grid.setItems(service.roles());
    }

    private void edit(Role existing) {
        Dialog dialog = new Dialog(getTranslation(existing == null ? "identity.roles.create" : "identity.roles.edit"));
        dialog.setWidth("48rem");
        TextField code = new TextField(getTranslation("identity.role.code"));
        TextField nameZh = new TextField(getTranslation("identity.department.name-zh"));
        TextField nameEn = new TextField(getTranslation("identity.department.name-en"));
        Select<RoleScope> scope = new Select<>();
        scope.setLabel(getTranslation("identity.role.scope"));
        scope.setItems(RoleScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("identity.scope." + s));
        scope.setValue(RoleScope.OWN);
        // staff or enterprise users: chosen when the role is made, fixed afterwards (the service refuses a change)
        Select<UserKind> kind = new Select<>();
        kind.setLabel(getTranslation("identity.role.kind"));
        kind.setItems(UserKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("identity.kind." + k));
        kind.setValue(existing == null ? UserKind.STAFF : existing.kind());
        kind.setReadOnly(existing != null);
        ComboBox<Department> department = new ComboBox<>(getTranslation("identity.user.department"));
        department.setItems(service.departments());
        department.setItemLabelGenerator(d -> d.name(getLocale()));
        department.setVisible(false);
        scope.addValueChangeListener(e -> department.setVisible(e.getValue() == RoleScope.DEPARTMENT));
        Set<String> held = new HashSet<>(existing == null ? Set.of() : existing.permissions());
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            nameZh.setValue(existing.nameZh());
            nameEn.setValue(existing.nameEn());
            scope.setValue(existing.scope());
            service.departments().stream().filter(d -> d.code().equals(existing.departmentCode())).findFirst()
                    .ifPresent(department::setValue);
        }
        VerticalLayout groups = new VerticalLayout();
        groups.setPadding(false);
        List<CheckboxGroup<PermissionDefinition>> boxes = new java.util.ArrayList<>();
        for (PermissionCatalog.Group group : permissions.groups()) {
            CheckboxGroup<PermissionDefinition> box = new CheckboxGroup<>();
            box.setItems(group.permissions());
            box.setItemLabelGenerator(p -> getTranslation(p.descriptionKey()) + " (" + p.id() + ")");
            box.setValue(new HashSet<>(group.permissions().stream().filter(p -> held.contains(p.id())).toList()));
            boxes.add(box);
            Details details = new Details(getTranslation(group.plugin().nameKey()), box);
            details.setOpened(true);
            groups.add(details);
        }
        Button save = new Button(getTranslation("identity.dialog.save"), e -> {
            Set<String> chosen = new HashSet<>();
            // keep permissions of plugins not running now: the role still grants them when they come back
            Set<String> shown = new HashSet<>();
            boxes.forEach(b -> b.getListDataView().getItems().forEach(p -> shown.add(p.id())));
            held.stream().filter(p -> !shown.contains(p)).forEach(chosen::add);
            boxes.forEach(b -> b.getValue().forEach(p -> chosen.add(p.id())));
            department.setInvalid(false);
            if (scope.getValue() == RoleScope.DEPARTMENT && department.getValue() == null) {
                department.setErrorMessage(getTranslation("identity.error.department-required"));
                department.setInvalid(true);
                return;
            }
            if (IdentitySteps.STEPS.run(this, Map.of("code", code, "name", nameZh, "kind", kind, "permissions", scope),
                    () -> service.saveRole(new Role(code.getValue().trim(), nameZh.getValue().trim(),
                            nameEn.getValue().trim(), scope.getValue(), scope.getValue() == RoleScope.DEPARTMENT
                                    ? department.getValue().code() : null, false, chosen, kind.getValue()),
                            existing == null))) {
                dialog.close();
                grid.setItems(service.roles());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(code, kind, nameZh, nameEn, scope, department), groups);
        dialog.getFooter().add(new Button(getTranslation("identity.dialog.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
