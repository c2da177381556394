package org.threadlab.kernel.pool;

import java.util.Arrays;

/**
 * Exact statistics of non-negative waits in ticks, without allocating per sample: a count per
 * wait below {@link #DIRECT} and, for the rare longer waits, the exact values in a growable
 * array, sorted once when a percentile is asked for. Percentiles use the nearest-rank rule.
 */
public final class WaitHistogram {
    /** Waits below this many ticks are counted in a fixed table. */
    public static final int DIRECT = 4096;

    private final long[] counts = new long[DIRECT];
    private long[] overflow = new long[64];
    private int overflowSize;
    private boolean overflowSorted = true;
    private long samples;
    private long sum;
    private long max;

    /** Records one wait of {@code ticks} (at least 0). */
    public void record(long ticks) {
        if (ticks < 0) {
            throw new IllegalArgumentException("a wait cannot be negative: " + ticks);
        }
        if (ticks < DIRECT) {
            counts[(int) ticks]++;
        } else {
            if (overflowSize == overflow.length) {
                overflow = Arrays.copyOf(overflow, overflowSize * 2);
            }
            overflow[overflowSize++] = ticks;
            overflowSorted = false;
        }
        samples++;
        sum += ticks;
        max = Math.max(max, ticks);
    }

    /** Waits recorded. */
    public long samples() {
        return samples;
    }

    /** The mean wait; 0 with no sample. */
    public double mean() {
        return samples == 0 ? 0 : (double) sum / samples;
    }

    /** The longest wait; 0 with no sample. */
    public long max() {
        return max;
    }

    /**
     * The nearest-rank percentile: the smallest recorded wait w such that at least
     * {@code percent}% of the waits are <= w (1 <= percent <= 100); 0 with no sample. Integer
     * arithmetic: rank = ceil(samples * percent / 100).
     */
    public long percentile(int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("percent must be between 1 and 100, got " + percent);
        }
        if (samples == 0) {
            return 0;
        }
        long rank = (samples * percent + 99) / 100;
        long seen = 0;
        for (int w = 0; w < DIRECT; w++) {
            seen += counts[w];
            if (seen >= rank) {
                return w;
            }
        }
        if (!overflowSorted) {
            Arrays.sort(overflow, 0, overflowSize);
            overflowSorted = true;
        }
        return overflow[(int) (rank - seen - 1)];
    }
}
