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
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.market.service.Deregistration;
import cn.gov.laoshan.district.market.service.DeregistrationService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * 社保联检 (the joint check), for staff of the human-resources or tax department: the running deregistrations their
 * department has not answered, each answered with no objection or an objection with its reason (which blocks it).
 */
public class JointCheckView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("market-error").withSavedKey("market.saved");

    public JointCheckView(DeregistrationService deregistrations) {
        setId("market-joint-check");
        String department = deregistrations.checkDepartment();
        add(new H2(getTranslation("market.screen.joint-check")),
                new Paragraph(getTranslation("market.dereg.check-for",
                        getTranslation("market.dereg.department." + department))));
        Grid<Deregistration> grid = new Grid<>();
        grid.setId("market-check-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(Deregistration::name).setHeader(getTranslation("market.dereg.enterprise")).setFlexGrow(1);
        grid.addColumn(Deregistration::uscc).setHeader(getTranslation("market.licence.uscc")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("market.dereg.kind." + d.kind())).setHeader(getTranslation(
                "market.dereg.kind")).setAutoWidth(true);
        grid.addColumn(d -> Dates.date(d.periodEnd(), getLocale())).setHeader(getTranslation("market.dereg.period-end"))
                .setAutoWidth(true);
        grid.setItems(deregistrations.toCheck());
        TextField note = new TextField(getTranslation("market.dereg.check-note"));
        note.setId("market-check-note");
        note.setWidth("24em");
        Button clear = new Button(getTranslation("market.dereg.check-clear"), e -> answer(deregistrations, grid, note,
                false));
        clear.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        clear.setId("market-check-clear");
        Button object = new Button(getTranslation("market.dereg.check-object"), e -> answer(deregistrations, grid, note,
                true));
        object.addThemeVariants(ButtonVariant.LUMO_ERROR);
        object.setId("market-check-object");
        add(grid, new HorizontalLayout(note, clear, object));
    }

    private void answer(DeregistrationService deregistrations, Grid<Deregistration> grid, TextField note,
            boolean objection) {
        Deregistration selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            STEPS.error(getTranslation("market.dereg.select-first"));
            return;
        }
        if (STEPS.call(this, Map.of("note", note), () -> deregistrations.answer(selected.id(), objection,
                note.getValue())) != null) {
            note.clear();
            grid.setItems(deregistrations.toCheck());
        }
    }
}
