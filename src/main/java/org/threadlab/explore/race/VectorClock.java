package org.threadlab.explore.race;

import java.util.Arrays;

/**
 * A vector clock: one logical time per thread id (tids start at 1 and are never reused), 0 for a
 * thread not seen. Grows as larger tids appear.
 */
final class VectorClock {
    private int[] times = new int[8];

    int get(int tid) {
        return tid < times.length ? times[tid] : 0;
    }

    void set(int tid, int time) {
        if (tid >= times.length) {
            times = Arrays.copyOf(times, Math.max(tid + 1, times.length * 2));
        }
        times[tid] = time;
    }

    void increment(int tid) {
        set(tid, get(tid) + 1);
    }

    /** This clock becomes the pointwise maximum of itself and {@code other}. */
    void join(VectorClock other) {
        if (other.times.length > times.length) {
            times = Arrays.copyOf(times, other.times.length);
        }
        for (int i = 0; i < other.times.length; i++) {
            if (other.times[i] > times[i]) {
                times[i] = other.times[i];
            }
        }
    }

    /** True when the event of {@code tid} at {@code time} happens before (or is) this clock's now. */
    boolean covers(int tid, int time) {
        return time <= get(tid);
    }
}
