package cn.gov.laoshan.district.market.credit.ui;

import com.vaadin.flow.component.Component;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.market.credit.domain.GradedEnterprise;

/** The grading's words shared by its screens: a signal kind's name and a grade as shown to staff. */
public final class CreditText {

    private CreditText() {
    }

    /**
     * A signal kind's name ({@code market.credit.kind.<kind>}); a kind a newer source brings and the bundles do not
     * name yet is shown as it is, rather than as a missing key.
     */
    public static String kind(Component c, String kind) {
        String key = "market.credit.kind." + kind;
        String text = c.getTranslation(key);
        return text == null || text.contains(key) ? kind : text;
    }

    /** {@code B级（信用风险一般）}. */
    public static String grade(Component c, CreditGrade grade) {
        return grade == null ? "" : c.getTranslation("market.credit.grade." + grade.name());
    }

    /** The grade in force, marked when overridden. */
    public static String finalGrade(Component c, GradedEnterprise g) {
        return g.overridden() ? c.getTranslation("market.credit.overridden", grade(c, g.finalGrade()),
                g.computed().name()) : grade(c, g.finalGrade());
    }
}
