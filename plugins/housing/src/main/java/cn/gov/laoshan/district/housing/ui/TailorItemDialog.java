package cn.gov.laoshan.district.housing.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;

import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.housing.domain.PlanItemRecord;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.service.PlanService;
import cn.gov.laoshan.district.housing.service.PlanView;
import cn.gov.laoshan.district.uikit.Fields;

/** Tailoring a plan item: its duration, its prerequisites, a simulated approval, or dropping it. */
final class TailorItemDialog {

    private TailorItemDialog() {
    }

    static void open(Component owner, PlanService plans, Project project, PlanItemRecord i,
            Consumer<PlanView> changed) {
        IntegerField days = new IntegerField(owner.getTranslation("housing.item.days"));
        days.setId("dialog-days");
        days.setValue(i.durationDays());
        Fields.range(days, 0, 720, owner);
        MultiSelectComboBox<String> prerequisites = new MultiSelectComboBox<>(
                owner.getTranslation("housing.item.prerequisites"));
        prerequisites.setId("dialog-prerequisites");
        List<PlanItemRecord> all = plans.plan(project.id()).orElseThrow().items();
        prerequisites.setItems(all.stream().map(PlanItemRecord::key).filter(k -> !k.equals(i.key())).toList());
        prerequisites.setItemLabelGenerator(k -> k + " " + all.stream().filter(x -> x.key().equals(k)).findFirst()
                .map(PlanItemRecord::name).orElse(""));
        prerequisites.setValue(i.prerequisites());
        Checkbox simulated = new Checkbox(owner.getTranslation("housing.item.simulate"));
        simulated.setId("dialog-simulated");
        simulated.setValue(i.simulated());
        simulated.setEnabled(i.simulatedAllowed());
        Checkbox drop = new Checkbox(owner.getTranslation("housing.item.drop"));
        drop.setId("dialog-drop");
        Dialog dialog = Ui.dialog(owner, "housing.item.edit", new Paragraph(i.key() + " " + i.name()), days,
                prerequisites, simulated, drop);
        dialog.getFooter().add(Ui.okAt(owner, dialog, Map.of("duration", days, "prerequisites", prerequisites),
                () -> {
                    if (drop.getValue()) {
                        return plans.removeItem(project.id(), i.key());
                    }
                    PlanView v = null;
                    if (days.getValue() == null) {
                        throw new RefusedException("duration", "housing.error.duration");
                    }
                    if (days.getValue() != i.durationDays()) {
                        v = plans.changeDuration(project.id(), i.key(), days.getValue());
                    }
                    if (!new LinkedHashSet<>(prerequisites.getValue()).equals(i.prerequisites())) {
                        v = plans.relink(project.id(), i.key(), Set.copyOf(prerequisites.getValue()));
                    }
                    if (simulated.getValue() != i.simulated()) {
                        v = plans.simulate(project.id(), i.key(), simulated.getValue());
                    }
                    return v == null ? plans.plan(project.id()).orElseThrow() : v;
                }, changed));
        dialog.open();
    }
}
