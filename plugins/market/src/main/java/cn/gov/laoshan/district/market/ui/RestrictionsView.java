package cn.gov.laoshan.district.market.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.market.domain.Restriction;
import cn.gov.laoshan.district.market.service.DeregistrationService;
import cn.gov.laoshan.district.market.service.RestrictionEntry;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.EnterprisePicker;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * 注销限制名单: what bars simple deregistration and the registry does not record (closure orders, open cases, unpaid
 * fines, frozen or pledged equity), kept by market staff: recorded with a note, lifted with a note, each on its timeline.
 */
public class RestrictionsView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("market-error").withSavedKey("market.saved");

    public RestrictionsView(DeregistrationService deregistrations, EnterpriseRegistry registry, AccessControl access) {
        setId("market-restrictions");
        add(new H2(getTranslation("market.screen.restrictions")),
                new Paragraph(getTranslation("market.restriction.intro")));
        EnterprisePicker enterprise = new EnterprisePicker(registry, access);
        enterprise.setId("market-restriction-uscc");
        Select<Restriction> kind = new Select<>();
        kind.setLabel(getTranslation("market.restriction.kind"));
        kind.setItems(Restriction.values());
        kind.setItemLabelGenerator(r -> getTranslation("market.restriction." + r));
        kind.setId("market-restriction-kind");
        TextField note = new TextField(getTranslation("market.restriction.note"));
        note.setId("market-restriction-note");
        note.setWidth("24em");
        Grid<RestrictionEntry> grid = new Grid<>();
        grid.setId("market-restriction-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(RestrictionEntry::uscc).setHeader(getTranslation("market.licence.uscc")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("market.restriction." + r.kind())).setHeader(getTranslation(
                "market.restriction.kind")).setAutoWidth(true);
        grid.addColumn(RestrictionEntry::note).setHeader(getTranslation("market.restriction.note")).setFlexGrow(1);
        grid.addColumn(r -> Dates.date(r.recordedOn(), getLocale())).setHeader(getTranslation(
                "market.restriction.recorded-on")).setAutoWidth(true);
        grid.addColumn(r -> r.liftedOn() == null ? "" : Dates.date(r.liftedOn(), getLocale()))
                .setHeader(getTranslation("market.restriction.lifted-on")).setAutoWidth(true);
        Button add = new Button(getTranslation("market.restriction.add"), e -> {
            Enterprise chosen = enterprise.getValue();
            if (STEPS.call(this, Map.of("uscc", enterprise, "note", note), () -> deregistrations.restrict(
                    chosen == null ? null : chosen.uscc().toString(), kind.getValue(), note.getValue())) != null) {
                note.clear();
                grid.setItems(deregistrations.restrictions(null));
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("market-restriction-add");
        // lifted on its own row: a row click that selects nothing cannot lift the wrong one
        grid.addComponentColumn(r -> {
            Button lift = new Button(getTranslation("market.restriction.lift"), e -> {
                if (STEPS.call(this, Map.of("note", note), () -> deregistrations.lift(r.id(), note.getValue()))
                        != null) {
                    note.clear();
                    grid.setItems(deregistrations.restrictions(null));
                }
            });
            lift.setId("market-restriction-lift-" + r.id());
            lift.setVisible(r.liftedOn() == null);
            return lift;
        }).setAutoWidth(true);
        grid.setItems(deregistrations.restrictions(null));
        add(new HorizontalLayout(enterprise, kind, note), add, grid);
    }
}
