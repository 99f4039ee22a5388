package cn.gov.laoshan.district.housing.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Paragraph;

import cn.gov.laoshan.district.housing.domain.Meeting;
import cn.gov.laoshan.district.housing.service.MeetingService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.PrintableDocument;

/**
 * The dispatch meeting's minutes (调度会会议纪要), a {@link PrintableDocument} (the shell's print styles hide the navigation):
 * when and where, who, the projects and issues on the agenda, the decisions and the assigned tasks with owner and
 * deadline.
 */
public class MinutesView extends PrintableDocument<Meeting> {

    private final MeetingService meetings;

    public MinutesView(MeetingService meetings) {
        super("housing-minutes");
        this.meetings = meetings;
    }

    @Override
    protected Optional<Meeting> find(long id) {
        return meetings.find(id);
    }

    @Override
    protected void render(Meeting m) {
        add(printButton());
        heading("崂山区重点项目调度会会议纪要", m.title());
        line("时间：" + Dates.chineseDate(m.heldOn()) + (m.place() == null ? "" : "　地点：" + m.place()));
        line("主持：" + m.host());
        line("参会单位及人员：" + m.attendees());
        StringBuilder agenda = new StringBuilder();
        m.projectIds().forEach(id -> meetings.project(id).ifPresent(p -> agenda.append(agenda.isEmpty() ? "" : "；")
                .append(p.name()).append("（").append(p.investorName()).append("）")));
        line("会议议题：" + agenda);
        if (m.decisions() != null) {
            line("会议议定事项：" + m.decisions());
        }
        line("交办事项：");
        int n = 1;
        for (Meeting.ActionItem a : m.actions()) {
            String issue = a.issueId() == null ? "" : meetings.issue(a.issueId()).map(i -> "【" + i.projectName() + "·"
                    + i.title() + "】").orElse("");
            Paragraph line = line(n++ + ". " + issue + a.description() + "。责任单位：" + a.owner() + "；完成时限："
                    + Dates.chineseDate(a.deadline()) + (a.resolves() ? "（已协调解决）" : "") + "。");
            line.addClassName("minutes-action");
        }
        signatures("崂山区重大项目服务金牌团队", Dates.chineseDate(m.heldOn()));
    }
}
