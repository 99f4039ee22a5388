package cn.gov.laoshan.district.servicehall.ui;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;

import cn.gov.laoshan.district.servicehall.domain.Hall;

/** The hall chooser of every screen: the halls by level, the district centre chosen. */
final class HallField {

    private HallField() {
    }

    static ComboBox<Hall> of(String label, List<Hall> halls) {
        ComboBox<Hall> field = new ComboBox<>(label, halls);
        field.setItemLabelGenerator(Hall::name);
        field.setId("servicehall-hall");
        field.setWidth("18em");
        if (!halls.isEmpty()) {
            field.setValue(halls.get(0));
        }
        return field;
    }
}
