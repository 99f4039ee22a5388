package cn.gov.laoshan.district.market.credit.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.market.credit.domain.GradedEnterprise;
import cn.gov.laoshan.district.market.credit.domain.GradingRule;
import cn.gov.laoshan.district.market.credit.service.Credit;
import cn.gov.laoshan.district.market.credit.service.CreditGrading;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * One enterprise's grade of a month: the score and grade, each signal with its points (the reasons), its grades month by
 * month, and — for staff holding {@link Credit#GRADE} — the override, which needs a reason.
 */
class GradeDialog extends Dialog {

    private static final Steps STEPS = Steps.standard("market-error").withSavedKey("market.saved");

    GradeDialog(CreditGrading credit, AccessControl access, GradedEnterprise graded, String name, Runnable changed) {
        setId("market-credit-dialog");
        setHeaderTitle(name + " " + graded.uscc());
        setWidth("48em");
        add(new Paragraph(getTranslation("market.credit.dialog.summary", graded.month(), graded.score(),
                CreditText.grade(this, graded.computed()))));
        if (graded.overridden()) {
            Paragraph overridden = new Paragraph(getTranslation("market.credit.dialog.overridden",
                    CreditText.grade(this, graded.finalGrade()), graded.overrideReason(), graded.overriddenBy(),
                    Dates.dateTime(graded.overriddenAt(), getLocale())));
            overridden.setId("market-credit-overridden");
            add(overridden);
        }
        add(new H4(getTranslation("market.credit.reasons")));
        Grid<GradingRule.Reason> reasons = new Grid<>();
        reasons.setId("market-credit-reasons");
        reasons.addThemeVariants(GridVariant.LUMO_COMPACT);
        reasons.addColumn(r -> Dates.date(r.day(), getLocale())).setHeader(getTranslation("market.credit.day"))
                .setAutoWidth(true);
        reasons.addColumn(r -> CreditText.kind(this, r.kind())).setHeader(getTranslation("market.credit.kind"))
                .setAutoWidth(true);
        reasons.addColumn(GradingRule.Reason::detail).setHeader(getTranslation("market.credit.detail")).setFlexGrow(1);
        reasons.addColumn(GradingRule.Reason::points).setHeader(getTranslation("market.credit.points"))
                .setAutoWidth(true);
        java.util.List<GradingRule.Reason> found = credit.reasons(graded.month(), graded.uscc());
        reasons.setItems(found);
        reasons.setAllRowsVisible(true);
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("market.credit.no-reasons")));
        } else {
            add(reasons);
        }
        add(new H4(getTranslation("market.credit.history")));
        StringBuilder history = new StringBuilder();
        for (GradedEnterprise g : credit.history(graded.uscc())) {
            history.append(g.month()).append(' ').append(CreditText.finalGrade(this, g)).append("　");
        }
        Paragraph months = new Paragraph(history.toString());
        months.setId("market-credit-history");
        add(months);
        if (access.has(Credit.GRADE)) {
            add(new H4(getTranslation("market.credit.override")));
            Select<CreditGrade> grade = new Select<>();
            grade.setLabel(getTranslation("market.credit.override.grade"));
            grade.setItems(CreditGrade.values());
            grade.setItemLabelGenerator(g -> CreditText.grade(this, g));
            grade.setId("market-credit-override-grade");
            TextArea reason = new TextArea(getTranslation("market.credit.override.reason"));
            reason.setId("market-credit-override-reason");
            reason.setWidthFull();
            Button save = new Button(getTranslation("market.credit.override.save"), e -> {
                if (STEPS.call(this, Map.of("grade", grade, "reason", reason), () -> credit.override(graded.month(),
                        graded.uscc(), grade.getValue(), reason.getValue())) != null) {
                    close();
                    changed.run();
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("market-credit-override-save");
            add(grade, reason, save);
        }
        Button close = new Button(getTranslation("market.credit.close"), e -> close());
        close.setId("market-credit-dialog-close");
        getFooter().add(close);
    }
}
