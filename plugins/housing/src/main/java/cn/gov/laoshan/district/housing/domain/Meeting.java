package cn.gov.laoshan.district.housing.domain;

import java.time.LocalDate;
import java.util.List;

/** A dispatch meeting (调度会): who met, which projects and issues were on the agenda, what was decided. */
public record Meeting(long id, LocalDate heldOn, String title, String place, String host, String attendees,
        String decisions, List<Long> projectIds, List<Long> issueIds, List<ActionItem> actions, String recordedBy) {

    public Meeting {
        projectIds = List.copyOf(projectIds);
        issueIds = List.copyOf(issueIds);
        actions = List.copyOf(actions);
    }

    /**
     * An action item of the meeting: owner and deadline; it flows back into its issue (next step, due date) or,
     * without an issue, opens one on its project. {@code resolves} closes the issue with the text as resolution.
     */
    public record ActionItem(long id, Long issueId, Long projectId, String description, String owner,
            LocalDate deadline, boolean resolves) {
    }
}
