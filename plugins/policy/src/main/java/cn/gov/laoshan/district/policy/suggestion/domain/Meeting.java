package cn.gov.laoshan.district.policy.suggestion.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A joint meeting that handled a suggestion or a group: who sat at the table, the minutes and what each department
 * undertook to do by when.
 */
public record Meeting(long id, MeetingKind kind, LocalDate heldOn, String departments, String minutes,
        List<ActionItem> actions) {

    /** One undertaking of the meeting. */
    public record ActionItem(String text, String departmentCode, LocalDate dueOn) {
    }
}
