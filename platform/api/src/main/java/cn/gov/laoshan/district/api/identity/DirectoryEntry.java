package cn.gov.laoshan.district.api.identity;

import java.util.Locale;
import java.util.Objects;

/**
 * A member of staff as the {@link UserDirectory} shows them. No personal data: no phone, no ID number, no e-mail.
 *
 * @param login            login name, what a plugin stores to refer to the person
 * @param displayName      the name to show (姓名)
 * @param departmentCode   the department the person belongs to, or {@code null} if none is recorded
 * @param departmentName   that department's official (Chinese) name, or {@code null}
 * @param departmentNameEn its English name, or {@code null} (since 1.1.0)
 */
public record DirectoryEntry(String login, String displayName, String departmentCode, String departmentName,
        String departmentNameEn) {

    public DirectoryEntry {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(displayName, "displayName");
    }

    /** An entry without the department's English name (the 1.0 shape). */
    public DirectoryEntry(String login, String displayName, String departmentCode, String departmentName) {
        this(login, displayName, departmentCode, departmentName, null);
    }

    /** {@code 姓名（部门）}, or just the name when no department is recorded: the label of a pick list. */
    public String label() {
        return departmentName == null || departmentName.isBlank() ? displayName : displayName + "（" + departmentName + "）";
    }

    /**
     * The label in a UI language: in English {@code 张华 (Housing and Urban-Rural Development Bureau)} when the
     * department has an English name; otherwise {@link #label()}.
     *
     * @since 1.1.0
     */
    public String label(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english && departmentNameEn != null && !departmentNameEn.isBlank()
                ? displayName + " (" + departmentNameEn + ")" : label();
    }
}
