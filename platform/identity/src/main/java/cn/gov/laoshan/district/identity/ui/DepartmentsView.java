package cn.gov.laoshan.district.identity.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;

import cn.gov.laoshan.district.identity.domain.Department;
import cn.gov.laoshan.district.identity.service.IdentityService;

/** The department tree (district → bureau → office); add and edit departments. */
public class DepartmentsView extends VerticalLayout {

    private final IdentityService service;
    private final TreeGrid<Department> tree = new TreeGrid<>();

    public DepartmentsView(IdentityService service) {
        this.service = service;
        setId("identity-departments");
        setSizeFull();
        Button add = new Button(getTranslation("identity.departments.create"), VaadinIcon.PLUS.create(),
                e -> edit(null));
        add.setId("departments-create");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        tree.addHierarchyColumn(d -> d.name(getLocale())).setHeader(getTranslation("identity.department.name"));
        tree.addColumn(Department::code).setHeader(getTranslation("identity.department.code"));
        tree.addComponentColumn(d -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(d));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setTooltipText(getTranslation("identity.departments.edit"));
            return edit;
        }).setAutoWidth(true);
        tree.setSizeFull();
        add(add, tree);
        refresh();
    }

    private void refresh() {
        List<Department> all = service.departments();
        tree.setItems(all.stream().filter(d -> d.parentCode() == null).toList(),
                parent -> all.stream().filter(d -> parent.code().equals(d.parentCode())).toList());
        tree.expandRecursively(all.stream().filter(d -> d.parentCode() == null).toList(), 3);
    }

    private void edit(Department existing) {
        Dialog dialog = new Dialog(getTranslation(existing == null ? "identity.departments.create" : "identity.departments.edit"));
        TextField code = new TextField(getTranslation("identity.department.code"));
        TextField nameZh = new TextField(getTranslation("identity.department.name-zh"));
        TextField nameEn = new TextField(getTranslation("identity.department.name-en"));
        ComboBox<Department> parent = new ComboBox<>(getTranslation("identity.department.parent"));
        parent.setItems(service.departments());
        parent.setItemLabelGenerator(d -> d.name(getLocale()));
        IntegerField order = new IntegerField(getTranslation("identity.department.order"));
        order.setValue(100);
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            nameZh.setValue(existing.nameZh());
            nameEn.setValue(existing.nameEn());
            Optional<Department> current = service.departments().stream()
                    .filter(d -> d.code().equals(existing.parentCode())).findFirst();
            current.ifPresent(parent::setValue);
            order.setValue(existing.sortOrder());
        }
        Button save = new Button(getTranslation("identity.dialog.save"), e -> {
            Department department = new Department(code.getValue().trim(), nameZh.getValue().trim(),
                    nameEn.getValue().trim(), parent.getValue() == null ? null : parent.getValue().code(),
                    order.getValue() == null ? 100 : order.getValue());
            if (IdentitySteps.STEPS.run(this, Map.of("code", code, "name", nameZh, "parent", parent),
                    () -> service.saveDepartment(department, existing == null))) {
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(code, parent, nameZh, nameEn, order));
        dialog.getFooter().add(new Button(getTranslation("identity.dialog.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
