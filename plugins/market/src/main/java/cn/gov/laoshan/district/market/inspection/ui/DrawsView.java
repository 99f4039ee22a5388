package cn.gov.laoshan.district.market.inspection.ui;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.market.credit.service.Credit;
import cn.gov.laoshan.district.market.credit.service.CreditGrading;
import cn.gov.laoshan.district.market.domain.LicenceType;
import cn.gov.laoshan.district.market.inspection.domain.Draw;
import cn.gov.laoshan.district.market.inspection.domain.DrawRequest;
import cn.gov.laoshan.district.market.inspection.domain.GradeRatios;
import cn.gov.laoshan.district.market.inspection.service.InspectionService;
import cn.gov.laoshan.district.market.service.LicenceService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * 双随机抽取: a new draw over the latest graded month (population filters, the percent of each grade within its bounds,
 * inspectors per target) and the draws made; a row opens the draw with its targets.
 */
public class DrawsView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("market-error").withSavedKey("market.inspection.drawn-saved");
    /** The form's first percents, each held within its grade's bounds. */
    private static final Map<CreditGrade, Integer> SUGGESTED = Map.of(CreditGrade.A, 3, CreditGrade.B, 10,
            CreditGrade.C, 30, CreditGrade.D, 80);

    public DrawsView(InspectionService inspections, CreditGrading credit, LicenceService licences,
            AccessControl access) {
        setId("market-draws");
        add(new H2(getTranslation("market.screen.draws")), new Paragraph(getTranslation("market.inspection.intro")));
        TextField title = new TextField(getTranslation("market.inspection.title"));
        title.setId("market-draw-title");
        title.setWidth("24em");
        TextField industry = new TextField(getTranslation("market.credit.industry"));
        industry.setId("market-draw-industry");
        industry.setWidth("8em");
        ComboBox<String> street = new ComboBox<>(getTranslation("market.credit.street"));
        street.setId("market-draw-street");
        street.setClearButtonVisible(true);
        credit.latestMonth().ifPresent(m -> street.setItems(access.has(Credit.READ) ? credit.streets(m)
                : java.util.List.of()));
        Select<LicenceType> type = new Select<>();
        type.setLabel(getTranslation("market.licence.type"));
        type.setId("market-draw-licence-type");
        type.setItems(licences.types());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("market.filter.all"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("market.filter.all") : t.name(getLocale()));
        GradeRatios ratios = inspections.ratios();
        Map<CreditGrade, IntegerField> percents = new EnumMap<>(CreditGrade.class);
        HorizontalLayout percentRow = new HorizontalLayout();
        for (CreditGrade g : CreditGrade.values()) {
            GradeRatios.Bounds b = ratios.of(g);
            IntegerField p = new IntegerField(getTranslation("market.inspection.percent", g.name(), b.min(), b.max()));
            p.setValue(Math.max(b.min(), Math.min(b.max(), SUGGESTED.get(g))));
            p.setId("market-draw-percent-" + g);
            p.setWidth("10em");
            percents.put(g, p);
            percentRow.add(p);
        }
        IntegerField perTarget = new IntegerField(getTranslation("market.inspection.per-target"));
        perTarget.setValue(2);
        perTarget.setId("market-draw-per-target");
        percentRow.add(perTarget);
        Map<String, com.vaadin.flow.component.HasValidation> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("perTarget", perTarget);
        percents.forEach((g, f) -> fields.put("percent" + g, f));
        Button draw = new Button(getTranslation("market.inspection.draw.make"), e -> {
            Map<CreditGrade, Integer> chosen = new EnumMap<>(CreditGrade.class);
            percents.forEach((g, f) -> chosen.put(g, f.getValue()));
            Draw made = STEPS.call(this, fields, () -> inspections.draw(new DrawRequest(title.getValue(),
                    industry.getValue(), street.getValue(), type.getValue() == null ? null : type.getValue().code(),
                    chosen, perTarget.getValue() == null ? 0 : perTarget.getValue())));
            if (made != null) {
                getUI().ifPresent(ui -> ui.navigate("market/inspection/draws/" + made.id()));
            }
        });
        draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        draw.setId("market-draw-make");
        add(new HorizontalLayout(title, industry, street, type), percentRow, draw);

        Grid<Draw> grid = new Grid<>();
        grid.setId("market-draws-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Draw::id).setHeader("#").setAutoWidth(true);
        grid.addColumn(Draw::title).setHeader(getTranslation("market.inspection.title")).setFlexGrow(1);
        grid.addColumn(Draw::gradeMonth).setHeader(getTranslation("market.credit.month")).setAutoWidth(true);
        grid.addColumn(Draw::population).setHeader(getTranslation("market.inspection.population")).setAutoWidth(true);
        grid.addColumn(Draw::drawn).setHeader(getTranslation("market.inspection.drawn")).setAutoWidth(true);
        grid.addColumn(d -> Dates.dateTime(d.drawnAt(), getLocale())).setHeader(getTranslation(
                "market.inspection.drawn-at")).setAutoWidth(true);
        grid.addColumn(Draw::drawnBy).setHeader(getTranslation("market.inspection.drawn-by")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("market/inspection/draws/"
                + e.getItem().id())));
        grid.setItems(inspections.draws());
        add(new H3(getTranslation("market.inspection.draws")), grid);
    }
}
