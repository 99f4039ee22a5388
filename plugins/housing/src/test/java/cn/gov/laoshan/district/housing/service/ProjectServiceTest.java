package cn.gov.laoshan.district.housing.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.housing.domain.PlanItemRecord;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.domain.ProjectStatus;
import cn.gov.laoshan.district.housing.service.ProjectService.PlanView;

/** Projects and their tailored plans: validation, permissions, baseline, tailoring, cycles refused, actuals. */
class ProjectServiceTest {

    /** A Monday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private Fixture f;
    private long industrial;

    @BeforeEach
    void setUp() {
        f = new Fixture(TODAY).all();
        industrial = f.seededTemplate(DefaultTemplates.INDUSTRIAL);
    }

    private Project planned() {
        Project p = f.projects.register(f.project("崂山智能制造产业园一期厂房"));
        f.projects.createPlan(p.id(), industrial);
        return p;
    }

    private static HousingException refused(Runnable step) {
        return assertThrows(HousingException.class, step::run);
    }

    @Test
    void aHolderOfTheHousingPermissionsInAnotherDepartmentSeesAndChangesNothingOfHousing() {
        Project p = planned();
        long menu = f.templates.list().get(0).id();
        IssueService.NewIssue issue = new IssueService.NewIssue(p.id(), "用地指标未落实", null,
                cn.gov.laoshan.district.housing.domain.IssueSeverity.HIGH, "区自然资源局", null);
        long issueId = f.issues.raise(issue).id();
        // the market bureau's officer holding every housing permission, scoped to the market bureau
        f.access.ofDepartment("market").within("market", "market-shazikou");
        assertTrue(f.projects.find(p.id()).isEmpty(), "a housing project is not found");
        assertEquals(0, f.projects.count(cn.gov.laoshan.district.housing.service.ProjectFilter.all()));
        assertEquals("housing.error.no-such-project", refused(() -> f.projects.plan(p.id())).messageKey());
        assertTrue(f.issues.find(issueId).isEmpty());
        assertEquals(0, f.issues.figures().open());
        assertTrue(f.templates.list().isEmpty(), "housing's menus are not his");
        assertEquals("housing.error.no-such-project", refused(() -> f.projects.changeDuration(p.id(), "A01", 3))
                .messageKey());
        assertEquals("housing.error.no-such-issue", refused(() -> f.issues.resolve(issueId, "已解决")).messageKey());
        assertEquals("housing.error.no-such-template", refused(() -> f.templates.setActive(menu, false))
                .messageKey());
        // what he registers is his department's, not housing's
        Project his = f.projects.register(f.project("市场监管局的项目"));
        f.access.ofDepartment("housing").within("housing");
        assertTrue(f.projects.find(his.id()).isEmpty());
        assertTrue(f.projects.find(p.id()).isPresent());
        assertEquals(1, f.issues.figures().open());
        assertTrue(f.templates.find(menu).orElseThrow().active(), "nothing changed");
    }

    @Test
    void registrationIsValidatedAndNeedsTheManagePermission() {
        assertEquals("housing.error.name-required", refused(() -> f.projects.register(
                new ProjectService.NewProject(" ", Fixture.USCC, null, null, null, null, null, null, null, null, TODAY)))
                .messageKey());
        ProjectService.NewProject good = f.project("海洋生物医药研发中试基地");
        String otherCode = cn.gov.laoshan.district.api.enterprise.Uscc.withCheck("91370212MA3C4XK3Q").toString();
        assertEquals("housing.error.uscc-unknown", refused(() -> f.projects.register(new ProjectService.NewProject(
                good.name(), otherCode, good.kind(), good.level(), good.amountWan(), good.location(), null, null, null,
                null, TODAY))).messageKey());
        assertEquals("housing.error.uscc-invalid", refused(() -> f.projects.register(new ProjectService.NewProject(
                good.name(), "123", good.kind(), good.level(), good.amountWan(), good.location(), null, null, null,
                null, TODAY))).messageKey());
        assertEquals("housing.error.amount", refused(() -> f.projects.register(new ProjectService.NewProject(
                good.name(), Fixture.USCC, good.kind(), good.level(), new BigDecimal("-1"), good.location(), null,
                null, null, null, TODAY))).messageKey());
        assertEquals(0, f.repository.projects().count(ProjectFilter.all()));

        f.hold(HousingPermissions.VIEW);
        assertThrows(AccessDeniedException.class, () -> f.projects.register(good));
        f.all();
        Project p = f.projects.register(good);
        assertEquals("崂住项〔2026〕001号", p.code());
        assertEquals("青岛海澜智联科技有限公司", p.investorName());
        assertEquals(ProjectStatus.PREPARING, p.status());
        assertTrue(f.timeline.actions().contains("register"));
    }

    @Test
    void aPlanFromTheMenuStoresItsBaseline() {
        Project p = planned();
        PlanView plan = f.projects.plan(p.id()).orElseThrow();
        assertEquals(22, plan.items().size());
        assertNotNull(plan.project().baselineCompletion());
        assertEquals(plan.forecast().completion(), plan.project().baselineCompletion());
        assertEquals(0, plan.daysSaved());
        assertEquals(ProjectStatus.UNDER_WAY, plan.project().status());
        assertTrue(plan.items().stream().allMatch(i -> i.baselineFinish() != null));
        assertTrue(plan.forecast().criticalPath().contains("G00"), plan.forecast().criticalPath().toString());
        assertEquals("housing.error.plan-exists", refused(() -> f.projects.createPlan(p.id(), industrial)).messageKey());
    }

    @Test
    void aCyclicEditIsRefusedNamingTheCycleAndNothingIsSaved() {
        Project p = planned();
        HousingException e = refused(() -> f.projects.relink(p.id(), "A01", Set.of("H03")));
        assertEquals("housing.error.cycle", e.messageKey());
        String cycle = (String) e.parameters()[0];
        assertTrue(cycle.contains("A01 项目公司设立登记") && cycle.contains("H03 特种设备使用登记") && cycle.contains(" → "),
                cycle);
        assertTrue(f.projects.plan(p.id()).orElseThrow().item("A01").prerequisites().isEmpty());
        assertFalse(f.timeline.actions().contains("tailor-link"));
        assertEquals("housing.error.unknown-prerequisite",
                refused(() -> f.projects.relink(p.id(), "B01", Set.of("Z99"))).messageKey());
    }

    @Test
    void shorteningACriticalItemMovesTheForecastByExactlyThatMuch() {
        Project p = planned();
        LocalDate before = f.projects.plan(p.id()).orElseThrow().forecast().completion();
        PlanView after = f.projects.changeDuration(p.id(), "G00", 170);
        assertEquals(10, f.calendar.workingDaysBetween(after.forecast().completion(), before));
        assertEquals(10, after.daysSaved());
        assertEquals(before, after.project().baselineCompletion(), "the baseline stays until re-baselined");
        assertEquals("housing.error.duration", refused(() -> f.projects.changeDuration(p.id(), "G00", -1)).messageKey());
    }

    @Test
    void droppingAnItemRelinksItsSuccessors() {
        Project p = planned();
        PlanView after = f.projects.removeItem(p.id(), "D02");
        assertEquals(21, after.items().size());
        PlanItemRecord permit = after.item("F01");
        assertEquals(Set.of("C04", "D01", "B02", "B03"), permit.prerequisites());
        assertTrue(f.timeline.actions().contains("tailor-drop"));
    }

    @Test
    void simulatedApprovalIsOnlyWhereTheMenuAllowsItAndGainsDays() {
        Project p = planned();
        assertEquals("housing.error.simulation-not-allowed",
                refused(() -> f.projects.simulate(p.id(), "A01", true)).messageKey());
        f.projects.simulate(p.id(), "C04", true);
        PlanView after = f.projects.simulate(p.id(), "D01", true);
        assertTrue(after.forecast().simulatedApprovalGainDays() > 0, "gain " + after.forecast().simulatedApprovalGainDays());
        assertEquals(after.forecast().simulatedApprovalGainDays(), after.daysSaved());
    }

    @Test
    void actualsMoveTheForecastAndAreChecked() {
        Project p = planned();
        HousingException future = refused(() -> f.projects.recordFinish(p.id(), "A01", TODAY.plusDays(1)));
        assertEquals("shell.date.after", future.messageKey());
        assertEquals("actualFinish", future.field());
        HousingException beforeStart = refused(() -> f.projects.recordStart(p.id(), "A01", p.startDate().minusDays(1)));
        assertEquals("shell.date.before", beforeStart.messageKey());
        assertEquals(p.startDate(), beforeStart.parameters()[0]);
        assertEquals("housing.error.prerequisite-open",
                refused(() -> f.projects.recordFinish(p.id(), "B01", TODAY)).messageKey());
        // A01 takes 3 working days by the menu; finished on its first day, the whole chain moves 2 days earlier
        PlanView after = f.projects.recordFinish(p.id(), "A01", TODAY);
        assertEquals(2, after.daysSaved());
        assertTrue(after.item("A01").finished());
        assertTrue(f.timeline.actions().contains("stage-complete"), "主体登记 has one item: the stage is complete");
    }

    @Test
    void onlyManagersTailorAndRebaseliningNeedsAReason() {
        Project p = planned();
        f.hold(HousingPermissions.VIEW);
        assertThrows(AccessDeniedException.class, () -> f.projects.changeDuration(p.id(), "G00", 170));
        assertTrue(f.projects.plan(p.id()).isPresent());
        f.all();
        f.projects.changeDuration(p.id(), "G00", 200);
        assertEquals("housing.error.reason-required", refused(() -> f.projects.rebaseline(p.id(), " ")).messageKey());
        PlanView rebased = f.projects.rebaseline(p.id(), "区政府调度会同意调整工期");
        assertEquals(rebased.forecast().completion(), rebased.project().baselineCompletion());
        assertEquals(0, rebased.daysSaved());
        assertTrue(f.timeline.actions().contains("rebaseline"));
    }

    @Test
    void milestonesArePublishedAndItemOwnersReminded() {
        Project p = planned();
        assertEquals(22, f.reminders.size(), "one reminder per unfinished item");
        assertEquals(cn.gov.laoshan.district.api.notify.Recipient.user("zhanghua"), f.reminders.get("item-" + p.id() + "-G00"));
        f.projects.recordFinish(p.id(), "A01", TODAY);
        assertFalse(f.reminders.containsKey("item-" + p.id() + "-A01"), "a finished item's reminder is cancelled");
        assertEquals(java.util.List.of("district/housing/PROJECT_REGISTERED", "district/housing/PLAN_CREATED",
                "district/housing/STAGE_COMPLETED"), f.events.stream().map(e -> e.getTopic()).toList());
        assertEquals("REGISTRATION", f.events.get(2).getProperty("stage"));
        f.projects.rebaseline(p.id(), "调度会同意");
        assertEquals("district/housing/PLAN_REBASELINED", f.events.get(3).getTopic());
    }

    @Test
    void figuresCountProjectsByStage() {
        planned();
        f.projects.register(f.project("电子信息产业园二期"));
        ProjectService.Figures figures = f.projects.figures();
        assertEquals(2, figures.projects());
        assertEquals(1, figures.withoutPlan());
        assertEquals(1, figures.byStage().get(cn.gov.laoshan.district.housing.domain.Stage.REGISTRATION));
    }
}
