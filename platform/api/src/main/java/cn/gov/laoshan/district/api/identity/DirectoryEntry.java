package cn.gov.laoshan.district.api.identity;

import java.util.Objects;

/**
 * A member of staff as the {@link UserDirectory} shows them. No personal data: no phone, no ID number, no e-mail.
 *
 * @param login          login name, what a plugin stores to refer to the person
 * @param displayName    the name to show (姓名)
 * @param departmentCode the department the person belongs to, or {@code null} if none is recorded
 * @param departmentName that department's official (Chinese) name, or {@code null}
 */
public record DirectoryEntry(String login, String displayName, String departmentCode, String departmentName) {

    public DirectoryEntry {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(displayName, "displayName");
    }

    /** {@code 姓名（部门）}, or just the name when no department is recorded: the label of a pick list. */
    public String label() {
        return departmentName == null || departmentName.isBlank() ? displayName : displayName + "（" + departmentName + "）";
    }
}
