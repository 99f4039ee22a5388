package cn.gov.laoshan.district.market.credit.domain;

import java.time.Instant;

/** One grading run: the month it graded, its state (RUNNING, DONE, FAILED), counts per grade and the rule in words. */
public record GradingRun(long id, String month, String state, String startedBy, Instant startedAt, Instant finishedAt,
        int enterprises, int gradeA, int gradeB, int gradeC, int gradeD, String ruleText) {
}
