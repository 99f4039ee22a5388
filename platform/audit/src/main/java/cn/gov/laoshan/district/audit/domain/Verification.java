package cn.gov.laoshan.district.audit.domain;

import java.time.Duration;

/**
 * The outcome of walking the chain.
 *
 * @param ok       every record is intact and linked, and the chain head agrees with the last record
 * @param checked  records read (all of them when {@code ok}; up to and including the bad one otherwise)
 * @param problem  what is wrong with the first bad record, or {@code null}
 * @param recordId the first bad record (for a gap: the first missing id), or {@code null}
 * @param detail   a technical explanation (ids, expected and found hashes)
 * @param took     how long the walk took
 */
public record Verification(boolean ok, long checked, Problem problem, Long recordId, String detail, Duration took) {

    /** What can be wrong. */
    public enum Problem {
        /** The record's fields no longer give its stored hash: it was changed. */
        HASH_MISMATCH,
        /** The record does not hold the hash of the record before it: that one was replaced or re-hashed. */
        BROKEN_LINK,
        /** Ids are missing: records were deleted. */
        GAP,
        /** The chain head names a later record than the table holds: the newest records were deleted. */
        TRUNCATED
    }

    public static Verification ok(long checked, Duration took) {
        return new Verification(true, checked, null, null, "OK", took);
    }

    public static Verification broken(long checked, Problem problem, long recordId, String detail, Duration took) {
        return new Verification(false, checked, problem, recordId, detail, took);
    }
}
