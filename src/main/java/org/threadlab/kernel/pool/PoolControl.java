package org.threadlab.kernel.pool;

/**
 * The arguments of thread_pool_control(): which limits to change ({@code flags}, QNX's
 * THREAD_POOL_CONTROL_* bits, with the same values as in {@code <sys/dispatch.h>}), their new
 * values (fields not selected are ignored, as the unused members of the C attr are), and the
 * range {@code lower..upper} of the pool's thread count the caller waits for unless
 * {@link #NONBLOCK} is set. Unvalidated: {@link ThreadPool#control} rejects a bad request.
 */
public record PoolControl(int flags, int loWater, int increment, int hiWater, int maximum,
                          int lower, int upper) {
    public static final int HIWATER = 0x0001;
    public static final int LOWATER = 0x0002;
    public static final int MAXIMUM = 0x0004;
    public static final int INCREMENT = 0x0008;
    /** Do not wait for the thread count to enter lower..upper. */
    public static final int NONBLOCK = 0x4000;
    /** All four limits. */
    public static final int ALL_LIMITS = HIWATER | LOWATER | MAXIMUM | INCREMENT;

    /**
     * thread_pool_limits(pool, lowater, hiwater, maximum, increment, flags) as QNX's libc maps it:
     * a negative value leaves that limit unchanged; the wait range is lowater (or 0) up to maximum
     * (or USHRT_MAX); of {@code flags} only NONBLOCK is kept.
     */
    public static PoolControl limits(int loWater, int hiWater, int maximum, int increment, int flags) {
        int f = flags & NONBLOCK;
        f |= hiWater >= 0 ? HIWATER : 0;
        f |= loWater >= 0 ? LOWATER : 0;
        f |= increment >= 0 ? INCREMENT : 0;
        f |= maximum >= 0 ? MAXIMUM : 0;
        return new PoolControl(f, loWater, increment, hiWater, maximum,
                loWater >= 0 ? loWater : 0, maximum >= 0 ? maximum : PoolLimits.USHRT_MAX);
    }

    /** Sets all four limits to {@code limits}, then waits (unless NONBLOCK) for lower..upper. */
    public static PoolControl of(PoolLimits limits, int lower, int upper, int flags) {
        return new PoolControl(ALL_LIMITS | (flags & NONBLOCK), limits.loWater(), limits.increment(),
                limits.hiWater(), limits.maximum(), lower, upper);
    }

    /** True when NONBLOCK is set: the call returns without waiting for lower..upper. */
    public boolean nonblocking() {
        return (flags & NONBLOCK) != 0;
    }

    /**
     * What is wrong with applying this request to {@code current}: a bad wait range, or the
     * merged limits' problem naming the C field; null when it can be applied.
     */
    public String problem(PoolLimits current) {
        if (lower < 0 || upper > PoolLimits.USHRT_MAX || lower > upper) {
            return "lower (" + lower + ") and upper (" + upper + ") must satisfy 0 <= lower <= upper <= "
                    + PoolLimits.USHRT_MAX;
        }
        return PoolLimits.problem(pick(LOWATER, loWater, current.loWater()),
                pick(INCREMENT, increment, current.increment()), pick(HIWATER, hiWater, current.hiWater()),
                pick(MAXIMUM, maximum, current.maximum()));
    }

    /** The limits after this request; throws IllegalArgumentException when {@link #problem} is not null. */
    public PoolLimits applyTo(PoolLimits current) {
        return new PoolLimits(pick(LOWATER, loWater, current.loWater()),
                pick(INCREMENT, increment, current.increment()), pick(HIWATER, hiWater, current.hiWater()),
                pick(MAXIMUM, maximum, current.maximum()));
    }

    /** True when {@code total} threads satisfy the wait range lower..upper (both inclusive). */
    public boolean inRange(int total) {
        return lower <= total && total <= upper;
    }

    private int pick(int bit, int requested, int current) {
        return (flags & bit) != 0 ? requested : current;
    }
}
