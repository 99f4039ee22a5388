package cn.gov.laoshan.district.housing.ui;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.housing.domain.PlanItemRecord;
import cn.gov.laoshan.district.housing.domain.Stage;
import cn.gov.laoshan.district.housing.service.PlanService;
import cn.gov.laoshan.district.housing.service.PlanView;
import cn.gov.laoshan.district.uikit.Fields;

/** Adding an item to a project's plan. */
final class AddItemDialog {

    private AddItemDialog() {
    }

    static void open(Component owner, PlanService plans, PlanView plan, Consumer<PlanView> changed) {
        TextField key = new TextField(owner.getTranslation("housing.item.key"));
        key.setId("dialog-key");
        Select<Stage> stage = new Select<>();
        stage.setId("dialog-stage");
        stage.setLabel(owner.getTranslation("housing.item.stage"));
        stage.setItems(Stage.values());
        stage.setItemLabelGenerator(s -> owner.getTranslation("housing.stage." + s));
        TextField name = new TextField(owner.getTranslation("housing.item.name"));
        name.setId("dialog-name");
        TextField department = new TextField(owner.getTranslation("housing.item.department"));
        department.setId("dialog-department");
        TextField materials = new TextField(owner.getTranslation("housing.item.materials"));
        IntegerField days = new IntegerField(owner.getTranslation("housing.item.days"));
        days.setId("dialog-days");
        days.setValue(5);
        Fields.range(days, 0, 720, owner);
        MultiSelectComboBox<String> prerequisites = new MultiSelectComboBox<>(
                owner.getTranslation("housing.item.prerequisites"));
        prerequisites.setId("dialog-prerequisites");
        prerequisites.setItems(plan.items().stream().map(PlanItemRecord::key).toList());
        Checkbox simulated = new Checkbox(owner.getTranslation("housing.item.simulate"));
        Dialog dialog = Ui.dialog(owner, "housing.plan.add", key, stage, name, department, materials, days,
                prerequisites, simulated);
        dialog.getFooter().add(Ui.okAt(owner, dialog, Map.of("key", key, "stage", stage, "name", name,
                "duration", days), () -> plans.addItem(plan.project().id(), new PlanService.NewItem(
                        key.getValue(), stage.getValue(), name.getValue(), department.getValue(),
                        materials.getValue(), days.getValue() == null ? -1 : days.getValue(),
                        Set.copyOf(prerequisites.getValue()), simulated.getValue())), changed));
        dialog.open();
    }
}
