package cn.gov.laoshan.district.servicehall.experience.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;

/** The finding chain's deadlines on the 2026 calendar, the term of an officer and what a questionnaire accepts. */
class FindingChainRulesTest {

    private final FindingDeadlines deadlines = new FindingDeadlines(OfficialSchedules.calendar());

    @Test
    void theFixIsDueTenWorkingDaysAfterTheAssignmentOverTheAutumnHolidays() {
        // Thu 9-24: 中秋 (9-25..27) and 国庆 (10-1..7) are not counted, the 调休 Saturday 10-10 is
        assertEquals(LocalDate.of(2026, 10, 15), deadlines.fixDue(LocalDate.of(2026, 9, 24)));
        // an ordinary fortnight in November
        assertEquals(LocalDate.of(2026, 11, 16), deadlines.fixDue(LocalDate.of(2026, 11, 2)));
    }

    @Test
    void theRecheckIsDueFiveWorkingDaysAfterTheFix() {
        assertEquals(LocalDate.of(2026, 10, 13), deadlines.recheckDue(LocalDate.of(2026, 9, 30)));
        // Friday before the Spring Festival (2-15..23 off, 2-14 and 2-28 worked)
        assertEquals(LocalDate.of(2026, 2, 27), deadlines.recheckDue(LocalDate.of(2026, 2, 13)));
    }

    @Test
    void aStepIsOverdueOnlyPastItsOwnDeadline() {
        Finding assigned = finding(FindingState.ASSIGNED, LocalDate.of(2026, 10, 15), null);
        assertFalse(assigned.overdue(LocalDate.of(2026, 10, 15)), "the last day is still in time");
        assertTrue(assigned.overdue(LocalDate.of(2026, 10, 16)));
        Finding fixed = finding(FindingState.FIXED, LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 20));
        assertFalse(fixed.overdue(LocalDate.of(2026, 10, 19)), "fixed: the fix deadline no longer counts");
        assertTrue(fixed.overdue(LocalDate.of(2026, 10, 21)));
        assertFalse(finding(FindingState.CLOSED, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2))
                .overdue(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void anOfficerServesOneYearFromTheApproval() {
        LocalDate approved = LocalDate.of(2026, 3, 1);
        assertEquals(LocalDate.of(2027, 2, 28), Officer.termEnd(approved));
        Officer officer = new Officer("tiyan-wangfang", "王芳", OfficerCategory.NPC_DEPUTY, null, null,
                OfficerState.ACTIVE, approved, Officer.termEnd(approved));
        assertTrue(officer.serving(LocalDate.of(2027, 2, 28)));
        assertFalse(officer.serving(LocalDate.of(2027, 3, 1)));
        assertFalse(officer.serving(LocalDate.of(2026, 2, 28)));
        assertFalse(new Officer("x", "x", OfficerCategory.RESIDENT, null, null, OfficerState.APPLIED, null, null)
                .serving(approved));
    }

    @Test
    void everyQuestionIsAnsweredInItsKind() {
        Question score = new Question(1, QuestionKind.SCORE, "评分", "Score", List.of());
        Question choice = new Question(2, QuestionKind.CHOICE, "几次", "Visits", List.of("一次", "两次"));
        Question text = new Question(3, QuestionKind.TEXT, "建议", "Suggestions", List.of());
        assertEquals(Optional.empty(), score.problem("4"));
        assertEquals(Optional.of("servicehall.experience.error.answer-score"), score.problem("6"));
        assertEquals(Optional.of("servicehall.experience.error.answer-score"), score.problem("很好"));
        assertEquals(Optional.empty(), choice.problem("两次"));
        assertEquals(Optional.of("servicehall.experience.error.answer-choice"), choice.problem("三次"));
        assertEquals(Optional.of("servicehall.experience.error.answer-missing"), text.problem("  "));
        assertEquals(Optional.of("servicehall.experience.error.answer-too-long"), text.problem("长".repeat(2001)));
        assertEquals(Optional.empty(), text.problem("窗口引导清楚"));
    }

    private static Finding finding(FindingState state, LocalDate fixDue, LocalDate recheckDue) {
        return new Finding(1, 1, "tiyan-wangfang", "王芳", "CRJ-002", "等候太久", null, state, Instant.now(), null,
                "market", fixDue, null, null, recheckDue, null, 0, null, null);
    }
}
