package cn.gov.laoshan.district.core.security;

/**
 * How much work an Argon2id password hash costs: memory in KiB, passes over it, lanes. The platform hashes with
 * {@link #OWASP}; tests that hash many passwords pass a {@link #light()} cost so as not to spend seconds on them.
 *
 * @param memoryKiB   memory the hash fills, at least 8 KiB per lane
 * @param passes      passes over the memory (Argon2's t), at least 1
 * @param parallelism lanes (Argon2's p), at least 1
 */
public record PasswordCost(int memoryKiB, int passes, int parallelism) {

    /**
     * OWASP Password Storage Cheat Sheet (2024), first of its equivalent Argon2id settings: m = 19 MiB, t = 2, p = 1.
     * About 50 ms of one core here, a quarter of the 600,000-iteration PBKDF2 it replaces, with 19 MiB that a
     * guessing GPU must pay per attempt.
     */
    public static final PasswordCost OWASP = new PasswordCost(19 * 1024, 2, 1);

    public PasswordCost {
        if (parallelism < 1 || passes < 1 || memoryKiB < 8 * parallelism) {
            throw new IllegalArgumentException("Argon2id needs p >= 1, t >= 1 and m >= 8 KiB per lane: " + this);
        }
    }

    /** A cost for tests only: the smallest Argon2id allows. */
    public static PasswordCost light() {
        return new PasswordCost(8, 1, 1);
    }

    /** Whether a hash made with this cost is weaker than one made with {@code wanted} in any of the three. */
    boolean weakerThan(PasswordCost wanted) {
        return memoryKiB < wanted.memoryKiB || passes < wanted.passes || parallelism < wanted.parallelism;
    }
}
