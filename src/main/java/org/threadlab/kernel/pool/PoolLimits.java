package org.threadlab.kernel.pool;

/**
 * The operating parameters of a thread pool, the four {@code unsigned short} fields of
 * {@code thread_pool_attr_t} (seed 003): at least {@code loWater} threads should sit in the
 * blocking operation, {@code increment} are created per lo_water trip, a thread finishing its
 * processing is destroyed when that would put more than {@code hiWater} in the blocking
 * operation, and the pool never has more than {@code maximum} threads. Always valid: every
 * message names the offending field by its C name.
 */
public record PoolLimits(int loWater, int increment, int hiWater, int maximum) {
    /** Largest value of a field: they are {@code unsigned short} in thread_pool_attr_t. */
    public static final int USHRT_MAX = 65_535;

    /** The limits of seed 003's example (tp1.c): lo_water 3, increment 2, hi_water 7, maximum 10. */
    public static final PoolLimits SEED_003 = new PoolLimits(3, 2, 7, 10);

    /** Throws IllegalArgumentException with {@link #problem}'s message when the limits are invalid. */
    public PoolLimits {
        String problem = problem(loWater, increment, hiWater, maximum);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /**
     * What is wrong with these values, naming the C field, e.g. "lo_water (5) must not exceed
     * hi_water (3)"; null when they make valid limits. Fields are checked in struct order.
     */
    public static String problem(int loWater, int increment, int hiWater, int maximum) {
        String range = range("lo_water", loWater);
        range = range != null ? range : range("increment", increment);
        range = range != null ? range : range("hi_water", hiWater);
        range = range != null ? range : range("maximum", maximum);
        if (range != null) {
            return range;
        }
        if (increment < 1) {
            return "increment (" + increment + ") must be at least 1";
        }
        if (loWater > hiWater) {
            return "lo_water (" + loWater + ") must not exceed hi_water (" + hiWater + ")";
        }
        if (maximum < loWater) {
            return "maximum (" + maximum + ") must not be less than lo_water (" + loWater + ")";
        }
        return null;
    }

    private static String range(String field, int value) {
        if (value < 0) {
            return field + " (" + value + ") must not be negative";
        }
        if (value > USHRT_MAX) {
            return field + " (" + value + ") must not exceed " + USHRT_MAX;
        }
        return null;
    }

    /** The C initialisers, e.g. "lo_water=3 increment=2 hi_water=7 maximum=10". */
    @Override
    public String toString() {
        return "lo_water=" + loWater + " increment=" + increment + " hi_water=" + hiWater + " maximum=" + maximum;
    }
}
