package org.threadlab.kernel;

/**
 * Where the kernel lets its {@link org.threadlab.kernel.choice.Chooser} switch an RR thread for
 * an equal-priority READY one, as a timer interrupt falling at that moment would
 * ({@link org.threadlab.kernel.choice.ChoicePoint#PREEMPT}). FIFO threads are never switched this
 * way, and a higher-priority thread never waits for one: the scheduling rules still hold.
 */
public enum Preemption {
    /** Only where the clock and the timeslice put it (realistic and random runs). */
    TIMER,
    /** Also after every kernel or library call. */
    KERNEL_CALLS,
    /** Also after every kernel call and every access to shared memory (the explorer's default). */
    SHARED_ACCESSES,
    /**
     * Only after kernel calls, and timeslices never expire: threads switch only where the
     * chooser says, where a thread blocks or ends, and by priority. The explorer's view of a
     * program that it has checked has no data race (see the explorer's SegmentConflicts).
     */
    KERNEL_CALLS_ONLY;

    /** True when timeslices expire and rotate RR threads (in every mode but {@link #KERNEL_CALLS_ONLY}). */
    boolean rotatesSlices() {
        return this != KERNEL_CALLS_ONLY;
    }

    /** True when a step that ended with {@code end} is followed by a choice point. */
    boolean offersAfter(StepEnd end) {
        return switch (this) {
            case TIMER -> false;
            case KERNEL_CALLS, KERNEL_CALLS_ONLY -> end == StepEnd.KERNEL_CALL;
            case SHARED_ACCESSES -> end != StepEnd.LOCAL;
        };
    }
}
