package cn.gov.laoshan.district.housing.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.service.PlanService;
import cn.gov.laoshan.district.housing.service.PlanView;

/** Taking the current forecast as the new baseline, with the reason. */
final class RebaselineDialog {

    private RebaselineDialog() {
    }

    static void open(Component owner, PlanService plans, Project project, Consumer<PlanView> changed) {
        TextArea reason = new TextArea(owner.getTranslation("housing.reason"));
        reason.setId("dialog-reason");
        Dialog dialog = Ui.dialog(owner, "housing.plan.rebaseline",
                new Paragraph(owner.getTranslation("housing.plan.rebaseline-hint")), reason);
        dialog.getFooter().add(Ui.ok(owner, dialog, () -> plans.rebaseline(project.id(), reason.getValue()),
                changed));
        dialog.open();
    }
}
