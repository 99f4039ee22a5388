package cn.gov.laoshan.district.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;
import cn.gov.laoshan.district.housing.plan.ItemSchedule;
import cn.gov.laoshan.district.housing.plan.PlanItem;
import cn.gov.laoshan.district.housing.plan.PlanScheduler;
import cn.gov.laoshan.district.housing.plan.Schedule;

/**
 * The housing plan scheduler's figures (issue #7): {@code PlanScheduler.schedule} of a random layered 500-item
 * graph (p50/p95 after warm-up; goal ≤ 50 ms) and the forecasts of 1,000 projects of ~60 items each recomputed
 * (goal ≤ 2 s in total). The calendar is the platform's real one ({@code CalendarRules} over the official 2026
 * arrangement, what {@code CalendarService} answers from memory); plans run from 2026 into 2027 (plain weekdays).
 * Everything is seeded, so runs differ only by the machine.
 *
 * <pre>
 * java -cp ... cn.gov.laoshan.district.benchmarks.PlanBenchmark [rounds=300] [projects=1000] [seed=7]
 * </pre>
 */
public final class PlanBenchmark {

    private static final LocalDate PROJECT_START = LocalDate.of(2026, 3, 2);

    private PlanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int projects = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 7L;
        WorkingDayCalendar calendar = officialCalendar();
        PlanScheduler scheduler = new PlanScheduler(calendar);
        System.out.printf("%d cores, Java %s, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        // ---- one 500-item graph: 25 layers of 20, with actuals up to "today"
        Random random = new Random(seed);
        List<PlanItem> big = layered(random, 25, 20);
        Schedule bigBase = scheduler.baseline(big, PROJECT_START);
        LocalDate bigToday = calendar.addWorkingDays(PROJECT_START, bigBase.totalWorkingDays() / 3);
        List<PlanItem> bigNow = withActuals(random, calendar, big, bigBase, bigToday);
        int edges = big.stream().mapToInt(i -> i.prerequisites().size()).sum();
        System.out.printf("500-item graph: %d items, %d prerequisite links, %d critical, baseline %s..%s (%d working"
                        + " days), forecast on %s: completion %s, 模拟审批 gains %d days%n", big.size(), edges,
                bigBase.items().values().stream().filter(ItemSchedule::critical).count(), bigBase.start(),
                bigBase.completion(), bigBase.totalWorkingDays(), bigToday,
                scheduler.schedule(bigNow, PROJECT_START, bigToday).completion(),
                scheduler.schedule(bigNow, PROJECT_START, bigToday).simulatedApprovalGainDays());
        for (int w = 0; w < 200; w++) {
            scheduler.schedule(bigNow, PROJECT_START, bigToday);
        }
        long[] times = new long[rounds];
        long[] cpuTimes = new long[rounds];
        long[] baselineTimes = new long[rounds];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            scheduler.schedule(bigNow, PROJECT_START, bigToday);
            long t1 = System.nanoTime();
            cpuTimes[r] = mx.getCurrentThreadCpuTime() - c0;
            scheduler.baseline(big, PROJECT_START);
            long t2 = System.nanoTime();
            times[r] = t1 - t0;
            baselineTimes[r] = t2 - t1;
        }
        System.out.printf("schedule(500 items): p50 %.2f ms, p95 %.2f ms, max %.2f ms (n=%d, after 200 warm-ups);"
                        + " CPU time p50 %.2f ms, p95 %.2f ms%n",
                pct(times, 50), pct(times, 95), pct(times, 100), rounds, pct(cpuTimes, 50), pct(cpuTimes, 95));
        System.out.printf("baseline(500 items): p50 %.2f ms, p95 %.2f ms (n=%d)%n", pct(baselineTimes, 50),
                pct(baselineTimes, 95), rounds);

        // ---- 1,000 projects of ~60 items, each with actuals up to its own today
        List<List<PlanItem>> plans = new ArrayList<>();
        List<LocalDate> starts = new ArrayList<>();
        List<LocalDate> todays = new ArrayList<>();
        LocalDate today = LocalDate.of(2026, 11, 27);
        int items = 0;
        for (int p = 0; p < projects; p++) {
            List<PlanItem> plan = layered(random, 10, 4 + random.nextInt(5)); // 40..80 items, ~60 on average
            LocalDate start = calendar.addWorkingDays(today, -random.nextInt(200)); // started up to 200 days ago
            Schedule base = scheduler.baseline(plan, start);
            plans.add(withActuals(random, calendar, plan, base, today));
            starts.add(start);
            todays.add(today);
            items += plan.size();
        }
        for (int w = 0; w < 3; w++) {
            recompute(scheduler, plans, starts, todays);
        }
        long[] totals = new long[5];
        long[] cpu = new long[5];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < totals.length; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            recompute(scheduler, plans, starts, todays);
            totals[r] = System.nanoTime() - t0;
            cpu[r] = threads.getCurrentThreadCpuTime() - c0;
        }
        System.out.printf("recompute %,d projects (%,d items, forecast with actuals): %s ms; median %.0f ms"
                        + " (CPU time of the thread: median %.0f ms)%n",
                projects, items, Arrays.toString(Arrays.stream(totals).map(t -> t / 1_000_000).toArray()),
                pct(totals, 50), pct(cpu, 50));
    }

    private static int recompute(PlanScheduler scheduler, List<List<PlanItem>> plans, List<LocalDate> starts,
                                 List<LocalDate> todays) throws Exception {
        int late = 0;
        for (int p = 0; p < plans.size(); p++) {
            Schedule s = scheduler.schedule(plans.get(p), starts.get(p), todays.get(p));
            late += s.totalWorkingDays();
        }
        return late;
    }

    /**
     * A layered DAG: every item after the first layer has 1–3 prerequisites in the 1–3 layers before it; durations
     * 1–30 working days, 10 % milestones; 20 % allow simulated approval.
     */
    static List<PlanItem> layered(Random random, int layers, int width) {
        List<PlanItem> items = new ArrayList<>(layers * width);
        for (int l = 0; l < layers; l++) {
            for (int w = 0; w < width; w++) {
                Set<String> pre = new LinkedHashSet<>();
                if (l > 0) {
                    int count = 1 + random.nextInt(3);
                    for (int k = 0; k < count; k++) {
                        int layer = Math.max(0, l - 1 - random.nextInt(3));
                        pre.add("L" + layer + "-" + random.nextInt(width));
                    }
                }
                int days = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(30);
                items.add(new PlanItem("L" + l + "-" + w, days, pre, random.nextInt(5) == 0));
            }
        }
        return items;
    }

    /** Actual dates near the baseline's for what should have started by {@code today}. */
    static List<PlanItem> withActuals(Random random, WorkingDayCalendar calendar, List<PlanItem> plan, Schedule base,
                                      LocalDate today) {
        List<PlanItem> result = new ArrayList<>(plan.size());
        for (PlanItem item : plan) {
            ItemSchedule planned = base.item(item.key());
            if (planned.start().isBefore(today)) {
                LocalDate start = planned.start();
                LocalDate finish = calendar.addWorkingDays(planned.finish(), random.nextInt(6) - 2);
                if (finish.isBefore(start)) {
                    finish = start;
                }
                item = finish.isBefore(today) ? item.withActuals(start, finish) : item.withActuals(start, null);
            }
            result.add(item);
        }
        return result;
    }

    private static double pct(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** The platform calendar's arithmetic over the shipped official arrangements, without a database. */
    private static WorkingDayCalendar officialCalendar() {
        return OfficialSchedules.calendar();
    }
}
