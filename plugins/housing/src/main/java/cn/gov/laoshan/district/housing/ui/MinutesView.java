package cn.gov.laoshan.district.housing.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;

import cn.gov.laoshan.district.housing.domain.Meeting;
import cn.gov.laoshan.district.housing.service.MeetingService;

/**
 * The dispatch meeting's minutes (调度会会议纪要), ready to print (the shell's print styles hide the navigation):
 * when and where, who, the projects and issues on the agenda, the decisions and the assigned tasks with owner and
 * deadline.
 */
public class MinutesView extends Div implements BeforeEnterObserver {

    private final MeetingService meetings;

    public MinutesView(MeetingService meetings) {
        this.meetings = meetings;
        setId("housing-minutes");
        addClassName("district-document");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Meeting> found;
        try {
            found = event.getRouteParameters().get("id").map(Long::parseLong).flatMap(meetings::find);
        } catch (NumberFormatException e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(found.get());
    }

    private void render(Meeting m) {
        removeAll();
        Button print = new Button("打印 / Print", e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addClassName("no-print");
        H1 title = new H1("崂山区重点项目调度会会议纪要");
        Paragraph number = new Paragraph(m.title());
        number.addClassName("district-document-number");
        add(print, title, number);
        add(new Paragraph("时间：" + m.heldOn().format(Ui.CHINESE_DATE) + (m.place() == null ? "" : "　地点：" + m.place())));
        add(new Paragraph("主持：" + m.host()));
        add(new Paragraph("参会单位及人员：" + m.attendees()));
        StringBuilder agenda = new StringBuilder();
        m.projectIds().forEach(id -> meetings.project(id).ifPresent(p -> agenda.append(agenda.isEmpty() ? "" : "；")
                .append(p.name()).append("（").append(p.investorName()).append("）")));
        add(new Paragraph("会议议题：" + agenda));
        if (m.decisions() != null) {
            add(new Paragraph("会议议定事项：" + m.decisions()));
        }
        add(new Paragraph("交办事项："));
        int n = 1;
        for (Meeting.ActionItem a : m.actions()) {
            String issue = a.issueId() == null ? "" : meetings.issue(a.issueId()).map(i -> "【" + i.projectName() + "·"
                    + i.title() + "】").orElse("");
            Paragraph line = new Paragraph(n++ + ". " + issue + a.description() + "。责任单位：" + a.owner() + "；完成时限："
                    + a.deadline().format(Ui.CHINESE_DATE) + (a.resolves() ? "（已协调解决）" : "") + "。");
            line.addClassName("minutes-action");
            add(line);
        }
        Div signatures = new Div(new Paragraph("崂山区重大项目服务金牌团队"),
                new Paragraph(m.heldOn().format(Ui.CHINESE_DATE)));
        signatures.addClassName("district-signatures");
        add(signatures);
    }
}
