package cn.gov.laoshan.district.housing.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;

/**
 * What must hold for any plan, checked on seeded random plans over the real 2026 calendar: the slack of an item is
 * exactly how far it can grow without moving the completion, the critical path is a chain of prerequisites ending
 * at the completion, and the scheduler's calendar work grows with the plan, not with the days it spans.
 */
class PlanSchedulerPropertiesTest {

    private static final LocalDate START = LocalDate.of(2026, 8, 3);

    static List<PlanItem> randomPlan(Random random, int size, boolean simulated) {
        List<PlanItem> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Set<String> pre = new LinkedHashSet<>();
            int count = i == 0 ? 0 : random.nextInt(Math.min(i, 3) + 1);
            for (int k = 0; k < count; k++) {
                pre.add("I" + random.nextInt(i));
            }
            int days = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(15);
            items.add(new PlanItem("I" + i, days, pre, simulated && random.nextInt(4) == 0));
        }
        // shuffle the input order: the scheduler must not rely on it
        java.util.Collections.shuffle(items, random);
        return items;
    }

    @Test
    void slackIsExactlyHowFarAnItemCanGrow() throws Exception {
        PlanScheduler scheduler = new PlanScheduler(OfficialSchedules.calendar());
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            List<PlanItem> plan = randomPlan(random, 25, false);
            Schedule base = scheduler.baseline(plan, START);
            for (int i = 0; i < plan.size(); i++) {
                PlanItem item = plan.get(i);
                int slack = base.item(item.key()).slackDays();
                assertTrue(slack >= 0, item.key() + " slack " + slack);
                List<PlanItem> within = new ArrayList<>(plan);
                within.set(i, item.withDuration(item.durationDays() + slack));
                assertEquals(base.completion(), scheduler.baseline(within, START).completion(),
                        "round " + round + ", " + item.key() + " grown by its slack " + slack);
                // a milestone that nothing follows sits on the day it becomes possible, which an item of one day
                // would fill: such a milestone grows by one day more before the completion moves
                boolean lastMilestone = item.milestone()
                        && plan.stream().noneMatch(p -> p.prerequisites().contains(item.key()));
                List<PlanItem> beyond = new ArrayList<>(plan);
                beyond.set(i, item.withDuration(item.durationDays() + slack + (lastMilestone ? 2 : 1)));
                assertEquals(-1, scheduler.baseline(beyond, START).daysSavedAgainst(base),
                        "round " + round + ", " + item.key() + " grown by its slack + 1");
            }
        }
    }

    @Test
    void theCriticalPathIsAChainOfPrerequisitesToTheCompletion() throws Exception {
        PlanScheduler scheduler = new PlanScheduler(OfficialSchedules.calendar());
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            List<PlanItem> plan = randomPlan(random, 40, round % 2 == 0);
            Schedule s = scheduler.baseline(plan, START);
            List<String> path = s.criticalPath();
            assertFalse(path.isEmpty());
            assertEquals(s.completion(), s.item(path.get(path.size() - 1)).finish());
            PlanItem first = plan.stream().filter(p -> p.key().equals(path.get(0))).findFirst().orElseThrow();
            assertTrue(first.prerequisites().stream().noneMatch(k -> s.item(k).critical()),
                    "the chain starts at an item without critical prerequisites: " + path);
            for (int k = 0; k < path.size(); k++) {
                assertTrue(s.item(path.get(k)).critical(), path.get(k));
                if (k > 0) {
                    String before = path.get(k - 1);
                    assertTrue(plan.stream().anyMatch(p -> p.key().equals(path.get(path.indexOf(before) + 1))
                            && p.prerequisites().contains(before)), "linked: " + path);
                }
            }
            // every item starts no earlier than its prerequisites allow, and topological order holds
            List<String> order = List.copyOf(s.items().keySet());
            for (PlanItem p : plan) {
                ItemSchedule is = s.item(p.key());
                for (String pre : p.prerequisites()) {
                    assertTrue(order.indexOf(pre) < order.indexOf(p.key()));
                    ItemSchedule ps = s.item(pre);
                    assertTrue(is.finish().isAfter(ps.finish()) || ps.finish().equals(is.finish()) && ps.start()
                            .equals(ps.finish()), p.key() + " finishes after " + pre);
                    if (!p.simulatedApproval()) {
                        assertFalse(is.start().isBefore(ps.finish()), p.key() + " starts after " + pre);
                    }
                }
                assertTrue(!is.latestStart().isBefore(is.start()));
            }
            assertTrue(s.simulatedApprovalGainDays() >= 0);
            assertFalse(s.completion().isAfter(s.completionWithoutSimulatedApproval()));
        }
    }

    @Test
    void theCompletionWithoutSimulatedApprovalIsThatOfThePlanWithoutIt() throws Exception {
        // with random actuals up to a random today: the shortcut (recomputing only what follows a not yet started
        // item under 模拟审批) must give the completion of the same plan with every flag off
        PlanScheduler scheduler = new PlanScheduler(OfficialSchedules.calendar());
        Random random = new Random(99);
        for (int round = 0; round < 60; round++) {
            List<PlanItem> plan = randomPlan(random, 30, true);
            Schedule base = scheduler.baseline(plan, START);
            LocalDate today = START.plusDays(random.nextInt(90));
            List<PlanItem> now = new ArrayList<>();
            List<PlanItem> nowWithout = new ArrayList<>();
            for (PlanItem p : plan) {
                ItemSchedule b = base.item(p.key());
                PlanItem q = p;
                if (b.start().isBefore(today)) {
                    LocalDate finish = b.finish().plusDays(random.nextInt(7) - 3);
                    q = finish.isBefore(today) && !finish.isBefore(b.start()) ? p.withActuals(b.start(), finish)
                            : p.withActuals(b.start(), null);
                }
                now.add(q);
                nowWithout.add(q.withSimulatedApproval(false));
            }
            Schedule s = scheduler.schedule(now, START, today);
            Schedule without = scheduler.schedule(nowWithout, START, today);
            assertEquals(without.completion(), s.completionWithoutSimulatedApproval(), "round " + round);
            assertEquals(without.completion(), without.completionWithoutSimulatedApproval());
            assertEquals(0, without.simulatedApprovalGainDays());
            Schedule baseWithout = scheduler.baseline(nowWithout, START);
            assertEquals(baseWithout.completion(), base.completionWithoutSimulatedApproval(), "round " + round);
        }
    }

    @Test
    void calendarWorkGrowsWithThePlanNotWithItsDays() throws Exception {
        // 500 items, ~1,000 links: the scheduler asks the calendar a few times per item and link, never per day
        WeekdayCalendar calendar = new WeekdayCalendar();
        PlanScheduler scheduler = new PlanScheduler(calendar);
        List<PlanItem> plan = randomPlan(new Random(1), 500, true);
        int links = plan.stream().mapToInt(p -> p.prerequisites().size()).sum();
        calendar.calls = 0;
        Schedule s = scheduler.schedule(plan, START, START.plusDays(30));
        assertTrue(calendar.calls <= 8 * (plan.size() + links),
                calendar.calls + " calendar calls for " + plan.size() + " items and " + links + " links");
        assertEquals(500, s.items().size());
    }
}
