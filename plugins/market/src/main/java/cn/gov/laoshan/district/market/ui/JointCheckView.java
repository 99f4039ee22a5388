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
 * department has not answered, each answered on its row with no objection or an objection with its reason (written in
 * the opinion field above; an objection blocks the deregistration).
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
        grid.addColumn(Deregistration::name).setHeader(getTranslation("market.dereg.enterprise")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(Deregistration::uscc).setHeader(getTranslation("market.licence.uscc")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("market.dereg.kind." + d.kind())).setHeader(getTranslation(
                "market.dereg.kind")).setAutoWidth(true);
        grid.addColumn(d -> Dates.date(d.periodEnd(), getLocale())).setHeader(getTranslation("market.dereg.period-end"))
                .setAutoWidth(true);
        TextField note = new TextField(getTranslation("market.dereg.check-note"));
        note.setId("market-check-note");
        note.setWidth("24em");
        // the answer on each row: a row click that selects nothing cannot answer the wrong one
        grid.addComponentColumn(d -> {
            Button clear = new Button(getTranslation("market.dereg.check-clear"), e -> answer(deregistrations, grid,
                    note, d, false));
            clear.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            clear.setId("market-check-clear-" + d.uscc());
            Button object = new Button(getTranslation("market.dereg.check-object"), e -> answer(deregistrations,
                    grid, note, d, true));
            object.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            object.setId("market-check-object-" + d.uscc());
            return new HorizontalLayout(clear, object);
        }).setHeader(getTranslation("market.dereg.check-answer")).setAutoWidth(true);
        grid.setItems(deregistrations.toCheck());
        add(note, grid);
    }

    private void answer(DeregistrationService deregistrations, Grid<Deregistration> grid, TextField note,
            Deregistration d, boolean objection) {
        if (STEPS.call(this, Map.of("note", note), () -> deregistrations.answer(d.id(), objection, note.getValue()))
                != null) {
            note.clear();
            grid.setItems(deregistrations.toCheck());
        }
    }
}
