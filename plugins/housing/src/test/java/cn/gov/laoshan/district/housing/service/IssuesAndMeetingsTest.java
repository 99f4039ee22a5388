package cn.gov.laoshan.district.housing.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.housing.domain.BlockingIssue;
import cn.gov.laoshan.district.housing.domain.IssueSeverity;
import cn.gov.laoshan.district.housing.domain.IssueStatus;
import cn.gov.laoshan.district.housing.domain.Meeting;
import cn.gov.laoshan.district.housing.domain.Project;

/** Blocking issues and dispatch meetings whose action items flow back into the issues. */
class IssuesAndMeetingsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private Fixture f;
    private Project project;

    @BeforeEach
    void setUp() {
        f = new Fixture(TODAY).all();
        project = f.projects.register(f.project("新能源汽车充电装备总部基地"));
    }

    private BlockingIssue raise(String title) {
        return f.issues.raise(new IssueService.NewIssue(project.id(), title, null, IssueSeverity.HIGH,
                "国网青岛市崂山区供电公司", null));
    }

    @Test
    void issuesAreValidatedAndGetTheDefaultDueDate() {
        RefusedException e = assertThrows(RefusedException.class, () -> f.issues.raise(new IssueService.NewIssue(
                project.id(), " ", null, IssueSeverity.HIGH, "区住建局", null)));
        assertEquals("housing.error.issue-title", e.messageKey());
        e = assertThrows(RefusedException.class, () -> f.issues.raise(new IssueService.NewIssue(project.id(), "用电",
                null, IssueSeverity.HIGH, "区住建局", TODAY.minusDays(1))));
        assertEquals("shell.date.before", e.messageKey());
        assertEquals("dueDate", e.field());
        assertEquals(TODAY, e.parameters()[0], "the message names the bound");
        e = assertThrows(RefusedException.class, () -> f.issues.raise(new IssueService.NewIssue(project.id(), "用电",
                null, IssueSeverity.HIGH, "区住建局", TODAY.plusYears(30))));
        assertEquals("shell.date.after", e.messageKey());
        BlockingIssue i = raise("施工临时用电容量不足");
        assertEquals(f.calendar.deadline(TODAY, 10), i.dueDate());
        assertEquals(IssueStatus.OPEN, i.status());
        f.hold(HousingPermissions.VIEW);
        assertThrows(AccessDeniedException.class, () -> raise("燃气管线迁改"));
        assertEquals(1, f.issues.count(IssueFilter.open(TODAY)));
    }

    @Test
    void actionItemsFlowBackIntoTheIssues() {
        BlockingIssue power = raise("施工临时用电容量不足");
        BlockingIssue gas = raise("燃气管线迁改方案未确定");
        LocalDate deadline = f.calendar.deadline(TODAY, 5);
        Meeting m = f.meetings.hold(new Meeting(0, TODAY, "重点项目推进调度会", "区政府第三会议室", "副区长", "区住建局、供电公司、燃气公司",
                "市政报装并联办理", List.of(project.id()), List.of(), List.of(
                        new Meeting.ActionItem(0, power.id(), null, "先行施工临时箱变", "国网青岛市崂山区供电公司", deadline, false),
                        new Meeting.ActionItem(0, gas.id(), null, "燃气公司会上确定迁改路由", "青岛能源燃气公司", deadline, true),
                        new Meeting.ActionItem(0, null, project.id(), "补充提交临时用电方案", "项目单位", deadline, false)),
                null));
        assertEquals(3, m.actions().size());
        BlockingIssue p = f.issues.find(power.id()).orElseThrow();
        assertEquals(IssueStatus.IN_PROGRESS, p.status());
        assertEquals("先行施工临时箱变", p.nextStep());
        assertEquals(deadline, p.dueDate());
        BlockingIssue g = f.issues.find(gas.id()).orElseThrow();
        assertEquals(IssueStatus.RESOLVED, g.status());
        assertEquals("燃气公司会上确定迁改路由", g.resolution());
        assertEquals(TODAY, g.resolvedOn());
        List<BlockingIssue> all = f.issues.ofProject(project.id());
        assertEquals(3, all.size());
        assertTrue(all.stream().anyMatch(i -> i.title().equals("补充提交临时用电方案") && i.ownerDepartment().equals("项目单位")
                && i.status() == IssueStatus.IN_PROGRESS));
        assertTrue(f.timeline.actions().contains("meeting-resolve") && f.timeline.actions().contains("meeting"));
        IssueService.Figures figures = f.issues.figures();
        assertEquals(2, figures.open());
        assertEquals(1, figures.resolved());
    }

    @Test
    void aBadMeetingChangesNothingAndNeedsThePermission() {
        BlockingIssue power = raise("施工临时用电容量不足");
        Meeting bad = new Meeting(0, TODAY, "调度会", null, "副区长", "区住建局", null, List.of(project.id()), List.of(),
                List.of(new Meeting.ActionItem(0, power.id(), null, "先行施工", "供电公司", TODAY.minusDays(3), false)), null);
        RefusedException e = assertThrows(RefusedException.class, () -> f.meetings.hold(bad));
        assertEquals("housing.error.action-deadline-before", e.messageKey());
        assertEquals("先行施工", e.parameters()[0]);
        assertEquals(TODAY, e.parameters()[1]);
        Meeting future = new Meeting(0, TODAY.plusDays(1), "调度会", null, "副区长", "区住建局", null,
                List.of(project.id()), List.of(), List.of(), null);
        e = assertThrows(RefusedException.class, () -> f.meetings.hold(future));
        assertEquals("heldOn", e.field());
        assertEquals("shell.date.after", e.messageKey());
        assertEquals(0, f.meetings.list(0, 10).size());
        assertEquals(IssueStatus.OPEN, f.issues.find(power.id()).orElseThrow().status());
        f.hold(HousingPermissions.VIEW, HousingPermissions.MANAGE);
        assertThrows(AccessDeniedException.class, () -> f.meetings.hold(new Meeting(0, TODAY, "调度会", null, "副区长",
                "区住建局", null, List.of(project.id()), List.of(), List.of(), null)));
        f.hold(HousingPermissions.VIEW, HousingPermissions.MEETINGS);
        Meeting held = f.meetings.hold(new Meeting(0, TODAY, "调度会", null, "副区长", "区住建局", null,
                List.of(project.id()), List.of(), List.of(new Meeting.ActionItem(0, power.id(), null, "先行施工",
                        "供电公司", TODAY.plusDays(3), false)), null));
        assertEquals(1, held.actions().size());
        assertEquals(IssueStatus.IN_PROGRESS, f.issues.find(power.id()).orElseThrow().status());
    }
}
