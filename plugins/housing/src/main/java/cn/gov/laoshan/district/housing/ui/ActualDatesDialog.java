package cn.gov.laoshan.district.housing.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.housing.domain.PlanItemRecord;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.service.PlanService;
import cn.gov.laoshan.district.housing.service.PlanView;
import cn.gov.laoshan.district.uikit.Dates;

/** Recording a plan item's actual start and finish. */
final class ActualDatesDialog {

    private ActualDatesDialog() {
    }

    static void open(Component owner, PlanService plans, Project project, PlanItemRecord i,
            Consumer<PlanView> changed) {
        DatePicker start = Dates.picker(new DatePicker(owner.getTranslation("housing.item.actual-start")),
                Ui.locale(owner));
        start.setId("dialog-actual-start");
        start.setValue(i.actualStart() == null ? plans.today() : i.actualStart());
        DatePicker finish = Dates.picker(new DatePicker(owner.getTranslation("housing.item.actual-finish")),
                Ui.locale(owner));
        finish.setId("dialog-actual-finish");
        Dates.bound(start, plans.actualBounds(project), Ui.locale(owner));
        Dates.bound(finish, plans.actualBounds(project), Ui.locale(owner));
        Dialog dialog = Ui.dialog(owner, "housing.item.record", new Paragraph(i.key() + " " + i.name()), start,
                finish);
        dialog.getFooter().add(Ui.okAt(owner, dialog, Map.of("actualStart", start, "actualFinish", finish,
                "actual", finish), () -> {
                    PlanView v = null;
                    if (start.getValue() != null && !start.getValue().equals(i.actualStart())) {
                        v = plans.recordStart(project.id(), i.key(), start.getValue());
                    }
                    if (finish.getValue() != null) {
                        v = plans.recordFinish(project.id(), i.key(), finish.getValue());
                    }
                    if (v == null) {
                        throw new RefusedException("actual", "housing.error.actual-date");
                    }
                    return v;
                }, changed));
        dialog.open();
    }
}
