package org.threadlab.vm.lib;

import org.threadlab.kernel.Kernel;
import org.threadlab.vm.mem.AddressSpace;

/**
 * The C library's view of the kernel's simulated clock: {@value #TICKS_PER_SECOND} ticks a
 * second (1 tick = 1 ms, QNX's default). CLOCK_MONOTONIC starts at 0 with the run;
 * CLOCK_REALTIME starts at the fixed {@value #REALTIME_EPOCH_SECONDS} (2026-01-01 00:00:00 UTC),
 * so runs are reproducible. struct timespec and struct timeval are two 8-byte fields.
 */
public final class SimClock {
    public static final long TICKS_PER_SECOND = 1000;
    public static final long NANOS_PER_TICK = 1_000_000_000L / TICKS_PER_SECOND;
    public static final long REALTIME_EPOCH_SECONDS = 1_767_225_600L;
    public static final int CLOCK_REALTIME = 0;
    public static final int CLOCK_MONOTONIC = 1;
    public static final int CLOCK_PROCESS_CPUTIME_ID = 2;
    public static final int CLOCK_THREAD_CPUTIME_ID = 3;

    private SimClock() {
    }

    /** Nanoseconds since the run started. */
    public static long monotonicNanos(Kernel kernel) {
        return kernel.tick() * NANOS_PER_TICK;
    }

    /** Nanoseconds since the Unix epoch on the simulated wall clock. */
    public static long realtimeNanos(Kernel kernel) {
        return REALTIME_EPOCH_SECONDS * 1_000_000_000L + monotonicNanos(kernel);
    }

    /** Whole ticks covering {@code nanos} (rounded up; at least 0). */
    public static long ticksCovering(long nanos) {
        return nanos <= 0 ? 0 : (nanos + NANOS_PER_TICK - 1) / NANOS_PER_TICK;
    }

    /** Reads a struct timespec as nanoseconds; -1 when tv_nsec is out of range or tv_sec negative. */
    public static long readTimespec(AddressSpace memory, long addr) {
        long sec = memory.load64(addr);
        long nsec = memory.load64(addr + 8);
        if (nsec < 0 || nsec >= 1_000_000_000L || sec < 0 || sec > Long.MAX_VALUE / 1_000_000_000L - 1) {
            return -1;
        }
        return sec * 1_000_000_000L + nsec;
    }

    public static void writeTimespec(AddressSpace memory, long addr, long nanos) {
        memory.store64(addr, nanos / 1_000_000_000L);
        memory.store64(addr + 8, nanos % 1_000_000_000L);
    }

    /**
     * For a timed wait until the absolute CLOCK_REALTIME time at {@code abstime}: the ticks to wait
     * (at least 1 when the deadline is in the future), 0 when it has passed, -1 when invalid.
     */
    public static long ticksUntil(Kernel kernel, AddressSpace memory, long abstime) {
        return ticksUntil(kernel, memory, abstime, false);
    }

    /** As {@link #ticksUntil(Kernel, AddressSpace, long)}, on CLOCK_MONOTONIC when {@code monotonic}. */
    public static long ticksUntil(Kernel kernel, AddressSpace memory, long abstime, boolean monotonic) {
        long deadline = readTimespec(memory, abstime);
        if (deadline < 0) {
            return -1;
        }
        return ticksCovering(deadline - (monotonic ? monotonicNanos(kernel) : realtimeNanos(kernel)));
    }
}
