package cn.gov.laoshan.district.registry.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.api.enterprise.facts.Location;
import cn.gov.laoshan.district.api.enterprise.facts.Qualification;
import cn.gov.laoshan.district.api.enterprise.facts.QualificationType;
import cn.gov.laoshan.district.api.enterprise.facts.YearlyFigure;
import cn.gov.laoshan.district.registry.demo.DemoFacts;
import cn.gov.laoshan.district.uikit.Dates;

/**
 * The forms that change an enterprise's facts on its page, each one service call ({@link FactForm}): a yearly figure (new or
 * corrected), a qualification (new, or ended on a day), street and park, a credit mark, the credit grade with its
 * reason. The service checks and audits; the field names are those of its problems.
 */
final class FactForms {

    private FactForms() {
    }

    /** Adds a yearly figure or corrects one ({@code figure}: prefilled; the same enterprise, kind and year replace it). */
    static FactForm figure(Component on, EnterpriseFactsService facts, Uscc uscc, YearlyFigure figure, FactForm.Hooks hooks) {
        Locale locale = FactSteps.locale(on);
        Select<FigureKind> kind = new Select<>();
        kind.setId("registry-figure-kind");
        kind.setLabel(on.getTranslation("registry.facts.figure"));
        kind.setItems(FigureKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : k.label(locale));
        IntegerField year = new IntegerField(on.getTranslation("registry.facts.year"));
        year.setId("registry-figure-year");
        BigDecimalField value = new BigDecimalField(on.getTranslation("registry.facts.value"));
        value.setId("registry-figure-value");
        value.setHelperText(on.getTranslation("registry.facts.value.helper"));
        TextField source = new TextField(on.getTranslation("registry.facts.source"));
        source.setId("registry-figure-source");
        source.setMaxLength(100);
        DatePicker asOf = Dates.picker(new DatePicker(on.getTranslation("registry.facts.as-of")), locale);
        asOf.setId("registry-figure-as-of");
        if (figure != null) {
            kind.setValue(figure.kind());
            year.setValue(figure.year());
            value.setValue(figure.value());
            source.setValue(figure.source());
            asOf.setValue(figure.asOf());
            // a correction keeps its enterprise, kind and year: another kind or year is another figure
            kind.setReadOnly(true);
            year.setReadOnly(true);
        } else {
            kind.setValue(FigureKind.HEADCOUNT);
            year.setValue(LocalDate.now(Dates.BEIJING).getYear() - 1);
        }
        String title = figure == null ? on.getTranslation("registry.facts.figure.add")
                : on.getTranslation("registry.facts.figure.correct") + " " + figure.year() + " " + figure.kind().label(locale);
        return new FactForm("registry-figure-form", title,
                List.of(new FactForm.Field("指标", kind, true), new FactForm.Field("年度", year, true),
                        new FactForm.Field("数值", value, true), new FactForm.Field("来源", source, true),
                        new FactForm.Field("截至日期", asOf, true)),
                () -> facts.putFigure(new YearlyFigure(uscc, kind.getValue(), year.getValue(), value.getValue(), source.getValue(),
                        asOf.getValue())), hooks);
    }

    /** Adds a qualification, or ends one ({@code ending}: prefilled, its end set to today unless corrected). */
    static FactForm qualification(Component on, EnterpriseFactsService facts, Uscc uscc, List<QualificationType> types,
            Qualification ending, FactForm.Hooks hooks) {
        Locale locale = FactSteps.locale(on);
        Select<String> type = new Select<>();
        type.setId("registry-qualification-type");
        type.setLabel(on.getTranslation("registry.facts.qualification"));
        type.setItems(types.stream().map(QualificationType::code).toList());
        type.setItemLabelGenerator(code -> code == null ? "" : types.stream().filter(t -> t.code().equals(code)).findFirst()
                .map(t -> t.label(locale)).orElse(code));
        DatePicker from = Dates.picker(new DatePicker(on.getTranslation("registry.facts.valid-from")), locale);
        from.setId("registry-qualification-from");
        DatePicker until = Dates.picker(new DatePicker(on.getTranslation("registry.facts.valid-until")), locale);
        until.setId("registry-qualification-until");
        TextField certificate = new TextField(on.getTranslation("registry.facts.certificate"));
        certificate.setId("registry-qualification-certificate");
        certificate.setMaxLength(60);
        if (ending != null) {
            type.setValue(ending.type());
            type.setReadOnly(true);
            from.setValue(ending.validFrom());
            until.setValue(LocalDate.now(Dates.BEIJING));
            certificate.setValue(ending.certificate() == null ? "" : ending.certificate());
        }
        String title = ending == null ? on.getTranslation("registry.facts.qualification.add")
                : on.getTranslation("registry.facts.qualification.end") + " " + type.getItemLabelGenerator().apply(ending.type());
        return new FactForm("registry-qualification-form", title,
                List.of(new FactForm.Field("资质类型", type, true), new FactForm.Field("有效期起", from, true),
                        new FactForm.Field("有效期", until, true), new FactForm.Field("证书编号", certificate, false)),
                () -> facts.putQualification(new Qualification(uscc, type.getValue(), from.getValue(), until.getValue(),
                        certificate.getValue().isBlank() ? null : certificate.getValue().strip())), hooks);
    }

    /** Sets street and park (empty: none). */
    static FactForm location(Component on, EnterpriseFactsService facts, Uscc uscc, Location current, FactForm.Hooks hooks) {
        ComboBox<String> street = new ComboBox<>(on.getTranslation("registry.facts.street"));
        street.setId("registry-location-street");
        street.setItems(DemoFacts.STREETS);
        street.setAllowCustomValue(true);
        street.addCustomValueSetListener(e -> street.setValue(e.getDetail().strip()));
        street.setClearButtonVisible(true);
        street.setValue(current.street());
        TextField park = new TextField(on.getTranslation("registry.facts.park"));
        park.setId("registry-location-park");
        park.setValue(current.park() == null ? "" : current.park());
        return new FactForm("registry-location-form", on.getTranslation("registry.facts.location.edit"),
                List.of(new FactForm.Field("街道", street, false), new FactForm.Field("园区", park, false)),
                () -> facts.setLocation(uscc, new Location(street.getValue(), park.getValue())), hooks);
    }

    /** Puts a credit mark (why, until when) on the enterprise. */
    static FactForm creditMark(Component on, EnterpriseFactsService facts, Uscc uscc, FactForm.Hooks hooks) {
        ComboBox<String> mark = new ComboBox<>(on.getTranslation("registry.facts.mark"));
        mark.setId("registry-mark-mark");
        mark.setItems("守信激励", "失信惩戒", "重点关注", "经营异常");
        mark.setAllowCustomValue(true);
        mark.addCustomValueSetListener(e -> mark.setValue(e.getDetail().strip()));
        TextArea reason = new TextArea(on.getTranslation("registry.grade.reason"));
        reason.setId("registry-mark-reason");
        reason.setMaxLength(500);
        reason.setRequiredIndicatorVisible(true);
        DatePicker until = Dates.picker(new DatePicker(on.getTranslation("registry.facts.mark.until")), FactSteps.locale(on));
        until.setId("registry-mark-until");
        return new FactForm("registry-mark-form", on.getTranslation("registry.facts.mark.add"),
                List.of(new FactForm.Field("信用标记", mark, false), new FactForm.Field("理由", reason, false),
                        new FactForm.Field("有效期至", until, false)),
                () -> facts.addCreditMark(uscc, mark.getValue(), reason.getValue(), until.getValue()), hooks);
    }

    /**
     * Sets the credit grade, only with a reason: the service refuses a missing one (shown under 理由; the form does not
     * check it first) and audits the change with it.
     */
    static FactForm creditGrade(Component on, EnterpriseFactsService facts, Uscc uscc, CreditGrade current,
            Consumer<CreditGrade> set, FactForm.Hooks hooks) {
        Select<CreditGrade> grade = new Select<>();
        grade.setId("registry-grade");
        grade.setLabel(on.getTranslation("registry.field.credit"));
        grade.setItems(CreditGrade.values());
        grade.setEmptySelectionAllowed(true);
        grade.setEmptySelectionCaption(on.getTranslation("registry.grade.none"));
        grade.setItemLabelGenerator(g -> g == null ? on.getTranslation("registry.grade.none") : g.name());
        grade.setValue(current);
        TextArea reason = new TextArea(on.getTranslation("registry.grade.reason"));
        reason.setId("registry-grade-reason");
        reason.setPlaceholder(on.getTranslation("registry.grade.reason.placeholder"));
        reason.setMaxLength(500);
        reason.setRequiredIndicatorVisible(true);
        return new FactForm("registry-grade-form", on.getTranslation("registry.grade.title"),
                List.of(new FactForm.Field("信用等级", grade, false), new FactForm.Field("理由", reason, false)),
                () -> facts.setCreditGrade(uscc, grade.getValue(), reason.getValue()),
                new FactForm.Hooks(hooks.key(), hooks.edits(), () -> {
                    set.accept(grade.getValue());
                    hooks.saved().run();
                }, hooks.discarded()));
    }
}
