package cn.gov.laoshan.district.mediation.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.mediation.domain.CaseType;
import cn.gov.laoshan.district.mediation.domain.MediationGroup;
import cn.gov.laoshan.district.mediation.service.GroupService;
import cn.gov.laoshan.district.uikit.Steps;

/** The mediation groups (调解组织) and their mediators. */
public class GroupsView extends VerticalLayout {

    private final GroupService groups;
    private final Grid<MediationGroup> grid = new Grid<>();

    public GroupsView(GroupService groups) {
        this.groups = groups;
        setId("mediation-groups");
        setSizeFull();
        Button add = new Button(getTranslation("mediation.groups.create"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(g -> g.name(getLocale())).setHeader(getTranslation("mediation.case.group"));
        grid.addColumn(g -> getTranslation("mediation.type." + g.speciality())).setHeader(getTranslation("mediation.groups.speciality"));
        grid.addColumn(g -> String.join(getTranslation("mediation.punct.list"), g.members().stream().map(m -> m.name()
                + (m.lead() ? getTranslation("mediation.punct.paren", getTranslation("mediation.groups.lead")) : "")).toList()))
                .setHeader(getTranslation("mediation.groups.members"));
        grid.addColumn(g -> getTranslation(g.active() ? "mediation.groups.active" : "mediation.groups.inactive"))
                .setHeader(getTranslation("mediation.case.state"));
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setSizeFull();
        add(add, grid);
        grid.setItems(groups.all());
    }

    private void edit(MediationGroup existing) {
        Dialog dialog = new Dialog(getTranslation(existing == null ? "mediation.groups.create" : "mediation.groups.edit"));
        dialog.setWidth("40rem");
        TextField nameZh = new TextField(getTranslation("mediation.groups.name-zh"));
        TextField nameEn = new TextField(getTranslation("mediation.groups.name-en"));
        Select<CaseType> speciality = new Select<>();
        speciality.setLabel(getTranslation("mediation.groups.speciality"));
        speciality.setItems(CaseType.values());
        speciality.setItemLabelGenerator(t -> getTranslation("mediation.type." + t));
        Checkbox active = new Checkbox(getTranslation("mediation.groups.active"));
        TextArea members = new TextArea(getTranslation("mediation.groups.members"));
        members.setHelperText(getTranslation("mediation.groups.members-help"));
        if (existing == null) {
            speciality.setValue(CaseType.LABOUR);
            active.setValue(true);
        } else {
            nameZh.setValue(existing.nameZh());
            nameEn.setValue(existing.nameEn());
            speciality.setValue(existing.speciality());
            active.setValue(existing.active());
            members.setValue(String.join("\n", existing.members().stream().map(m -> m.login() + "," + m.name()
                    + (m.lead() ? "," + getTranslation("mediation.groups.lead") : "") + (m.employerUscc() == null ? "" : "," + m.employerUscc())).toList()));
        }
        Steps steps = Steps.standard("groups-error");
        Button save = new Button(getTranslation("mediation.confirm"), e -> steps.run(this, () -> {
            List<MediationGroup.Member> parsed = new ArrayList<>();
            for (String line : members.getValue().split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.trim().split("\\s*[,，]\\s*");
                if (parts.length < 2) {
                    throw new RefusedException("members", "mediation.groups.member-format", line.trim());
                }
                boolean lead = parts.length > 2 && (parts[2].equals("组长") || parts[2].equalsIgnoreCase("lead"));
                String uscc = parts.length > 3 ? parts[3] : parts.length > 2 && !lead ? parts[2] : null;
                parsed.add(new MediationGroup.Member(parts[0], parts[1], lead, uscc));
            }
            groups.save(new MediationGroup(existing == null ? 0 : existing.id(), nameZh.getValue().trim(),
                    nameEn.getValue().trim(), speciality.getValue(), active.getValue(), parsed));
            dialog.close();
            grid.setItems(groups.all());
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(nameZh, nameEn, speciality, active, members);
        form.setColspan(members, 2);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("mediation.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
