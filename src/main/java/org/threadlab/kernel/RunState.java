package org.threadlab.kernel;

/** Why {@link Kernel#run} returned. */
public enum RunState {
    /** The instruction budget of the call ran out; threads can still run. */
    RUNNABLE,
    /** Live threads exist but every one is blocked and no timer is pending. */
    QUIESCENT,
    /** No live thread is left. */
    FINISHED,
    /** A thread or the driver halted the kernel (see {@link Kernel#halt}). */
    HALTED
}
