package cn.gov.laoshan.district.market.inspection.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.market.inspection.service.InspectionService;
import cn.gov.laoshan.district.uikit.EnterprisePicker;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * 检查人员与回避: the officers a draw picks from (added, taken out) and the relations they declared with enterprises —
 * a related officer is never drawn for that enterprise; neither is one who inspected it last time.
 */
public class InspectorsView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("market-error").withSavedKey("market.saved");

    private final InspectionService inspections;
    private final Grid<InspectionService.InspectorEntry> officers = new Grid<>();
    private final Grid<InspectionService.Relation> relations = new Grid<>();
    private final Select<String> relatedLogin = new Select<>();

    public InspectorsView(InspectionService inspections, EnterpriseRegistry registry, AccessControl access) {
        this.inspections = inspections;
        setId("market-inspectors");
        add(new H2(getTranslation("market.screen.inspectors")), new Paragraph(getTranslation(
                "market.inspection.inspectors.intro")));
        TextField login = new TextField(getTranslation("market.inspection.inspector.login"));
        login.setId("market-inspector-login");
        TextField name = new TextField(getTranslation("market.inspection.inspector.name"));
        name.setId("market-inspector-name");
        Button add = new Button(getTranslation("market.inspection.inspector.add"), e -> {
            if (STEPS.call(this, Map.of("login", login, "name", name), () -> {
                inspections.addInspector(login.getValue(), name.getValue());
                return true;
            }) != null) {
                login.clear();
                name.clear();
                refresh();
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("market-inspector-add");
        HorizontalLayout form = new HorizontalLayout(login, name, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        officers.setId("market-inspectors-grid");
        officers.addThemeVariants(GridVariant.LUMO_COMPACT);
        officers.addColumn(InspectionService.InspectorEntry::login).setHeader(getTranslation(
                "market.inspection.inspector.login")).setAutoWidth(true);
        officers.addColumn(InspectionService.InspectorEntry::name).setHeader(getTranslation(
                "market.inspection.inspector.name")).setAutoWidth(true);
        officers.addColumn(i -> getTranslation(i.active() ? "market.inspection.inspector.active"
                : "market.inspection.inspector.inactive")).setHeader(getTranslation(
                        "market.inspection.inspector.state")).setAutoWidth(true);
        officers.addComponentColumn(i -> {
            Button out = new Button(getTranslation("market.inspection.inspector.deactivate"), e -> {
                if (STEPS.call(this, () -> {
                    inspections.deactivateInspector(i.login());
                    return true;
                }) != null) {
                    refresh();
                }
            });
            out.setVisible(i.active());
            return out;
        });
        officers.setAllRowsVisible(true);

        relatedLogin.setLabel(getTranslation("market.inspection.inspector.login"));
        relatedLogin.setId("market-relation-login");
        EnterprisePicker enterprise = new EnterprisePicker(registry, access);
        enterprise.setId("market-relation-uscc");
        TextField note = new TextField(getTranslation("market.inspection.relation.note"));
        note.setId("market-relation-note");
        note.setWidth("20em");
        Button relate = new Button(getTranslation("market.inspection.relation.add"), e -> {
            Enterprise chosen = enterprise.getValue();
            if (STEPS.call(this, Map.of("login", relatedLogin, "uscc", enterprise, "note", note), () -> {
                inspections.relate(relatedLogin.getValue(), chosen == null ? null : chosen.uscc().toString(),
                        note.getValue());
                return true;
            }) != null) {
                note.clear();
                refresh();
            }
        });
        relate.setId("market-relation-add");
        HorizontalLayout relationForm = new HorizontalLayout(relatedLogin, enterprise, note, relate);
        relationForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        relations.setId("market-relations-grid");
        relations.addThemeVariants(GridVariant.LUMO_COMPACT);
        relations.addColumn(InspectionService.Relation::login).setHeader(getTranslation(
                "market.inspection.inspector.login")).setAutoWidth(true);
        relations.addColumn(InspectionService.Relation::uscc).setHeader(getTranslation("market.licence.uscc"))
                .setAutoWidth(true);
        relations.addColumn(InspectionService.Relation::note).setHeader(getTranslation(
                "market.inspection.relation.note")).setFlexGrow(1);
        relations.setAllRowsVisible(true);
        add(form, officers, new H3(getTranslation("market.inspection.relations")), relationForm, relations);
        refresh();
    }

    private void refresh() {
        var list = inspections.inspectors();
        officers.setItems(list);
        relatedLogin.setItems(list.stream().filter(InspectionService.InspectorEntry::active)
                .map(InspectionService.InspectorEntry::login).toList());
        relations.setItems(inspections.relations());
    }
}
