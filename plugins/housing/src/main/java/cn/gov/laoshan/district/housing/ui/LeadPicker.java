package cn.gov.laoshan.district.housing.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;

import cn.gov.laoshan.district.api.identity.DirectoryEntry;
import cn.gov.laoshan.district.api.identity.UserDirectory;

/**
 * The task-force lead picked from the platform's staff ({@link UserDirectory}): a combo box filtered as one types,
 * showing 姓名（部门） (in English: name (Department)). A lead stored earlier who is no longer in the directory (disabled, or a login typed before
 * the directory existed) is kept as the value, shown by the stored name, so saving loses nothing.
 */
final class LeadPicker {

    private LeadPicker() {
    }

    static ComboBox<DirectoryEntry> of(Component owner, UserDirectory directory, String leadLogin, String leadName) {
        ComboBox<DirectoryEntry> lead = new ComboBox<>(owner.getTranslation("housing.project.lead"));
        lead.setPlaceholder(owner.getTranslation("housing.project.lead-hint"));
        lead.setHelperText(owner.getTranslation("housing.project.lead-help"));
        Locale locale = UI.getCurrent() == null ? null : UI.getCurrent().getLocale();
        lead.setItemLabelGenerator(entry -> entry.label(locale));
        lead.setPageSize(UserDirectory.MAX_LIMIT);
        lead.setClearButtonVisible(true);
        lead.setItems(query -> page(directory, query.getFilter().orElse(""), query.getOffset(), query.getLimit()));
        Optional<DirectoryEntry> found = leadLogin == null || leadLogin.isBlank() ? Optional.empty()
                : directory.find(leadLogin.trim());
        DirectoryEntry value = found.orElseGet(() -> stored(leadLogin, leadName));
        if (value != null) {
            lead.setValue(value);
            if (found.isEmpty()) {
                lead.setHelperText(owner.getTranslation("housing.project.lead-not-in-directory"));
            }
        }
        return lead;
    }

    /** One page of the lazy list: the directory answers at most {@link UserDirectory#MAX_LIMIT}, all in the first. */
    static Stream<DirectoryEntry> page(UserDirectory directory, String filter, int offset, int limit) {
        if (offset >= UserDirectory.MAX_LIMIT || limit <= 0) {
            return Stream.empty();
        }
        int wanted = Math.min(UserDirectory.MAX_LIMIT, offset + limit);
        return directory.search(filter.trim(), wanted).stream().skip(offset).limit(limit);
    }

    /**
     * A stored lead who is not in the directory, as an entry made of what is stored (the name, or the login when no
     * name was stored), so that saving keeps both; {@code null} when no lead is stored.
     */
    static DirectoryEntry stored(String leadLogin, String leadName) {
        String login = leadLogin == null ? "" : leadLogin.trim();
        String name = leadName == null ? "" : leadName.trim();
        if (login.isEmpty() && name.isEmpty()) {
            return null;
        }
        return new DirectoryEntry(login, name.isEmpty() ? login : name, null, null);
    }
}
