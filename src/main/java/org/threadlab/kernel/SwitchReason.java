package org.threadlab.kernel;

/** Why a thread left its CPU, reported with each context switch. */
public enum SwitchReason {
    /** The CPU was idle. */
    IDLE("idle"),
    /** The thread blocked in a kernel call. */
    BLOCKED("blocked"),
    /** A higher-priority thread became READY. */
    PREEMPTED("preempted"),
    /** The thread called sched_yield with an equal-priority thread READY. */
    YIELDED("yielded"),
    /** The thread's RR timeslice expired with an equal-priority thread READY. */
    SLICE_EXPIRED("timeslice expired"),
    /** The chooser switched threads at a PREEMPT or DISPATCH choice point (a timer interrupt there). */
    CHOSEN("timer interrupt"),
    /** The thread terminated. */
    EXITED("exited");

    private final String text;

    SwitchReason(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
