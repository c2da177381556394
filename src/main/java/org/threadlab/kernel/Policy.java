package org.threadlab.kernel;

/** Scheduling policies of seed 003. OTHER behaves as RR, as on QNX. */
public enum Policy {
    /** Runs until it blocks, yields or is preempted by a higher priority. */
    FIFO,
    /** As FIFO, but gives way to an equal-priority READY thread when its timeslice expires. */
    RR,
    /** Mapped to RR. */
    OTHER;

    /** True when the thread's timeslice is enforced. */
    public boolean isTimesliced() {
        return this != FIFO;
    }
}
