package cn.gov.laoshan.district.housing.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Known answers worked out by hand on a plain Monday-to-Friday calendar in March 2026 (no holiday in that month):
 *
 * <pre>
 *      March 2026
 * Mo Tu We Th Fr Sa Su
 *                    1
 *  2  3  4  5  6  7  8
 *  9 10 11 12 13 14 15
 * 16 17 18 19 20 21 22
 * 23 24 25 26 27 28 29
 * </pre>
 */
class PlanSchedulerTest {

    private final WeekdayCalendar calendar = new WeekdayCalendar();
    private final PlanScheduler scheduler = new PlanScheduler(calendar);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static PlanItem item(String key, int days, String... prerequisites) {
        return PlanItem.of(key, days, prerequisites);
    }

    private static void assertItem(Schedule s, String key, String start, String finish, int slack) {
        ItemSchedule i = s.item(key);
        assertEquals(d(start), i.start(), key + " start");
        assertEquals(d(finish), i.finish(), key + " finish");
        assertEquals(slack, i.slackDays(), key + " slack");
        assertEquals(slack <= 0, i.critical(), key + " critical");
    }

    // ---- serial chains

    @Test
    void serialChainAcrossAWeekend() throws Exception {
        // A(3): Thu 5, Fri 6, Mon 9 -> B(2): Tue 10, Wed 11 -> C(1): Thu 12
        Schedule s = scheduler.baseline(List.of(item("A", 3), item("B", 2, "A"), item("C", 1, "B")), d("2026-03-05"));
        assertItem(s, "A", "2026-03-05", "2026-03-09", 0);
        assertItem(s, "B", "2026-03-10", "2026-03-11", 0);
        assertItem(s, "C", "2026-03-12", "2026-03-12", 0);
        assertEquals(d("2026-03-05"), s.start());
        assertEquals(d("2026-03-12"), s.completion());
        assertEquals(6, s.totalWorkingDays()); // 5, 6, 9, 10, 11, 12
        assertEquals(List.of("A", "B", "C"), s.criticalPath());
        assertEquals(d("2026-03-09"), s.item("A").latestFinish());
        assertEquals(d("2026-03-10"), s.item("B").latestStart());
        assertEquals(s.completion(), s.completionWithoutSimulatedApproval());
        assertEquals(0, s.simulatedApprovalGainDays());
    }

    @Test
    void aProjectStartOnARestDayMovesToTheNextWorkingDay() throws Exception {
        // Saturday 7 -> Monday 9; A(1) on Mon 9, B(1) on Tue 10
        Schedule s = scheduler.baseline(List.of(item("A", 1), item("B", 1, "A")), d("2026-03-07"));
        assertItem(s, "A", "2026-03-09", "2026-03-09", 0);
        assertItem(s, "B", "2026-03-10", "2026-03-10", 0);
        assertEquals(2, s.totalWorkingDays());
    }

    @Test
    void holidaysOfTheCalendarAreSkipped() throws Exception {
        // with Wed 4 and Thu 5 as holidays, A(3) from Mon 2: 2, 3, 6 -> B(1) on Mon 9
        PlanScheduler withHolidays = new PlanScheduler(new WeekdayCalendar(d("2026-03-04"), d("2026-03-05")));
        Schedule s = withHolidays.baseline(List.of(item("A", 3), item("B", 1, "A")), d("2026-03-02"));
        assertItem(s, "A", "2026-03-02", "2026-03-06", 0);
        assertItem(s, "B", "2026-03-09", "2026-03-09", 0);
        assertEquals(4, s.totalWorkingDays());
    }

    // ---- parallel branches

    private static List<PlanItem> diamond() {
        // A(2) -> B(5) and C(2) in parallel -> D(1) after both
        return List.of(item("A", 2), item("B", 5, "A"), item("C", 2, "A"), item("D", 1, "B", "C"));
    }

    @Test
    void parallelBranchesJoinAfterTheLongerOne() throws Exception {
        // A: 2..3; B: 4, 5, 6, 9, 10; C: 4..5; D waits for B: 11.
        // Backward: D latest 11; C latest finish 10, latest start 9 -> slack = (4, 9] = 5, 6, 9 = 3
        Schedule s = scheduler.baseline(diamond(), d("2026-03-02"));
        assertItem(s, "A", "2026-03-02", "2026-03-03", 0);
        assertItem(s, "B", "2026-03-04", "2026-03-10", 0);
        assertItem(s, "C", "2026-03-04", "2026-03-05", 3);
        assertItem(s, "D", "2026-03-11", "2026-03-11", 0);
        assertEquals(d("2026-03-09"), s.item("C").latestStart());
        assertEquals(d("2026-03-10"), s.item("C").latestFinish());
        assertEquals(List.of("A", "B", "D"), s.criticalPath());
        assertEquals(d("2026-03-11"), s.completion());
        assertEquals(8, s.totalWorkingDays());
        assertEquals(List.of("A", "B", "C", "D"), List.copyOf(s.items().keySet()));
    }

    @Test
    void independentStartItemsAllStartOnProjectStartAndTheLastFinishingEndsThePath() throws Exception {
        Schedule s = scheduler.baseline(List.of(item("X", 2), item("Y", 4), item("Z", 1)), d("2026-03-02"));
        assertItem(s, "X", "2026-03-02", "2026-03-03", 2);
        assertItem(s, "Y", "2026-03-02", "2026-03-05", 0);
        assertItem(s, "Z", "2026-03-02", "2026-03-02", 3);
        assertEquals(List.of("Y"), s.criticalPath());
    }

    @Test
    void itemsComeInTopologicalOrderWithTiesInInputOrder() throws Exception {
        // C needs A; free at first: A and B (A first in input) -> A, then C and B are free, C comes first in input
        Schedule s = scheduler.baseline(List.of(item("C", 1, "A"), item("A", 1), item("B", 1)), d("2026-03-02"));
        assertEquals(List.of("A", "C", "B"), List.copyOf(s.items().keySet()));
        Schedule t = scheduler.baseline(List.of(item("E", 1, "D"), item("D", 1, "B"), item("B", 1), item("A", 1)),
                d("2026-03-02"));
        assertEquals(List.of("B", "D", "E", "A"), List.copyOf(t.items().keySet()));
    }

    // ---- milestones

    @Test
    void aMilestoneTakesNoWorkingDay() throws Exception {
        // A(2): 2..3; M(0) becomes possible on Wed 4; B(3) after M may start on Wed 4: 4..6; E(0) after B: Mon 9
        Schedule s = scheduler.baseline(List.of(item("A", 2), item("M", 0, "A"), item("B", 3, "M"), item("E", 0, "B")),
                d("2026-03-02"));
        assertItem(s, "M", "2026-03-04", "2026-03-04", 0);
        assertItem(s, "B", "2026-03-04", "2026-03-06", 0);
        assertItem(s, "E", "2026-03-09", "2026-03-09", 0);
        assertEquals(List.of("A", "M", "B", "E"), s.criticalPath());
        assertEquals(d("2026-03-09"), s.completion());
        // a milestone at the start delays nothing
        Schedule t = scheduler.baseline(List.of(item("S", 0), item("A", 2, "S")), d("2026-03-02"));
        assertItem(t, "S", "2026-03-02", "2026-03-02", 0);
        assertItem(t, "A", "2026-03-02", "2026-03-03", 0);
    }

    @Test
    void aMilestoneOnASideBranchHasSlack() throws Exception {
        // A(5): 2..6; M(0) on Mon 2 (no prerequisite); B(1) after A and M: Mon 9. M may wait until Mon 9: slack 5
        Schedule s = scheduler.baseline(List.of(item("A", 5), item("M", 0), item("B", 1, "A", "M")), d("2026-03-02"));
        assertItem(s, "M", "2026-03-02", "2026-03-02", 5);
        assertEquals(d("2026-03-09"), s.item("M").latestStart());
        assertEquals(List.of("A", "B"), s.criticalPath());
    }

    // ---- tailoring

    @Test
    void tailoringMovesTheCompletionByTheKnownAmount() throws Exception {
        Schedule base = scheduler.baseline(diamond(), d("2026-03-02")); // completion Wed 11
        // drop B and re-link D to A and C: D after C (finish Thu 5) -> Fri 6: three working days saved (9, 10, 11)
        List<PlanItem> dropped = List.of(item("A", 2), item("C", 2, "A"), item("D", 1, "A", "C"));
        Schedule s1 = scheduler.baseline(dropped, d("2026-03-02"));
        assertEquals(d("2026-03-06"), s1.completion());
        assertEquals(3, s1.daysSavedAgainst(base));
        assertEquals(-3, s1.delayAgainst(base, "D"));
        // B 5 -> 7 days: critical, so the completion moves 2 working days (Wed 11 -> Fri 13)
        List<PlanItem> longer = new ArrayList<>(diamond());
        longer.set(1, longer.get(1).withDuration(7));
        Schedule s2 = scheduler.baseline(longer, d("2026-03-02"));
        assertEquals(d("2026-03-13"), s2.completion());
        assertEquals(-2, s2.daysSavedAgainst(base));
        assertEquals(2, s2.delayAgainst(base, "D"));
        // C 2 -> 4 days: within its slack of 3, nothing moves
        List<PlanItem> c4 = new ArrayList<>(diamond());
        c4.set(2, c4.get(2).withDuration(4));
        Schedule s3 = scheduler.baseline(c4, d("2026-03-02"));
        assertEquals(base.completion(), s3.completion());
        assertEquals(1, s3.item("C").slackDays());
        // C 2 -> 6 days: 4 - 3 slack = 1 day later (C: 4..11, D: Thu 12), and C becomes critical instead of B
        List<PlanItem> c6 = new ArrayList<>(diamond());
        c6.set(2, c6.get(2).withDuration(6));
        Schedule s4 = scheduler.baseline(c6, d("2026-03-02"));
        assertEquals(d("2026-03-12"), s4.completion());
        assertEquals(List.of("A", "C", "D"), s4.criticalPath());
        assertEquals(1, s4.item("B").slackDays());
        // an item added by tailoring has no baseline: no delay
        List<PlanItem> added = new ArrayList<>(diamond());
        added.add(item("F", 1, "D"));
        assertEquals(0, scheduler.baseline(added, d("2026-03-02")).delayAgainst(base, "F"));
    }

    // ---- errors

    @Test
    void aTwoItemCycleIsNamed() {
        CyclicPlanException e = assertThrows(CyclicPlanException.class,
                () -> scheduler.baseline(List.of(item("A", 1, "B"), item("B", 1, "A")), d("2026-03-02")));
        assertEquals(List.of("A", "B", "A"), e.cycle());
        assertEquals("cyclic prerequisites: A → B → A", e.getMessage());
    }

    @Test
    void aThreeItemCycleIsNamedInPrerequisiteOrderEvenBehindOtherItems() {
        // A needs C, B needs A, C needs B: A -> B -> C -> A; X is free, D hangs below the cycle
        List<PlanItem> items = List.of(item("X", 1), item("D", 1, "C"), item("A", 1, "C"), item("B", 1, "A"),
                item("C", 1, "B", "X"));
        CyclicPlanException e = assertThrows(CyclicPlanException.class,
                () -> scheduler.schedule(items, d("2026-03-02"), d("2026-03-02")));
        assertEquals(List.of("A", "B", "C", "A"), e.cycle());
        assertEquals("cyclic prerequisites: A → B → C → A", e.getMessage());
    }

    @Test
    void aSelfLoopIsACycle() {
        CyclicPlanException e = assertThrows(CyclicPlanException.class,
                () -> scheduler.baseline(List.of(item("P", 1), item("A", 1, "P", "A")), d("2026-03-02")));
        assertEquals(List.of("A", "A"), e.cycle());
    }

    @Test
    void unknownPrerequisitesAndDuplicateKeysAreNamed() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> scheduler.baseline(List.of(item("A", 1), item("B", 1, "A", "Z")), d("2026-03-02")));
        assertTrue(unknown.getMessage().contains("Z"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("B"), unknown.getMessage());
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
                () -> scheduler.baseline(List.of(item("A", 1), item("Q", 1), item("Q", 2)), d("2026-03-02")));
        assertTrue(dup.getMessage().contains("Q"), dup.getMessage());
    }

    @Test
    void planItemsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> item(" ", 1));
        assertThrows(IllegalArgumentException.class, () -> item("A", -1));
        assertThrows(IllegalArgumentException.class,
                () -> new PlanItem("A", 1, Set.of(), false, null, d("2026-03-02")));
        assertThrows(IllegalArgumentException.class,
                () -> new PlanItem("A", 1, Set.of(), false, d("2026-03-03"), d("2026-03-02")));
        Set<String> prerequisites = new java.util.HashSet<>(Set.of("X"));
        PlanItem a = new PlanItem("A", 1, prerequisites, false, null, null);
        prerequisites.add("Y");
        assertEquals(Set.of("X"), a.prerequisites());
        assertThrows(UnsupportedOperationException.class, () -> a.prerequisites().add("Z"));
        assertEquals(Set.of(), new PlanItem("B", 0, null, false).prerequisites());
    }

    @Test
    void anEmptyPlanCompletesOnItsStart() throws Exception {
        Schedule s = scheduler.schedule(List.of(), d("2026-03-07"), d("2026-03-02"));
        assertEquals(d("2026-03-09"), s.start());
        assertEquals(d("2026-03-09"), s.completion());
        assertEquals(0, s.totalWorkingDays());
        assertTrue(s.criticalPath().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> s.item("A"));
    }

    // ---- simulated approval

    private static List<PlanItem> preReviewed(boolean simulated) {
        // A(5) -> B(3, 模拟审批) -> C(4)
        return List.of(item("A", 5), new PlanItem("B", 3, Set.of("A"), simulated), item("C", 4, "B"));
    }

    @Test
    void simulatedApprovalStartsWithThePrerequisitesAndIssuesTheDayAfter() throws Exception {
        // A: 2..6. B starts with A on Mon 2; 3 days would end Wed 4, but issuance waits for the day after A: Mon 9.
        // C: 10..13. Without 模拟审批: B 9..11, C 12..17 -> gain (13, 17] = 16, 17 = 2 working days
        Schedule s = scheduler.baseline(preReviewed(true), d("2026-03-02"));
        assertItem(s, "A", "2026-03-02", "2026-03-06", 0);
        assertItem(s, "B", "2026-03-02", "2026-03-09", 0);
        assertItem(s, "C", "2026-03-10", "2026-03-13", 0);
        // B could start as late as Thu 5 and still be issued on Mon 9
        assertEquals(d("2026-03-05"), s.item("B").latestStart());
        assertEquals(d("2026-03-09"), s.item("B").latestFinish());
        assertEquals(d("2026-03-13"), s.completion());
        assertEquals(d("2026-03-17"), s.completionWithoutSimulatedApproval());
        assertEquals(2, s.simulatedApprovalGainDays());
        assertEquals(List.of("A", "B", "C"), s.criticalPath());

        Schedule plain = scheduler.baseline(preReviewed(false), d("2026-03-02"));
        assertEquals(d("2026-03-17"), plain.completion());
        assertEquals(0, plain.simulatedApprovalGainDays());
        assertEquals(2, s.daysSavedAgainst(plain));
    }

    @Test
    void simulatedApprovalOfALongItemGainsTheWholeOverlap() throws Exception {
        // A(2): 2..3; B(6, 模拟审批) starts Mon 2 -> 2..9 (6 days, after A's finish anyway); C(1): Tue 10.
        // Without: B 4..11, C 12 -> gain 2 (the overlap with A)
        Schedule s = scheduler.baseline(List.of(item("A", 2), new PlanItem("B", 6, Set.of("A"), true),
                item("C", 1, "B")), d("2026-03-02"));
        assertItem(s, "B", "2026-03-02", "2026-03-09", 0);
        assertEquals(d("2026-03-10"), s.completion());
        assertEquals(d("2026-03-12"), s.completionWithoutSimulatedApproval());
        assertEquals(2, s.simulatedApprovalGainDays());
        // A is still critical: B starts with it (start-to-start)
        assertTrue(s.item("A").critical());
    }

    @Test
    void simulatedApprovalWaitsUntilEveryPrerequisiteHasStarted() throws Exception {
        // A(2): 2..3; P(3) after A: 4..6; B(2, 模拟审批) after A and P starts when P starts (Wed 4) and is issued
        // the day after P (Mon 9)
        Schedule s = scheduler.baseline(List.of(item("A", 2), item("P", 3, "A"),
                new PlanItem("B", 2, Set.of("A", "P"), true)), d("2026-03-02"));
        assertItem(s, "B", "2026-03-04", "2026-03-09", 0);
        assertEquals(d("2026-03-10"), s.completionWithoutSimulatedApproval()); // B 9..10 without
        assertEquals(1, s.simulatedApprovalGainDays());
    }

    // ---- actual dates

    private static List<PlanItem> chain(PlanItem a) {
        // A(3) -> B(2) -> C(2); from Mon 2 the baseline is A 2..4, B 5..6, C 9..10
        return List.of(a, item("B", 2, "A"), item("C", 2, "B"));
    }

    @Test
    void finishedEarlyMovesTheSuccessorsEarlier() throws Exception {
        Schedule base = scheduler.baseline(chain(item("A", 3)), d("2026-03-02"));
        assertEquals(d("2026-03-10"), base.completion());
        // A done in two days (2..3), forecast made on Wed 4: B 4..5, C 6..9
        Schedule s = scheduler.schedule(chain(item("A", 3).withActuals(d("2026-03-02"), d("2026-03-03"))),
                d("2026-03-02"), d("2026-03-04"));
        assertItem(s, "A", "2026-03-02", "2026-03-03", 0);
        assertItem(s, "B", "2026-03-04", "2026-03-05", 0);
        assertItem(s, "C", "2026-03-06", "2026-03-09", 0);
        assertTrue(s.item("A").started());
        assertTrue(s.item("A").finished());
        assertFalse(s.item("B").started());
        assertEquals(-1, s.delayAgainst(base, "A"));
        assertEquals(-1, s.delayAgainst(base, "C"));
        assertEquals(1, s.daysSavedAgainst(base));
    }

    @Test
    void startedLateMovesTheForecast() throws Exception {
        Schedule base = scheduler.baseline(chain(item("A", 3)), d("2026-03-02"));
        // A started Wed 4 (two days late), not finished, forecast on Wed 4: A 4..6, B 9..10, C 11..12
        Schedule s = scheduler.schedule(chain(item("A", 3).withActuals(d("2026-03-04"), null)),
                d("2026-03-02"), d("2026-03-04"));
        assertItem(s, "A", "2026-03-04", "2026-03-06", 0);
        assertItem(s, "C", "2026-03-11", "2026-03-12", 0);
        assertTrue(s.item("A").started());
        assertFalse(s.item("A").finished());
        assertEquals(2, s.delayAgainst(base, "C"));
        assertEquals(-2, s.daysSavedAgainst(base));
        // the baseline of the same items ignores the actuals
        assertEquals(base, scheduler.baseline(chain(item("A", 3).withActuals(d("2026-03-04"), null)),
                d("2026-03-02")));
    }

    @Test
    void todayClampsWhatHasNotHappenedYet() throws Exception {
        // nothing started, forecast on Wed 11: A 11..13, B 16..17, C 18..19
        Schedule s = scheduler.schedule(chain(item("A", 3)), d("2026-03-02"), d("2026-03-11"));
        assertItem(s, "A", "2026-03-11", "2026-03-13", 0);
        assertItem(s, "C", "2026-03-18", "2026-03-19", 0);
        // a forecast made on Saturday 14 counts from Monday 16: A 16..18
        Schedule sat = scheduler.schedule(chain(item("A", 3)), d("2026-03-02"), d("2026-03-14"));
        assertItem(sat, "A", "2026-03-16", "2026-03-18", 0);
        // A started on time (Mon 2) and still running on Mon 9: it cannot finish before today; B 10..11, C 12..13.
        // Its start could slip to Thu 5 (latest start 9 - 2), but its finish is held: slack 0
        Schedule running = scheduler.schedule(chain(item("A", 3).withActuals(d("2026-03-02"), null)),
                d("2026-03-02"), d("2026-03-09"));
        assertItem(running, "A", "2026-03-02", "2026-03-09", 0);
        assertEquals(d("2026-03-05"), running.item("A").latestStart());
        assertItem(running, "C", "2026-03-12", "2026-03-13", 0);
        // a finished item is not pushed by today: A 2..4 done, forecast on Fri 20: B 20..23, C 24..25.
        // A could have finished as late as Thu 19 (its latest start then Tue 17): slack (2, 17] = 11, not critical
        Schedule done = scheduler.schedule(chain(item("A", 3).withActuals(d("2026-03-02"), d("2026-03-04"))),
                d("2026-03-02"), d("2026-03-20"));
        assertItem(done, "A", "2026-03-02", "2026-03-04", 11);
        assertEquals(d("2026-03-17"), done.item("A").latestStart());
        assertEquals(List.of("B", "C"), done.criticalPath());
        assertItem(done, "B", "2026-03-20", "2026-03-23", 0);
        assertItem(done, "C", "2026-03-24", "2026-03-25", 0);
    }

    @Test
    void aFinishedSideBranchKeepsItsSlack() throws Exception {
        // diamond, C done 4..5 as planned, forecast on Thu 5: C keeps slack 3 and is not critical
        List<PlanItem> items = new ArrayList<>(diamond());
        items.set(0, items.get(0).withActuals(d("2026-03-02"), d("2026-03-03")));
        items.set(2, items.get(2).withActuals(d("2026-03-04"), d("2026-03-05")));
        items.set(1, items.get(1).withActuals(d("2026-03-04"), null));
        Schedule s = scheduler.schedule(items, d("2026-03-02"), d("2026-03-05"));
        assertItem(s, "C", "2026-03-04", "2026-03-05", 3);
        assertItem(s, "D", "2026-03-11", "2026-03-11", 0);
        assertEquals(List.of("A", "B", "D"), s.criticalPath());
    }

    @Test
    void anItemStartedBeforeItsPrerequisitesFinishedIsNotIssuedBeforeThem() throws Exception {
        // A(5) 2..6 running; B(1) recorded as started Tue 3 without 模拟审批: it still finishes the day after A (Mon 9)
        Schedule s = scheduler.schedule(List.of(item("A", 5).withActuals(d("2026-03-02"), null),
                item("B", 1, "A").withActuals(d("2026-03-03"), null)), d("2026-03-02"), d("2026-03-03"));
        assertItem(s, "B", "2026-03-03", "2026-03-09", 0);
    }

    @Test
    void actualDatesOnRestDaysAreTakenAsRecorded() throws Exception {
        // A(2) recorded 2..Sat 7 (issued on a Saturday); B(1) the next working day, Mon 9
        Schedule s = scheduler.schedule(chain(item("A", 2).withActuals(d("2026-03-02"), d("2026-03-07"))),
                d("2026-03-02"), d("2026-03-09"));
        assertEquals(d("2026-03-07"), s.item("A").finish());
        assertItem(s, "B", "2026-03-09", "2026-03-10", 0);
        assertEquals(0, s.item("A").slackDays());
        assertEquals(List.of("A", "B", "C"), s.criticalPath());
    }

    @Test
    void simulatedApprovalWithActuals() throws Exception {
        // A(5) started Mon 2 and running; B(3, 模拟审批) not started, forecast on Tue 3: B 3..(A finishes Fri 6) Mon 9
        List<PlanItem> items = new ArrayList<>(preReviewed(true));
        items.set(0, items.get(0).withActuals(d("2026-03-02"), null));
        Schedule s = scheduler.schedule(items, d("2026-03-02"), d("2026-03-03"));
        assertItem(s, "B", "2026-03-03", "2026-03-09", 0);
        assertEquals(d("2026-03-13"), s.completion());
        assertEquals(2, s.simulatedApprovalGainDays());
    }

    @Test
    void aScheduleWithoutCalendarCountsWeekdays() {
        ItemSchedule a = new ItemSchedule("A", d("2026-03-02"), d("2026-03-06"), d("2026-03-02"), d("2026-03-06"), 0,
                true, false, false);
        ItemSchedule late = new ItemSchedule("A", d("2026-03-02"), d("2026-03-10"), d("2026-03-02"),
                d("2026-03-10"), 0, true, false, false);
        Schedule base = new Schedule(java.util.Map.of("A", a), List.of("A"), d("2026-03-02"), d("2026-03-06"), 5,
                d("2026-03-06"), 0);
        Schedule now = new Schedule(java.util.Map.of("A", late), List.of("A"), d("2026-03-02"), d("2026-03-10"), 7,
                d("2026-03-10"), 0);
        assertEquals(2, now.delayAgainst(base, "A")); // 9, 10
        assertEquals(-2, now.daysSavedAgainst(base));
    }
}
