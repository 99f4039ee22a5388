package cn.gov.laoshan.district.housing.ui;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.identity.DirectoryEntry;
import cn.gov.laoshan.district.api.identity.UserDirectory;

/**
 * The task-force lead in a project form (registration and edit dialog alike): picked from the platform's staff
 * ({@link LeadPicker}, id {@code <prefix>-lead}) when the directory runs, otherwise typed as name and login (ids
 * {@code <prefix>-lead} and {@code <prefix>-lead-login}); either way the form saves a login and a name.
 */
final class LeadField {

    private final List<Component> components;
    private final Supplier<String> login;
    private final Supplier<String> name;

    private LeadField(List<Component> components, Supplier<String> login, Supplier<String> name) {
        this.components = components;
        this.login = login;
        this.name = name;
    }

    /**
     * @param directory the staff directory, or {@code null} when it is not running
     * @param leadLogin the stored lead's login, or null for a new project
     * @param leadName  the stored lead's name, or null
     */
    static LeadField of(Component owner, UserDirectory directory, String idPrefix, String leadLogin, String leadName) {
        if (directory != null) {
            ComboBox<DirectoryEntry> picker = LeadPicker.of(owner, directory, leadLogin, leadName);
            picker.setId(idPrefix + "-lead");
            return new LeadField(List.of(picker), () -> picker.getValue() == null ? "" : picker.getValue().login(),
                    () -> picker.getValue() == null ? "" : picker.getValue().displayName());
        }
        TextField name = new TextField(owner.getTranslation("housing.project.lead"));
        name.setId(idPrefix + "-lead");
        name.setValue(leadName == null ? "" : leadName);
        TextField login = new TextField(owner.getTranslation("housing.project.lead-login"));
        login.setId(idPrefix + "-lead-login");
        login.setValue(leadLogin == null ? "" : leadLogin);
        return new LeadField(List.of(name, login), login::getValue, name::getValue);
    }

    /** The form fields, in order. */
    List<Component> components() {
        return components;
    }

    String login() {
        return login.get();
    }

    String name() {
        return name.get();
    }
}
