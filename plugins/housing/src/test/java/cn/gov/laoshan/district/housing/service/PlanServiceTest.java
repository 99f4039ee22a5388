package cn.gov.laoshan.district.housing.service;

import static cn.gov.laoshan.district.housing.service.Fixture.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.housing.domain.PlanItemRecord;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.domain.ProjectStatus;

/** Tailored plans: baseline, tailoring, cycles refused, actuals, re-baselining, permissions, milestones and reminders. */
class PlanServiceTest {

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
        return f.planned("崂山智能制造产业园一期厂房", industrial);
    }

    @Test
    void aPlanFromTheMenuStoresItsBaseline() {
        Project p = planned();
        PlanView plan = f.plans.plan(p.id()).orElseThrow();
        assertEquals(22, plan.items().size());
        assertNotNull(plan.project().baselineCompletion());
        assertEquals(plan.forecast().completion(), plan.project().baselineCompletion());
        assertEquals(0, plan.daysSaved());
        assertEquals(ProjectStatus.UNDER_WAY, plan.project().status());
        assertTrue(plan.items().stream().allMatch(i -> i.baselineFinish() != null));
        assertTrue(plan.forecast().criticalPath().contains("G00"), plan.forecast().criticalPath().toString());
        assertEquals("housing.error.plan-exists", refused(() -> f.plans.createPlan(p.id(), industrial)).messageKey());
    }

    @Test
    void aCyclicEditIsRefusedNamingTheCycleAndNothingIsSaved() {
        Project p = planned();
        RefusedException e = refused(() -> f.plans.relink(p.id(), "A01", Set.of("H03")));
        assertEquals("housing.error.cycle", e.messageKey());
        String cycle = (String) e.parameters()[0];
        assertTrue(cycle.contains("A01 项目公司设立登记") && cycle.contains("H03 特种设备使用登记") && cycle.contains(" → "),
                cycle);
        assertTrue(f.plans.plan(p.id()).orElseThrow().item("A01").prerequisites().isEmpty());
        assertFalse(f.timeline.actions().contains("tailor-link"));
        assertEquals("housing.error.unknown-prerequisite",
                refused(() -> f.plans.relink(p.id(), "B01", Set.of("Z99"))).messageKey());
    }

    @Test
    void shorteningACriticalItemMovesTheForecastByExactlyThatMuch() {
        Project p = planned();
        LocalDate before = f.plans.plan(p.id()).orElseThrow().forecast().completion();
        PlanView after = f.plans.changeDuration(p.id(), "G00", 170);
        assertEquals(10, f.calendar.workingDaysBetween(after.forecast().completion(), before));
        assertEquals(10, after.daysSaved());
        assertEquals(before, after.project().baselineCompletion(), "the baseline stays until re-baselined");
        assertEquals("housing.error.duration", refused(() -> f.plans.changeDuration(p.id(), "G00", -1)).messageKey());
    }

    @Test
    void droppingAnItemRelinksItsSuccessors() {
        Project p = planned();
        PlanView after = f.plans.removeItem(p.id(), "D02");
        assertEquals(21, after.items().size());
        PlanItemRecord permit = after.item("F01");
        assertEquals(Set.of("C04", "D01", "B02", "B03"), permit.prerequisites());
        assertTrue(f.timeline.actions().contains("tailor-drop"));
    }

    @Test
    void simulatedApprovalIsOnlyWhereTheMenuAllowsItAndGainsDays() {
        Project p = planned();
        assertEquals("housing.error.simulation-not-allowed",
                refused(() -> f.plans.simulate(p.id(), "A01", true)).messageKey());
        f.plans.simulate(p.id(), "C04", true);
        PlanView after = f.plans.simulate(p.id(), "D01", true);
        assertTrue(after.forecast().simulatedApprovalGainDays() > 0, "gain " + after.forecast().simulatedApprovalGainDays());
        assertEquals(after.forecast().simulatedApprovalGainDays(), after.daysSaved());
    }

    @Test
    void actualsMoveTheForecastAndAreChecked() {
        Project p = planned();
        RefusedException future = refused(() -> f.plans.recordFinish(p.id(), "A01", TODAY.plusDays(1)));
        assertEquals("shell.date.after", future.messageKey());
        assertEquals("actualFinish", future.field());
        RefusedException beforeStart = refused(() -> f.plans.recordStart(p.id(), "A01", p.startDate().minusDays(1)));
        assertEquals("shell.date.before", beforeStart.messageKey());
        assertEquals(p.startDate(), beforeStart.parameters()[0]);
        assertEquals("housing.error.prerequisite-open",
                refused(() -> f.plans.recordFinish(p.id(), "B01", TODAY)).messageKey());
        // A01 takes 3 working days by the menu; finished on its first day, the whole chain moves 2 days earlier
        PlanView after = f.plans.recordFinish(p.id(), "A01", TODAY);
        assertEquals(2, after.daysSaved());
        assertTrue(after.item("A01").finished());
        assertTrue(f.timeline.actions().contains("stage-complete"), "主体登记 has one item: the stage is complete");
    }

    @Test
    void onlyManagersTailorAndRebaseliningNeedsAReason() {
        Project p = planned();
        f.hold(HousingPermissions.VIEW);
        assertThrows(AccessDeniedException.class, () -> f.plans.changeDuration(p.id(), "G00", 170));
        assertTrue(f.plans.plan(p.id()).isPresent());
        f.all();
        f.plans.changeDuration(p.id(), "G00", 200);
        assertEquals("housing.error.reason-required", refused(() -> f.plans.rebaseline(p.id(), " ")).messageKey());
        PlanView rebased = f.plans.rebaseline(p.id(), "区政府调度会同意调整工期");
        assertEquals(rebased.forecast().completion(), rebased.project().baselineCompletion());
        assertEquals(0, rebased.daysSaved());
        assertTrue(f.timeline.actions().contains("rebaseline"));
    }

    @Test
    void milestonesArePublishedAndItemOwnersReminded() {
        Project p = planned();
        assertEquals(22, f.reminders.size(), "one reminder per unfinished item");
        assertEquals(cn.gov.laoshan.district.api.notify.Recipient.user("zhanghua"), f.reminders.get("project-" + p.id() + "/item-G00-due"));
        f.plans.recordFinish(p.id(), "A01", TODAY);
        assertFalse(f.reminders.containsKey("project-" + p.id() + "/item-A01-due"), "a finished item's reminder is cancelled");
        assertEquals(java.util.List.of("district/housing/PROJECT_REGISTERED", "district/housing/PLAN_CREATED",
                "district/housing/STAGE_COMPLETED"), f.events.stream().map(e -> e.getTopic()).toList());
        assertEquals("REGISTRATION", f.events.get(2).getProperty("stage"));
        // the platform's record event properties, beside housing's own
        assertEquals(p.code(), f.events.get(0).getProperty(cn.gov.laoshan.district.api.workflow.RecordEvents.RECORD_ID));
        assertEquals("zhanghua", f.events.get(0).getProperty(cn.gov.laoshan.district.api.workflow.RecordEvents.ACTOR));
        assertEquals("housing", f.events.get(0).getProperty(cn.gov.laoshan.district.api.workflow.RecordEvents.DEPARTMENT));
        assertEquals(p.code(), f.events.get(2).getProperty("projectCode"));
        f.plans.rebaseline(p.id(), "调度会同意");
        assertEquals("district/housing/PLAN_REBASELINED", f.events.get(3).getTopic());
    }
}
