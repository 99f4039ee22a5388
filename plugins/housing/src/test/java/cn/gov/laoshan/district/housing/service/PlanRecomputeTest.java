package cn.gov.laoshan.district.housing.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.calendar.DayKind;
import cn.gov.laoshan.district.api.calendar.SpecialDay;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.housing.domain.Project;

/**
 * A plan made in December over 2027 before its holiday arrangement is entered is provisional (counted over weekends
 * only); entering the arrangement recounts its baseline past the holidays and says one plan moved.
 */
class PlanRecomputeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 14);

    private Fixture f;
    private long industrial;

    @BeforeEach
    void setUp() {
        f = new Fixture(TODAY).all();
        industrial = f.seededTemplate(DefaultTemplates.INDUSTRIAL);
    }

    @Test
    void enteringNextYearsArrangementRecountsTheProvisionalBaselines() {
        Project p = f.projects.register(f.project("崂山智能制造产业园二期厂房"));
        f.plans.createPlan(p.id(), industrial);
        Project planned = f.projects.find(p.id()).orElseThrow();
        LocalDate before = planned.baselineCompletion();
        assertTrue(before.getYear() >= 2027, "the plan reaches into 2027: " + before);
        assertTrue(f.plans.provisional(planned, before), "counted over weekends only");
        PlanRecompute recompute = new PlanRecompute(f.plans);
        assertEquals(0, recompute.recompute(Set.of(2027)), "nothing changed in the calendar yet");

        // the State Council's 2027 notice: New Year 1/1–1/3 and a whole week of Spring Festival on weekdays
        ((Fixture.RealCalendar) f.calendar).enter(2027, List.of(
                new SpecialDay(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "元旦", "New Year's Day"),
                new SpecialDay(LocalDate.of(2027, 2, 8), DayKind.HOLIDAY, "春节", "Spring Festival"),
                new SpecialDay(LocalDate.of(2027, 2, 9), DayKind.HOLIDAY, "春节", "Spring Festival"),
                new SpecialDay(LocalDate.of(2027, 2, 10), DayKind.HOLIDAY, "春节", "Spring Festival"),
                new SpecialDay(LocalDate.of(2027, 2, 11), DayKind.HOLIDAY, "春节", "Spring Festival"),
                new SpecialDay(LocalDate.of(2027, 2, 12), DayKind.HOLIDAY, "春节", "Spring Festival")));
        assertEquals(1, recompute.recompute(Set.of(2027)));
        Project recounted = f.projects.find(p.id()).orElseThrow();
        assertTrue(recounted.baselineCompletion().isAfter(before),
                before + " → " + recounted.baselineCompletion() + ": holidays push the plan later");
        assertFalse(f.plans.provisional(recounted, recounted.baselineCompletion()));
        assertTrue(f.timeline.actions().contains("baseline-recomputed"));
        assertEquals(0, recompute.recompute(Set.of(2027)), "counted again: nothing moves");
    }

    @Test
    void aStartDateYearsAgoIsRefusedAtItsField() {
        ProjectService.NewProject old = f.project("旧项目");
        RefusedException e = org.junit.jupiter.api.Assertions.assertThrows(RefusedException.class,
                () -> f.projects.register(new ProjectService.NewProject(old.name(), old.investorUscc(), old.kind(),
                        old.level(), old.amountWan(), old.location(), old.teamName(), old.leadLogin(), old.leadName(),
                        old.teamMembers(), LocalDate.of(2020, 3, 1))));
        assertEquals("startDate", e.field());
        assertEquals("shell.date.before", e.messageKey());
        assertEquals(TODAY.minusYears(2), e.parameters()[0]);
    }
}
