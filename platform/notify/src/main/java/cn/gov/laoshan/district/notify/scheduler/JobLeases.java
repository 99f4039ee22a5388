package cn.gov.laoshan.district.notify.scheduler;

import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

/**
 * The database lease of scheduled jobs ({@code job_lease}): one row per job; a node may run the job when the row
 * is due ({@code next_run_at <= now}) and nobody holds an unexpired lease. Taking the lease is one conditional
 * {@code UPDATE}, atomic on Derby and PostgreSQL alike: of several nodes trying at once, exactly one sees "1 row
 * updated". The holder renews while it runs; when it finishes it sets the next run ({@code now + interval}) and
 * frees the lease; a holder that dies leaves a lease that expires, and another node takes the job over.
 * Times are epoch milliseconds of the nodes' clocks (keep them in sync with NTP).
 */
public final class JobLeases {

    private final Jdbi jdbi;

    public JobLeases(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Creates the job's row, due at once, unless it exists. */
    public void ensure(String jobId, long now) {
        boolean exists = jdbi.withHandle(h -> h.createQuery("select count(*) from job_lease where job_id = :j")
                .bind("j", jobId).mapTo(Integer.class).one() > 0);
        if (exists) {
            return;
        }
        try {
            jdbi.useHandle(h -> h.createUpdate("insert into job_lease (job_id, owner, lease_until, next_run_at, runs) "
                    + "values (:j, null, 0, :now, 0)").bind("j", jobId).bind("now", now).execute());
        } catch (RuntimeException duplicate) {
            // another node inserted it at the same moment
            if (!jdbi.withHandle(h -> h.createQuery("select count(*) from job_lease where job_id = :j")
                    .bind("j", jobId).mapTo(Integer.class).one() > 0)) {
                throw duplicate;
            }
        }
    }

    /**
     * A daily job's planned run moved to {@code next} when it is planned later than {@code now} (a changed time, or
     * a row of an interval job): a row already due stays due, so a day's missed run still happens.
     */
    public void moveFutureRun(String jobId, long now, long next) {
        jdbi.useHandle(h -> h.createUpdate("update job_lease set next_run_at = :next where job_id = :j "
                + "and next_run_at > :now and next_run_at <> :next")
                .bind("next", next).bind("now", now).bind("j", jobId).execute());
    }

    /** Takes the lease if the job is due and free (or its lease expired); true if this node now holds it. */
    public boolean tryAcquire(String jobId, String owner, long now, long leaseUntil) {
        return jdbi.withHandle(h -> h.createUpdate("update job_lease set owner = :o, lease_until = :u, "
                + "last_started_at = :now where job_id = :j and next_run_at <= :now "
                + "and (owner is null or lease_until < :now)")
                .bind("o", owner).bind("u", leaseUntil).bind("now", now).bind("j", jobId).execute()) == 1;
    }

    /** Extends a lease this node holds; false if it lost it (expired and taken over). */
    public boolean renew(String jobId, String owner, long leaseUntil) {
        return jdbi.withHandle(h -> h.createUpdate("update job_lease set lease_until = :u where job_id = :j and owner = :o")
                .bind("u", leaseUntil).bind("j", jobId).bind("o", owner).execute()) == 1;
    }

    /** Ends a run: the next is due at {@code nextRun}; the lease is freed. False if this node no longer held it. */
    public boolean finish(String jobId, String owner, long now, long nextRun, String error) {
        String message = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        return jdbi.withHandle(h -> h.createUpdate("update job_lease set owner = null, lease_until = 0, "
                + "next_run_at = :next, last_finished_at = :now, last_owner = :o, last_error = :e, runs = runs + 1 "
                + "where job_id = :j and owner = :o")
                .bind("next", nextRun).bind("now", now).bind("o", owner).bind("e", message).bind("j", jobId)
                .execute()) == 1;
    }

    /** Frees a lease this node holds without counting a run (the job was removed). */
    public void release(String jobId, String owner) {
        jdbi.useHandle(h -> h.createUpdate("update job_lease set owner = null, lease_until = 0 where job_id = :j and owner = :o")
                .bind("j", jobId).bind("o", owner).execute());
    }

    /** The job's row, for tests and the admin screens. */
    public Optional<Lease> lease(String jobId) {
        return jdbi.withHandle(h -> h.createQuery("select job_id, owner, lease_until, next_run_at, runs, last_error "
                + "from job_lease where job_id = :j").bind("j", jobId)
                .map((rs, ctx) -> new Lease(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getString(6)))
                .findOne());
    }

    /** Every row, with its run history: for the job schedule. */
    public java.util.Map<String, Row> rows() {
        return jdbi.withHandle(h -> h.createQuery("select job_id, owner, lease_until, next_run_at, last_started_at, "
                + "last_finished_at, last_owner, last_error, runs from job_lease")
                .map((rs, ctx) -> new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getObject(5) == null ? 0L : rs.getLong(5),
                        rs.getObject(6) == null ? 0L : rs.getLong(6), rs.getString(7), rs.getString(8), rs.getLong(9)))
                .list()).stream().collect(java.util.stream.Collectors.toMap(Row::jobId, r -> r));
    }

    /** A lease row; times in epoch ms, 0 for none. */
    public record Row(String jobId, String owner, long leaseUntil, long nextRunAt, long lastStartedAt,
            long lastFinishedAt, String lastOwner, String lastError, long runs) {
    }

    public record Lease(String jobId, String owner, long leaseUntil, long nextRunAt, long runs, String lastError) {
    }
}
