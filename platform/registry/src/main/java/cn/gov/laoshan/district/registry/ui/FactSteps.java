package cn.gov.laoshan.district.registry.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;

import cn.gov.laoshan.district.api.enterprise.EnterpriseValidationException;
import cn.gov.laoshan.district.api.enterprise.ImportReport;
import cn.gov.laoshan.district.uikit.Refusal;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * Runs a facts service call from a form through uikit {@link Steps}: the service's problems (zh/en, each naming its
 * field: 年度, 数值, 理由, …) are shown under those fields, a denial or failure as Steps shows them, a success as
 * "已保存". The service checks everything and writes nothing on a refusal; the form only shows what it said.
 */
final class FactSteps {

    private FactSteps() {
    }

    /**
     * @param fields the form's fields by the service's field names ({@code ImportReport.Problem.field()})
     * @return whether the step succeeded
     */
    static boolean run(Component where, Map<String, ? extends HasValidation> fields, Runnable step) {
        Locale locale = locale(where);
        // the problem's text is already in both languages: the message "registry.problem" is just {0}
        Steps steps = Steps.builder("registry-facts-error")
                .refusal(EnterpriseValidationException.class, e -> refusal(e.problems().get(0), locale))
                .savedKey("registry.facts.saved").build();
        return steps.run(where, fields, () -> {
            try {
                step.run();
            } catch (EnterpriseValidationException e) {
                // Steps marks the first problem's field; the others are marked here, each under its own
                for (ImportReport.Problem problem : e.problems().subList(1, e.problems().size())) {
                    HasValidation field = problem.field() == null ? null : fields.get(problem.field());
                    if (field != null) {
                        Steps.markInvalid(field, problem.message(locale));
                    }
                }
                throw e;
            }
        });
    }

    /** The UI language of {@code where} (Component.getLocale is protected): its UI's, else the current UI's. */
    static Locale locale(Component where) {
        return where.getUI().map(UI::getLocale).orElseGet(() -> UI.getCurrent() == null ? Locale.SIMPLIFIED_CHINESE
                : UI.getCurrent().getLocale());
    }

    private static Refusal refusal(ImportReport.Problem problem, Locale locale) {
        return new Refusal(problem.field(), "registry.problem", problem.message(locale));
    }
}
