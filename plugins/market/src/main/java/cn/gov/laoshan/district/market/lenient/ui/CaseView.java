package cn.gov.laoshan.district.market.lenient.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.market.commitment.ui.ReadOnly;
import cn.gov.laoshan.district.market.lenient.domain.Decision;
import cn.gov.laoshan.district.market.lenient.domain.DecisionHelper;
import cn.gov.laoshan.district.market.lenient.domain.Harm;
import cn.gov.laoshan.district.market.lenient.domain.Outcome;
import cn.gov.laoshan.district.market.lenient.service.CaseService;
import cn.gov.laoshan.district.market.lenient.service.ViolationCase;
import cn.gov.laoshan.district.uikit.BackLink;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.RecordPage;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.TimelinePanel;
import cn.gov.laoshan.district.uikit.money.YuanField;

/**
 * One violation case: its facts, the decision helper's explanation (each condition met, not met or unknown, and what
 * they allow), and for staff holding {@link CaseService#MANAGE}: the correction done, the findings (harm, goods' value,
 * the item's conditions), and the decision with its reasons; the history.
 */
public class CaseView extends RecordPage<ViolationCase> {

    private static final Steps STEPS = Steps.standard("market-error").withSavedKey("market.saved");

    private final CaseService cases;
    private final AccessControl access;

    public CaseView(CaseService cases, AccessControl access) {
        super("market-case", cases::find);
        this.cases = cases;
        this.access = access;
    }

    @Override
    protected void fill(ViolationCase c) {
        add(BackLink.to("market/cases", getTranslation("market.screen.cases")),
                new H2(getTranslation("market.screen.case") + " " + c.reference() + " " + c.enterpriseName()));
        FormLayout facts = new FormLayout(ReadOnly.field(this, "market.licence.uscc", c.uscc()),
                ReadOnly.field(this, "market.case.description", c.description()),
                ReadOnly.field(this, "market.case.facts", c.facts()),
                ReadOnly.field(this, "market.case.found-on", Dates.date(c.foundOn(), getLocale())),
                ReadOnly.field(this, "market.case.goods-value", c.goodsValue() == null ? ""
                        : c.goodsValue().stripTrailingZeros().toPlainString()),
                ReadOnly.field(this, "market.case.harm", c.harm() == null ? getTranslation("market.case.unknown")
                        : getTranslation("market.case.harm." + c.harm())),
                ReadOnly.field(this, "market.case.correction", c.correctionOrdered()),
                ReadOnly.field(this, "market.case.correct-by", c.correctBy() == null
                        ? getTranslation("market.case.at-once") : Dates.date(c.correctBy(), getLocale())),
                ReadOnly.field(this, "market.case.corrected-on", c.correctedOn() == null ? ""
                        : Dates.date(c.correctedOn(), getLocale())));
        if (c.decision() != null) {
            facts.add(ReadOnly.field(this, "market.case.decision", getTranslation("market.case.decision."
                    + c.decision())), ReadOnly.field(this, "market.case.reasons", c.decisionReasons()));
        }
        facts.setId("market-case-facts-view");
        Paragraph decided = new Paragraph(c.decision() == null ? getTranslation("market.case.undecided")
                : getTranslation("market.case.decided-line", getTranslation("market.case.decision." + c.decision()),
                        c.decidedBy(), c.decisionReasons()));
        decided.setId("market-case-decision-view");
        add(decided, facts);
        helper(cases.assessment(c.id()));
        if (access.has(CaseService.MANAGE) && c.decision() == null) {
            actions(c);
        }
        add(new TimelinePanel("market-case-history", () -> cases.history(c.id()))
                .title(getTranslation("market.licence.history"))
                .actions(action -> getTranslation("market.case.action." + action)));
    }

    private void helper(DecisionHelper.Assessment a) {
        add(new H3(getTranslation("market.case.helper")));
        if (a.item() != null) {
            add(new Paragraph(a.item().code() + " " + a.item().behaviour(getLocale()) + " — " + a.item().legalBasis()
                    + "；" + getTranslation("market.case.required-correction") + a.item().correction()));
        }
        Grid<DecisionHelper.Condition> grid = new Grid<>();
        grid.setId("market-case-conditions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(x -> getTranslation("market.lenient.condition." + x.key())).setHeader(getTranslation(
                "market.case.condition")).setFlexGrow(2);
        grid.addComponentColumn(x -> {
            Span s = new Span(getTranslation("market.lenient.outcome." + x.outcome()));
            s.getElement().getThemeList().add("badge " + (x.outcome() == Outcome.MET ? "success"
                    : x.outcome() == Outcome.NOT_MET ? "error" : "contrast"));
            return s;
        }).setHeader(getTranslation("market.case.outcome")).setAutoWidth(true);
        // the harm's detail is the finding's code: shown in words
        grid.addColumn(x -> (x.key().equals("harm") || x.key().equals("noHarm")) && !x.detail().isEmpty()
                ? getTranslation("market.case.harm." + x.detail()) : x.detail())
                .setHeader(getTranslation("market.case.detail"))
                .setFlexGrow(3);
        grid.setItems(a.conditions());
        Paragraph suggested = new Paragraph(a.suggested() == null ? getTranslation("market.case.suggested-none")
                : getTranslation("market.case.suggested", getTranslation("market.case.decision." + a.suggested())));
        suggested.setId("market-case-suggested");
        add(grid, suggested);
    }

    private void actions(ViolationCase c) {
        add(new H3(getTranslation("market.case.findings")));
        DatePicker corrected = Dates.picker(new DatePicker(getTranslation("market.case.corrected-on")), getLocale());
        corrected.setId("market-case-corrected-on");
        Button correctedButton = new Button(getTranslation("market.case.record-corrected"), e -> {
            ViolationCase done = STEPS.call(this, Map.of("correctedOn", corrected), () -> cases.corrected(c.id(),
                    corrected.getValue()));
            if (done != null) {
                show(done);
            }
        });
        correctedButton.setId("market-case-corrected");
        ComboBox<Harm> harm = Harms.select(this, "market-case-harm");
        harm.setValue(c.harm());
        YuanField goods = new YuanField(getTranslation("market.case.goods-value"), getLocale());
        goods.setValue(c.goodsValue() == null ? null : cn.gov.laoshan.district.api.money.Yuan.of(c.goodsValue()));
        goods.setId("market-case-goods-value");
        ComboBox<Boolean> itemConditions = Harms.itemConditions(this, "market-case-item-conditions");
        itemConditions.setValue(c.itemConditionsMet());
        Button findings = new Button(getTranslation("market.case.save-findings"), e -> {
            ViolationCase done = STEPS.call(this, () -> cases.assessFacts(c.id(), harm.getValue(),
                    goods.getValue() == null ? null : goods.getValue().amount(), itemConditions.getValue()));
            if (done != null) {
                show(done);
            }
        });
        findings.setId("market-case-save-findings");
        HorizontalLayout one = new HorizontalLayout(corrected, correctedButton);
        one.setAlignItems(Alignment.BASELINE);
        HorizontalLayout two = new HorizontalLayout(harm, goods, itemConditions, findings);
        two.setAlignItems(Alignment.BASELINE);
        add(one, two);

        add(new H3(getTranslation("market.case.decide")));
        Select<Decision> decision = new Select<>();
        decision.setLabel(getTranslation("market.case.decision"));
        decision.setItems(Decision.values());
        decision.setItemLabelGenerator(d -> getTranslation("market.case.decision." + d));
        decision.setId("market-case-decision");
        TextArea reasons = new TextArea(getTranslation("market.case.reasons"));
        reasons.setWidth("36em");
        reasons.setId("market-case-reasons");
        Button decide = new Button(getTranslation("market.case.decide"), e -> {
            ViolationCase done = STEPS.call(this, Map.of("decision", decision, "reasons", reasons),
                    () -> cases.decide(c.id(), decision.getValue(), reasons.getValue()));
            if (done != null) {
                show(done);
            }
        });
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.setId("market-case-decide");
        add(new Paragraph(getTranslation("market.case.decide-hint")), decision, reasons, decide);
    }
}
