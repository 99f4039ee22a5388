package cn.gov.laoshan.district.policy.match.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** One match run (every published policy with a rule over every enterprise): when, by whom, how long, what it found. */
public record MatchRun(long id, LocalDate runDay, String startedBy, Instant startedAt, Instant finishedAt, State state,
        int policies, int enterprises, int matches, int nearMisses, String message) {

    public enum State { RUNNING, FINISHED, FAILED }

    /** How long it took, or {@code null} while it runs. */
    public Duration duration() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }
}
