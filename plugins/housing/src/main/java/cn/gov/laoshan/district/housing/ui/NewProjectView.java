package cn.gov.laoshan.district.housing.ui;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.housing.domain.InvestmentKind;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.domain.ProjectLevel;
import cn.gov.laoshan.district.housing.service.ProjectService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.EnterprisePicker;
import cn.gov.laoshan.district.uikit.UnsavedChanges;

/** Registers a key project: the investor picked from the shared registry by name or credit code. */
public class NewProjectView extends VerticalLayout {

    /**
     * @param access    to tell a user who may not read the registry at once, at the investor field
     * @param directory the platform's staff to pick the task-force lead from, or {@code null} when it is not running
     */
    public NewProjectView(ProjectService projects, EnterpriseRegistry registry, AccessControl access,
            cn.gov.laoshan.district.api.identity.UserDirectory directory) {
        setId("housing-new-project");
        UnsavedChanges unsaved = UnsavedChanges.guard(this);
        setMaxWidth("60rem");
        TextField name = new TextField(getTranslation("housing.project.name"));
        name.setId("project-name");
        name.setRequired(true);
        EnterprisePicker investor = investorPicker(this, registry, access);
        RadioButtonGroup<InvestmentKind> kind = new RadioButtonGroup<>(getTranslation("housing.project.kind"));
        kind.setId("project-kind");
        kind.setItems(InvestmentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("housing.kind." + k));
        kind.setValue(InvestmentKind.SOCIAL);
        Select<ProjectLevel> level = new Select<>();
        level.setLabel(getTranslation("housing.project.level"));
        level.setId("project-level");
        level.setItems(ProjectLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("housing.level." + l));
        level.setValue(ProjectLevel.DISTRICT);
        BigDecimalField amount = new BigDecimalField(getTranslation("housing.project.amount-wan"));
        amount.setId("project-amount");
        amount.setSuffixComponent(new Span(getTranslation("housing.unit.wan")));
        TextField location = new TextField(getTranslation("housing.project.location"));
        location.setId("project-location");
        TextField team = new TextField(getTranslation("housing.project.team"));
        team.setId("project-team");
        team.setPlaceholder("施工许可工作专班");
        LeadField lead = LeadField.of(this, directory, "project", null, null);
        TextField members = new TextField(getTranslation("housing.project.members"));
        members.setId("project-members");
        DatePicker start = Dates.picker(new DatePicker(getTranslation("housing.project.start")), getLocale());
        start.setId("project-start");
        start.setValue(projects.today());
        Dates.bound(start, projects.startBounds(), getLocale());
        FormLayout form = new FormLayout(name, investor, kind, level, amount, location, team);
        lead.components().forEach(form::add);
        form.add(members, start);
        form.setColspan(name, 2);
        form.setColspan(investor, 2);
        Button save = new Button(getTranslation("housing.project.register"), e -> {
            Map<String, HasValidation> fields = new HashMap<>(Map.<String, HasValidation>of("name", name,
                    "investor", investor, "kind", kind, "level", level, "amount", amount, "location", location,
                    "startDate", start));
            Project p = Ui.runAt(this, fields, () -> projects.register(new ProjectService.NewProject(name.getValue(),
                    investor.getValue() == null ? null : investor.getValue().uscc().toString(), kind.getValue(),
                    level.getValue(), amount.getValue() == null ? null : amount.getValue().setScale(
                            Math.max(0, Math.min(2, amount.getValue().scale())), java.math.RoundingMode.HALF_UP),
                    location.getValue(), team.getValue(), lead.login(), lead.name(),
                    members.getValue(), start.getValue())));
            if (p != null) {
                unsaved.saved();
                UI.getCurrent().navigate("housing/projects/" + p.id());
            }
        });
        save.setId("project-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("housing.screen.new")), form, save);
        unsaved.trackAll(form);
    }

    /** The investor chosen from the registry by a part of its name or the start of its credit code. */
    static EnterprisePicker investorPicker(Component owner, EnterpriseRegistry registry, AccessControl access) {
        EnterprisePicker investor = new EnterprisePicker(registry, access);
        investor.setLabel(owner.getTranslation("housing.project.investor"));
        investor.setId("project-investor");
        investor.setPlaceholder(owner.getTranslation("housing.project.investor-hint"));
        investor.setWidthFull();
        return investor;
    }
}
