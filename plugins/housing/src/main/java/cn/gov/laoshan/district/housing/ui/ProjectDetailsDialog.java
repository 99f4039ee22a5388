package cn.gov.laoshan.district.housing.ui;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.identity.UserDirectory;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.housing.domain.InvestmentKind;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.domain.ProjectLevel;
import cn.gov.laoshan.district.housing.domain.ProjectStatus;
import cn.gov.laoshan.district.housing.service.ProjectService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.EnterprisePicker;

/** Editing a project's particulars, team and status (the start date only while it has no plan). */
final class ProjectDetailsDialog {

    private ProjectDetailsDialog() {
    }

    static void open(Component owner, ProjectService projects, EnterpriseRegistry registry, AccessControl access,
            UserDirectory directory, Project p, Consumer<Project> changed) {
        TextField name = new TextField(owner.getTranslation("housing.project.name"));
        name.setId("edit-name");
        name.setRequired(true);
        name.setMaxLength(200);
        name.setValue(p.name());
        // an investor no longer in the registry leaves the field empty, to be picked again
        EnterprisePicker investor = NewProjectView.investorPicker(owner, registry, access);
        investor.setId("edit-investor");
        investor.select(p.investorUscc());
        Select<InvestmentKind> kind = new Select<>();
        kind.setLabel(owner.getTranslation("housing.project.kind"));
        kind.setId("edit-kind");
        kind.setItems(InvestmentKind.values());
        kind.setItemLabelGenerator(k -> owner.getTranslation("housing.kind." + k));
        kind.setValue(p.kind());
        Select<ProjectLevel> level = new Select<>();
        level.setLabel(owner.getTranslation("housing.project.level"));
        level.setId("edit-level");
        level.setItems(ProjectLevel.values());
        level.setItemLabelGenerator(l -> owner.getTranslation("housing.level." + l));
        level.setValue(p.level());
        BigDecimalField amount = new BigDecimalField(owner.getTranslation("housing.project.amount-wan"));
        amount.setId("edit-amount");
        amount.setSuffixComponent(new Span(owner.getTranslation("housing.unit.wan")));
        amount.setValue(p.amountWan());
        TextField location = new TextField(owner.getTranslation("housing.project.location"));
        location.setId("edit-location");
        location.setRequired(true);
        location.setValue(p.location() == null ? "" : p.location());
        TextField team = new TextField(owner.getTranslation("housing.project.team"));
        team.setId("edit-team");
        team.setValue(p.teamName() == null ? "" : p.teamName());
        LeadField lead = LeadField.of(owner, directory, "edit", p.leadLogin(), p.leadName());
        TextField members = new TextField(owner.getTranslation("housing.project.members"));
        members.setId("edit-members");
        members.setValue(p.teamMembers() == null ? "" : p.teamMembers());
        Select<ProjectStatus> state = new Select<>();
        state.setLabel(owner.getTranslation("housing.project.status"));
        state.setId("edit-status");
        state.setItems(ProjectStatus.values());
        state.setItemLabelGenerator(st -> owner.getTranslation("housing.status." + st));
        state.setValue(p.status());
        DatePicker start = Dates.picker(new DatePicker(owner.getTranslation("housing.project.start")),
                Ui.locale(owner));
        start.setId("edit-start");
        start.setValue(p.startDate());
        if (p.hasPlan()) {
            start.setReadOnly(true);
            start.setHelperText(owner.getTranslation("housing.project.start-fixed"));
        } else {
            Dates.bound(start, projects.startBounds(), Ui.locale(owner));
        }
        List<Component> fields = new ArrayList<>(List.of(name, investor, kind, level, amount, location, team));
        fields.addAll(lead.components());
        fields.addAll(List.of(members, state, start));
        Dialog dialog = Ui.dialog(owner, "housing.project.edit-title", fields.toArray(Component[]::new));
        dialog.setId("project-edit-dialog");
        dialog.setWidth("48rem");
        Map<String, HasValidation> validated = Map.of("name", name, "investor", investor, "kind", kind, "level",
                level, "amount", amount, "location", location, "status", state, "startDate", start);
        dialog.getFooter().add(Ui.okAt(owner, dialog, validated, () -> projects.update(p.id(),
                new ProjectService.NewProject(name.getValue(),
                        investor.getValue() == null ? null : investor.getValue().uscc().toString(), kind.getValue(),
                        level.getValue(), amount.getValue() == null ? null
                                : amount.getValue().setScale(Math.max(0, Math.min(2, amount.getValue().scale())),
                                        RoundingMode.HALF_UP),
                        location.getValue(), team.getValue(), lead.login(), lead.name(), members.getValue(),
                        start.getValue()),
                state.getValue()), changed));
        dialog.open();
    }
}
