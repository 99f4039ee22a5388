package cn.gov.laoshan.district.housing.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import cn.gov.laoshan.district.housing.domain.Meeting;
import cn.gov.laoshan.district.housing.service.HousingAttachments;
import cn.gov.laoshan.district.housing.service.MeetingService;
import cn.gov.laoshan.district.uikit.AttachmentsPanel;
import cn.gov.laoshan.district.uikit.BackLink;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.RecordPage;

/**
 * One dispatch meeting: agenda, decisions, action items (with where they went), the printable minutes and its files.
 */
public class MeetingView extends RecordPage<Meeting> {

    private final MeetingService meetings;
    private final HousingAttachments files;

    public MeetingView(MeetingService meetings, HousingAttachments files) {
        super("housing-meeting", meetings::find);
        this.meetings = meetings;
        this.files = files;
    }

    @Override
    protected void fill(Meeting m) {
        H2 title = new H2(m.title());
        title.setId("meeting-heading");
        add(BackLink.to("housing/meetings", getTranslation("housing.back.meetings")), title, new Paragraph(Dates.date(m.heldOn(), getLocale())
                + (m.place() == null ? "" : " · " + m.place()) + " · "
                + getTranslation("housing.meeting.host") + " " + m.host()),
                new Paragraph(getTranslation("housing.meeting.attendees") + getTranslation("housing.punct.colon")
                        + m.attendees()));
        Anchor minutes = new Anchor("housing/meetings/" + m.id() + "/minutes", getTranslation("housing.meeting.minutes"));
        minutes.setTarget("_blank");
        minutes.setId("meeting-minutes");
        add(minutes);
        add(new H3(getTranslation("housing.meeting.projects")));
        UnorderedList projects = new UnorderedList();
        m.projectIds().forEach(id -> meetings.project(id).ifPresent(p -> projects.add(new ListItem(p.name()))));
        add(projects);
        if (m.decisions() != null) {
            add(new H3(getTranslation("housing.meeting.decisions")), new Paragraph(m.decisions()));
        }
        add(new H3(getTranslation("housing.meeting.actions")));
        UnorderedList actions = new UnorderedList();
        actions.setId("meeting-action-list");
        for (Meeting.ActionItem a : m.actions()) {
            String issue = a.issueId() == null ? "" : meetings.issue(a.issueId()).map(i -> i.title() + getTranslation("housing.punct.colon")).orElse("");
            actions.add(new ListItem(issue + a.description() + " · " + a.owner() + " · "
                    + Dates.date(a.deadline(), getLocale())
                    + (a.resolves() ? " · " + getTranslation("housing.action-item.resolved") : "")));
        }
        add(actions);
        // the meeting's files (minutes as signed, presentations): read with the meeting, added by who runs meetings
        AttachmentsPanel attachments = new AttachmentsPanel(files.attachments(), files,
                HousingAttachments.meeting(m.id()), () -> meetings.find(m.id()).ifPresent(this::show));
        attachments.setId("meeting-attachments");
        add(attachments);
    }
}
