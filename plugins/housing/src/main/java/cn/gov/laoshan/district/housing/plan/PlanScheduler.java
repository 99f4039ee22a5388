package cn.gov.laoshan.district.housing.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;

/**
 * Schedules a plan's items on the working-day calendar with the critical path method (关键路径法). Stateless and
 * thread-safe; nothing is cached between calls (the calendar is asked afresh every time, so an edited calendar
 * takes effect at once).
 *
 * <h2>Rules</h2>
 * <ul>
 * <li><b>Working days.</b> All arithmetic is in working days of the calendar. An item of {@code d >= 1} days that
 * starts on working day {@code s} occupies {@code s .. calendar.addWorkingDays(s, d - 1)}, finish inclusive. Its
 * successor may start on the next working day after the latest prerequisite finish ({@code addWorkingDays(finish,
 * 1)}). Items without prerequisites start on {@code projectStart} if that is a working day, else on the next one.
 * <li><b>Milestones.</b> An item of 0 days has {@code start == finish ==} the day it becomes possible (as an item of
 * one day would start) and takes no working day: its successors may start on that same day.</li>
 * <li><b>Critical path method.</b> Forward pass in topological order gives {@code start}/{@code finish}; the
 * completion is the latest finish; the backward pass from the completion gives {@code latestStart}/{@code
 * latestFinish}. Slack in working days is {@code workingDaysBetween(start, latestStart)} (or the finish slack
 * {@code workingDaysBetween(finish, latestFinish)} when smaller, which happens only for an item under simulated
 * approval that waits for its prerequisites to finish, or one whose finish is held by {@code today}); critical =
 * slack 0. The critical path is one chain of critical items linked by prerequisites, from a start item to the
 * item finishing last (on a tie, the one latest in topological order); walking back it takes the critical
 * prerequisite that becomes ready last (on a tie, the first listed).</li>
 * <li><b>Actual dates</b> ({@link #schedule} only). An actual start fixes the start, an actual finish the finish.
 * Started and unfinished: finish = the later of the planned finish from the actual start and {@code today} (moved to
 * a working day). Not started: start = the later of the computed start and {@code today} (moved to a working day).
 * Finished items keep their recorded dates: they are never pushed by {@code today}, and their slack is computed as
 * usual (with the working days they actually took instead of their duration), so an item finished long before its
 * successors could start has slack and is not critical. Actual dates may lie on rest days; they are taken as
 * recorded. An unfinished item cannot finish before its prerequisites are ready (the formal issuance needs them),
 * even if it was recorded as started early.</li>
 * <li><b>Simulated approval (模拟审批).</b> An item of {@code d >= 1} days with {@code simulatedApproval} may start
 * as soon as all its prerequisites have started (pre-review in parallel), but cannot finish (formal issuance)
 * before the working day after its last prerequisite's finish: {@code finish = max(addWorkingDays(start, d - 1),
 * addWorkingDays(max prerequisite finish, 1))} (a milestone prerequisite counts with its own day). {@code
 * completionWithoutSimulatedApproval} is the same schedule with every {@code simulatedApproval} treated as false,
 * and {@code simulatedApprovalGainDays = workingDaysBetween(completion, completionWithoutSimulatedApproval)}.</li>
 * <li><b>Errors.</b> Duplicate keys and unknown prerequisite keys: {@link IllegalArgumentException} naming the key.
 * A cycle: {@link CyclicPlanException} naming one cycle (found by walking back through prerequisites from the
 * items Kahn's algorithm could not order).</li>
 * </ul>
 *
 * <h2>Cost</h2> Kahn's topological sort with a heap (so that free items keep their input order), O((n + e) log n),
 * then two passes over the edges with a few calendar calls per item and edge, and one more forward pass for the
 * completion without simulated approval when any item allows it. Slack is counted on working-day numbers of the
 * dates involved (sorted, each numbered by {@code workingDaysBetween} from the one before), so counting all slacks
 * costs the calendar one walk over the plan's span. No loop over days here; the calendar counts.
 */
public final class PlanScheduler {

    private final WorkingDayCalendar calendar;

    public PlanScheduler(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The calendar this scheduler counts with. */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /**
     * Schedules the items from {@code projectStart}; {@code today} is when the forecast is made (items not yet
     * started cannot start before today; started, unfinished items cannot finish before today). Actual dates of the
     * items are used as described in the class comment.
     *
     * @throws IllegalArgumentException for duplicate keys or unknown prerequisite keys (the key named)
     * @throws CyclicPlanException      when the prerequisites form a cycle (the cycle named)
     */
    public Schedule schedule(List<PlanItem> items, LocalDate projectStart, LocalDate today)
            throws CyclicPlanException {
        Objects.requireNonNull(today, "today");
        return run(items, projectStart, today);
    }

    /**
     * The baseline: the same without actual dates and without {@code today} (a plan as first made).
     *
     * @throws IllegalArgumentException for duplicate keys or unknown prerequisite keys (the key named)
     * @throws CyclicPlanException      when the prerequisites form a cycle (the cycle named)
     */
    public Schedule baseline(List<PlanItem> items, LocalDate projectStart) throws CyclicPlanException {
        return run(items, projectStart, null);
    }

    // ---------------------------------------------------------------------------------------------------------

    private Schedule run(List<PlanItem> items, LocalDate projectStart, LocalDate today) throws CyclicPlanException {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(projectStart, "projectStart");
        Graph g = Graph.of(items);
        LocalDate first = onOrAfter(projectStart);
        int n = g.n;
        if (n == 0) {
            return new Schedule(Map.of(), List.of(), first, first, 0, first, 0, calendar);
        }
        boolean actuals = today != null;
        LocalDate todayW = actuals ? onOrAfter(today) : null;

        LocalDate[] start = new LocalDate[n];
        LocalDate[] finish = new LocalDate[n];
        LocalDate[] ready = new LocalDate[n];
        boolean[] held = new boolean[n];
        forward(g, first, todayW, actuals, true, start, finish, ready, held, null);

        LocalDate completion = finish[g.order[0]];
        LocalDate earliest = start[g.order[0]];
        int last = g.order[0];
        for (int i : g.order) {
            if (!finish[i].isBefore(completion)) {
                completion = finish[i];
                last = i;
            }
            if (start[i].isBefore(earliest)) {
                earliest = start[i];
            }
        }

        LocalDate withoutSa = completion;
        if (g.anySimulated) {
            // Only items under simulated approval that have not started yet can come out differently (a recorded
            // start is history either way), and then only they and what follows them: recompute just those.
            boolean[] affected = new boolean[n];
            boolean any = false;
            for (int i : g.order) {
                boolean a = g.simulated(i, true) && !(actuals && g.items[i].actualStart() != null);
                for (int k = 0; !a && k < g.pre[i].length; k++) {
                    a = affected[g.pre[i][k]];
                }
                affected[i] = a;
                any |= a;
            }
            if (any) {
                LocalDate[] s2 = start.clone();
                LocalDate[] f2 = finish.clone();
                LocalDate[] r2 = ready.clone();
                forward(g, first, todayW, actuals, false, s2, f2, r2, null, affected);
                for (int i = 0; i < n; i++) {
                    if (f2[i].isAfter(withoutSa)) {
                        withoutSa = f2[i];
                    }
                }
            }
        }

        // backward pass
        LocalDate[] ls = new LocalDate[n];
        LocalDate[] lf = new LocalDate[n];
        for (int k = n - 1; k >= 0; k--) {
            int i = g.order[k];
            int d = g.items[i].durationDays();
            LocalDate latestFinish = completion;
            LocalDate startCap = null;
            for (int e = g.succFrom[i]; e < g.succFrom[i + 1]; e++) {
                int s = g.succ[e];
                boolean sa = g.simulated(s, true);
                LocalDate bound = sa ? lf[s] : ls[s];
                LocalDate candidate = d == 0 ? bound : calendar.addWorkingDays(bound, -1);
                latestFinish = min(latestFinish, candidate);
                if (sa) {
                    startCap = min(startCap, ls[s]);
                }
            }
            latestFinish = onOrBefore(latestFinish);
            LocalDate latestStart;
            if (actuals && g.items[i].actualFinish() != null) {
                // a finished item took what it took: its latest start keeps its actual span
                int span = between(start[i], finish[i]);
                latestStart = min(span == 0 ? latestFinish : calendar.addWorkingDays(latestFinish, -span), startCap);
            } else if (d == 0) {
                latestFinish = min(latestFinish, startCap);
                latestStart = latestFinish;
            } else {
                latestStart = min(calendar.addWorkingDays(latestFinish, -(d - 1)), startCap);
            }
            ls[i] = latestStart;
            lf[i] = latestFinish;
        }

        // Slack is counted on working-day numbers of the dates involved: the dates sorted, each numbered by the
        // calendar's count from the one before (workingDaysBetween is additive), so the calendar walks the plan's
        // span once instead of once per item.
        Ordinals ordinals = new Ordinals(n, held, start, ls, finish, lf);
        Map<String, ItemSchedule> result = new LinkedHashMap<>(n * 2);
        boolean[] critical = new boolean[n];
        for (int i : g.order) {
            // the finish slack differs from the start slack only when the finish is held later than the duration
            // gives (waiting for prerequisites or for today)
            int slack = ordinals.between(start[i], ls[i]);
            if (held[i]) {
                slack = Math.min(slack, ordinals.between(finish[i], lf[i]));
            }
            critical[i] = slack <= 0;
            PlanItem item = g.items[i];
            boolean started = actuals && item.actualStart() != null;
            boolean finished = actuals && item.actualFinish() != null;
            result.put(item.key(), new ItemSchedule(item.key(), start[i], finish[i], ls[i], lf[i], slack,
                    critical[i], started, finished));
        }

        // one critical chain, walking back from the item finishing last
        List<String> path = new ArrayList<>();
        int cur = last;
        while (true) {
            path.add(g.items[cur].key());
            int best = -1;
            for (int p : g.pre[cur]) {
                if (critical[p] && (best < 0 || ready[p].isAfter(ready[best]))) {
                    best = p;
                }
            }
            if (best < 0) {
                break;
            }
            cur = best;
        }
        Collections.reverse(path);

        int total = between(earliest, completion) + (calendar.isWorkingDay(earliest) ? 1 : 0);
        int gain = Math.max(0, between(completion, withoutSa));
        return new Schedule(result, path, earliest, completion, total, withoutSa, gain, calendar);
    }

    /**
     * The forward pass: start, finish and the day successors may start ("ready") of every item (or only of the
     * items marked in {@code only}, the others already in the arrays); {@code held} (if given) marks items whose
     * finish is later than their start and duration give.
     */
    private void forward(Graph g, LocalDate first, LocalDate todayW, boolean actuals, boolean useSimulated,
                         LocalDate[] start, LocalDate[] finish, LocalDate[] ready, boolean[] held,
                         boolean[] only) {
        for (int i : g.order) {
            if (only != null && !only[i]) {
                continue;
            }
            PlanItem item = g.items[i];
            int d = item.durationDays();
            LocalDate s;
            LocalDate f;
            if (actuals && item.actualFinish() != null) {
                s = item.actualStart();
                f = item.actualFinish();
            } else {
                boolean sa = g.simulated(i, useSimulated);
                LocalDate readyMax = null;
                LocalDate startMax = null;
                for (int p : g.pre[i]) {
                    readyMax = max(readyMax, ready[p]);
                    if (sa) {
                        startMax = max(startMax, start[p]);
                    }
                }
                if (actuals && item.actualStart() != null) {
                    s = item.actualStart();
                    LocalDate planned = plannedFinish(onOrAfter(s), d);
                    f = max(max(planned, readyMax), todayW);
                    if (held != null) {
                        held[i] = !f.equals(planned) || !s.equals(onOrAfter(s));
                    }
                } else {
                    LocalDate es = max(first, sa ? startMax : readyMax);
                    es = max(es, todayW);
                    if (sa) {
                        es = onOrAfter(es); // a prerequisite's actual start may be a rest day
                    }
                    s = es;
                    LocalDate planned = plannedFinish(s, d);
                    f = d == 0 ? s : max(planned, readyMax);
                    if (held != null) {
                        held[i] = !f.equals(planned);
                    }
                }
            }
            start[i] = s;
            finish[i] = f;
            ready[i] = d == 0 ? onOrAfter(f) : calendar.addWorkingDays(f, 1);
        }
    }

    /** Working-day numbers of a set of dates, counted by the calendar between neighbours. */
    private final class Ordinals {
        private final long[] days;
        private final int[] numbers;

        Ordinals(int n, boolean[] held, LocalDate[]... dateArrays) {
            long[] all = new long[4 * n];
            int count = 0;
            for (int a = 0; a < dateArrays.length; a++) {
                for (int i = 0; i < n; i++) {
                    if (a < 2 || held[i]) { // finish and latest finish only for held items
                        all[count++] = dateArrays[a][i].toEpochDay();
                    }
                }
            }
            Arrays.sort(all, 0, count);
            int unique = 0;
            for (int k = 0; k < count; k++) {
                if (unique == 0 || all[k] != all[unique - 1]) {
                    all[unique++] = all[k];
                }
            }
            days = Arrays.copyOf(all, unique);
            numbers = new int[unique];
            for (int k = 1; k < unique; k++) {
                numbers[k] = numbers[k - 1] + calendar.workingDaysBetween(LocalDate.ofEpochDay(days[k - 1]),
                        LocalDate.ofEpochDay(days[k]));
            }
        }

        int between(LocalDate from, LocalDate to) {
            return numbers[Arrays.binarySearch(days, to.toEpochDay())]
                    - numbers[Arrays.binarySearch(days, from.toEpochDay())];
        }
    }

    private LocalDate plannedFinish(LocalDate start, int d) {
        return d <= 1 ? start : calendar.addWorkingDays(start, d - 1);
    }

    private LocalDate onOrAfter(LocalDate day) {
        return calendar.isWorkingDay(day) ? day : calendar.addWorkingDays(day, 1);
    }

    private LocalDate onOrBefore(LocalDate day) {
        return calendar.isWorkingDay(day) ? day : calendar.addWorkingDays(day, -1);
    }

    private int between(LocalDate from, LocalDate to) {
        return from.equals(to) ? 0 : calendar.workingDaysBetween(from, to);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || !b.isAfter(a) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || !b.isBefore(a) ? a : b;
    }

    /** The validated graph: indices in input order, prerequisites, successors (CSR) and a topological order. */
    private static final class Graph {
        final int n;
        final PlanItem[] items;
        final int[][] pre;
        final int[] succFrom;
        final int[] succ;
        final int[] order;
        final boolean anySimulated;

        private Graph(PlanItem[] items, int[][] pre, int[] succFrom, int[] succ, int[] order, boolean anySimulated) {
            this.n = items.length;
            this.items = items;
            this.pre = pre;
            this.succFrom = succFrom;
            this.succ = succ;
            this.order = order;
            this.anySimulated = anySimulated;
        }

        boolean simulated(int i, boolean useSimulated) {
            return useSimulated && items[i].simulatedApproval() && items[i].durationDays() > 0;
        }

        static Graph of(List<PlanItem> list) throws CyclicPlanException {
            int n = list.size();
            PlanItem[] items = new PlanItem[n];
            Map<String, Integer> index = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                PlanItem item = Objects.requireNonNull(list.get(i), "plan item");
                items[i] = item;
                if (index.putIfAbsent(item.key(), i) != null) {
                    throw new IllegalArgumentException("duplicate plan item key: " + item.key());
                }
            }
            int[][] pre = new int[n][];
            int[] succCount = new int[n + 1];
            int edges = 0;
            boolean anySimulated = false;
            for (int i = 0; i < n; i++) {
                PlanItem item = items[i];
                anySimulated |= item.simulatedApproval() && item.durationDays() > 0;
                int[] p = new int[item.prerequisites().size()];
                int k = 0;
                for (String key : item.prerequisites()) {
                    Integer j = index.get(key);
                    if (j == null) {
                        throw new IllegalArgumentException(
                                "unknown prerequisite " + key + " of plan item " + item.key());
                    }
                    p[k++] = j;
                    succCount[j]++;
                }
                pre[i] = p;
                edges += k;
            }
            int[] succFrom = new int[n + 1];
            for (int i = 0; i < n; i++) {
                succFrom[i + 1] = succFrom[i] + succCount[i];
            }
            int[] fill = new int[n];
            int[] succ = new int[edges];
            for (int i = 0; i < n; i++) { // successors in input order
                for (int p : pre[i]) {
                    succ[succFrom[p] + fill[p]++] = i;
                }
            }
            // Kahn, free items taken in input order
            int[] indegree = new int[n];
            PriorityQueue<Integer> free = new PriorityQueue<>();
            for (int i = 0; i < n; i++) {
                indegree[i] = pre[i].length;
                if (indegree[i] == 0) {
                    free.add(i);
                }
            }
            int[] order = new int[n];
            int done = 0;
            while (!free.isEmpty()) {
                int i = free.poll();
                order[done++] = i;
                for (int e = succFrom[i]; e < succFrom[i + 1]; e++) {
                    if (--indegree[succ[e]] == 0) {
                        free.add(succ[e]);
                    }
                }
            }
            if (done < n) {
                throw new CyclicPlanException(cycle(items, pre, indegree));
            }
            return new Graph(items, pre, succFrom, succ, order, anySimulated);
        }

        /**
         * Every item Kahn left has a prerequisite that is also left, so walking back through left prerequisites
         * from the first left item must come round to an item already seen: that is a cycle.
         */
        private static List<String> cycle(PlanItem[] items, int[][] pre, int[] indegree) {
            int n = items.length;
            int[] seenAt = new int[n];
            Arrays.fill(seenAt, -1);
            List<Integer> walk = new ArrayList<>();
            int x = 0;
            while (indegree[x] == 0) {
                x++;
            }
            while (seenAt[x] < 0) {
                seenAt[x] = walk.size();
                walk.add(x);
                int next = -1;
                for (int p : pre[x]) {
                    if (indegree[p] > 0) {
                        next = p;
                        break;
                    }
                }
                x = next;
            }
            List<Integer> loop = new ArrayList<>(walk.subList(seenAt[x], walk.size()));
            Collections.reverse(loop); // walk went against the prerequisite order
            int firstAt = 0;
            for (int k = 1; k < loop.size(); k++) {
                if (loop.get(k) < loop.get(firstAt)) {
                    firstAt = k;
                }
            }
            List<String> keys = new ArrayList<>(loop.size() + 1);
            for (int k = 0; k < loop.size(); k++) {
                keys.add(items[loop.get((firstAt + k) % loop.size())].key());
            }
            keys.add(keys.get(0));
            return keys;
        }
    }
}
