package cn.gov.laoshan.district.market.credit.ui;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.market.credit.domain.GradingRule;
import cn.gov.laoshan.district.market.credit.service.Credit;
import cn.gov.laoshan.district.market.credit.service.CreditGrading;
import cn.gov.laoshan.district.market.inspection.domain.GradeRatios;
import cn.gov.laoshan.district.market.inspection.service.InspectionService;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * 分类规则: the grading rule and the draw ratios in words (what each kind of record counts, where each grade begins,
 * how much of each grade a draw inspects), and — for staff holding {@link Credit#GRADE} — the form that changes them
 * (audited; the next grading uses the rule).
 */
public class GradingRuleView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("market-error").withSavedKey("market.saved");

    private final CreditGrading credit;
    private final InspectionService inspections;
    private final AccessControl access;

    public GradingRuleView(CreditGrading credit, InspectionService inspections, AccessControl access) {
        this.credit = credit;
        this.inspections = inspections;
        this.access = access;
        setId("market-credit-rule");
        show();
    }

    private void show() {
        removeAll();
        GradingRule rule = credit.rule();
        GradeRatios ratios = inspections.ratios();
        add(new H2(getTranslation("market.screen.credit-rule")), new Paragraph(getTranslation(
                "market.credit.rule.basis")));
        UnorderedList words = new UnorderedList();
        words.setId("market-credit-rule-words");
        rule.points().forEach((kind, points) -> words.add(new ListItem(getTranslation(points >= 0
                ? "market.credit.rule.adds" : "market.credit.rule.subtracts", CreditText.kind(this, kind),
                Math.abs(points)))));
        add(words);
        Paragraph limits = new Paragraph(getTranslation("market.credit.rule.limits", rule.maxA(), rule.maxA() + 1,
                rule.maxB(), rule.maxB() + 1, rule.maxC(), rule.maxC(), rule.windowMonths()));
        limits.setId("market-credit-rule-limits");
        add(limits);
        Paragraph ratioWords = new Paragraph(getTranslation("market.inspection.ratio.words",
                ratios.of(CreditGrade.A).min(), ratios.of(CreditGrade.A).max(), ratios.of(CreditGrade.B).min(),
                ratios.of(CreditGrade.B).max(), ratios.of(CreditGrade.C).min(), ratios.of(CreditGrade.C).max(),
                ratios.of(CreditGrade.D).min(), ratios.of(CreditGrade.D).max()));
        ratioWords.setId("market-inspection-ratio-words");
        add(new H3(getTranslation("market.inspection.ratios")), ratioWords);
        if (access.has(Credit.GRADE)) {
            editor(rule, ratios);
        }
    }

    private void editor(GradingRule rule, GradeRatios ratios) {
        add(new H3(getTranslation("market.credit.rule.edit")));
        Map<String, IntegerField> points = new LinkedHashMap<>();
        FlexLayout fields = new FlexLayout();
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        rule.points().forEach((kind, value) -> {
            IntegerField f = new IntegerField(CreditText.kind(this, kind));
            f.setValue(value);
            f.setWidth("12em");
            f.setId("market-credit-points-" + kind.replace('.', '-'));
            f.getStyle().set("margin-right", "1em");
            points.put(kind, f);
            fields.add(f);
        });
        IntegerField maxA = field("market.credit.rule.max-a", rule.maxA(), "market-credit-max-a");
        IntegerField maxB = field("market.credit.rule.max-b", rule.maxB(), "market-credit-max-b");
        IntegerField maxC = field("market.credit.rule.max-c", rule.maxC(), "market-credit-max-c");
        IntegerField window = field("market.credit.rule.window", rule.windowMonths(), "market-credit-window");
        Button save = new Button(getTranslation("market.credit.rule.save"), e -> {
            Map<String, Integer> values = new LinkedHashMap<>();
            points.forEach((kind, f) -> values.put(kind, f.getValue()));
            if (STEPS.call(this, () -> {
                credit.saveRule(new GradingRule(values, valueOrInvalid(maxA), valueOrInvalid(maxB), valueOrInvalid(maxC), valueOrInvalid(window)));
                return true;
            }) != null) {
                show();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("market-credit-rule-save");
        add(fields, new HorizontalLayout(maxA, maxB, maxC, window), save);

        add(new H3(getTranslation("market.inspection.ratios.edit")));
        Map<CreditGrade, IntegerField[]> bounds = new EnumMap<>(CreditGrade.class);
        HorizontalLayout row = new HorizontalLayout();
        for (CreditGrade g : CreditGrade.values()) {
            IntegerField min = field("market.inspection.ratio.min", ratios.of(g).min(), "market-ratio-min-" + g);
            IntegerField max = field("market.inspection.ratio.max", ratios.of(g).max(), "market-ratio-max-" + g);
            min.setLabel(g + " " + min.getLabel());
            max.setLabel(g + " " + max.getLabel());
            bounds.put(g, new IntegerField[] {min, max});
            row.add(min, max);
        }
        Button saveRatios = new Button(getTranslation("market.inspection.ratios.save"), e -> {
            Map<CreditGrade, GradeRatios.Bounds> b = new EnumMap<>(CreditGrade.class);
            bounds.forEach((g, f) -> b.put(g, new GradeRatios.Bounds(valueOrInvalid(f[0]), valueOrInvalid(f[1]))));
            if (STEPS.call(this, () -> {
                inspections.saveRatios(new GradeRatios(b));
                return true;
            }) != null) {
                show();
            }
        });
        saveRatios.setId("market-ratio-save");
        add(row, saveRatios);
    }

    private IntegerField field(String key, int value, String id) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setValue(value);
        f.setId(id);
        f.setWidth("9em");
        return f;
    }

    private static int valueOrInvalid(IntegerField f) {
        return f.getValue() == null ? -1 : f.getValue();
    }
}
