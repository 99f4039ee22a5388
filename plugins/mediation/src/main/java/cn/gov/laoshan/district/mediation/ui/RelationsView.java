package cn.gov.laoshan.district.mediation.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.mediation.domain.Relation;
import cn.gov.laoshan.district.mediation.service.RelationService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.EnterprisePicker;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * 回避关系申报: a mediator declares the persons (ID number, shown masked) and enterprises (picked from the registry)
 * they are related to; with {@code all}, group administrators see and manage everyone's. A case with such a party
 * cannot be assigned to the mediator, and the refusal says why.
 */
public class RelationsView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("relation-error");

    private final RelationService relations;
    private final boolean all;
    private final Grid<Relation> grid = new Grid<>();
    private final TextField login = new TextField();
    private final RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>();
    private final TextField name = new TextField();
    private final TextField idNumber = new TextField();
    private final EnterprisePicker enterprise;
    private final TextField description = new TextField();

    /** @param access to tell a user who may not read the registry at once, at the enterprise field */
    public RelationsView(RelationService relations, EnterpriseRegistry registry, AccessControl access, boolean all) {
        this.relations = relations;
        this.all = all;
        this.enterprise = new EnterprisePicker(registry, access);
        setId("mediation-relations");
        setSizeFull();
        add(new H2(getTranslation(all ? "mediation.screen.relations-all" : "mediation.screen.relations")));
        Paragraph hint = new Paragraph(getTranslation("mediation.relation.hint"));
        hint.addClassName("district-empty");
        add(hint);

        login.setLabel(getTranslation("mediation.relation.login"));
        login.setId("relation-login");
        login.setVisible(all);
        kind.setLabel(getTranslation("mediation.relation.kind"));
        kind.setItems(false, true);
        kind.setItemLabelGenerator(e -> getTranslation(e ? "mediation.party.enterprise" : "mediation.party.person"));
        kind.setValue(false);
        kind.setId("relation-kind");
        name.setLabel(getTranslation("mediation.party.name"));
        name.setId("relation-name");
        idNumber.setLabel(getTranslation("mediation.party.id"));
        idNumber.setId("relation-id");
        enterprise.setLabel(getTranslation("mediation.party.enterprise-pick"));
        enterprise.setId("relation-enterprise");
        description.setLabel(getTranslation("mediation.relation.description"));
        description.setPlaceholder(getTranslation("mediation.relation.description-example"));
        description.setId("relation-description");
        description.setMaxLength(200);
        kind.addValueChangeListener(e -> show(Boolean.TRUE.equals(e.getValue())));
        show(false);
        Button declare = new Button(getTranslation("mediation.relation.declare"), e -> declare());
        declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        declare.setId("relation-declare");
        FormLayout form = new FormLayout(login, kind, name, idNumber, enterprise, description);
        form.setColspan(kind, 2);
        form.setColspan(description, 2);
        form.setMaxWidth("48rem");
        add(form, declare);

        if (all) {
            grid.addColumn(Relation::login).setHeader(getTranslation("mediation.relation.login")).setAutoWidth(true)
                    .setSortable(true);
        }
        grid.addColumn(r -> getTranslation(r.enterprise() ? "mediation.party.enterprise" : "mediation.party.person"))
                .setHeader(getTranslation("mediation.relation.kind")).setAutoWidth(true);
        grid.addColumn(Relation::partyName).setHeader(getTranslation("mediation.relation.party")).setAutoWidth(true);
        grid.addColumn(relations::shown).setHeader(getTranslation("mediation.relation.key")).setAutoWidth(true);
        grid.addColumn(Relation::description).setHeader(getTranslation("mediation.relation.description"))
                .setFlexGrow(2);
        grid.addColumn(r -> Dates.dateTime(r.declaredAt(), getLocale()))
                .setHeader(getTranslation("mediation.relation.at")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove(r));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.setTooltipText(getTranslation("mediation.relation.remove"));
            remove.setAriaLabel(getTranslation("mediation.relation.remove"));
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setId("relation-grid");
        grid.setWidthFull();
        add(grid);
        refresh();
    }

    private void show(boolean isEnterprise) {
        name.setVisible(!isEnterprise);
        idNumber.setVisible(!isEnterprise);
        enterprise.setVisible(isEnterprise);
    }

    private void refresh() {
        List<Relation> items = all ? relations.all() : relations.mine();
        grid.setItems(items);
    }

    private void declare() {
        boolean isEnterprise = Boolean.TRUE.equals(kind.getValue());
        Enterprise picked = enterprise.getValue();
        String key = isEnterprise ? (picked == null ? "" : picked.uscc().toString()) : idNumber.getValue();
        Relation r = STEPS.call(this, () -> relations.declare(all ? login.getValue() : null, isEnterprise, key,
                name.getValue(), description.getValue()));
        if (r != null) {
            Steps.success(getTranslation("mediation.relation.declared", r.partyName()));
            name.clear();
            idNumber.clear();
            enterprise.clear();
            description.clear();
            refresh();
        }
    }

    private void remove(Relation r) {
        if (STEPS.run(this, () -> relations.remove(r.id()))) {
            refresh();
        }
    }

}
