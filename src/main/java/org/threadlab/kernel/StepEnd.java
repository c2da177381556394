package org.threadlab.kernel;

/**
 * What ended a thread's step, as its {@link ThreadBody} reports it. The explorer's choice points
 * fall after visible steps only: a step that ended on local work (its CPU's tick budget) cannot
 * change what another thread sees, so switching there would only repeat an interleaving.
 */
public enum StepEnd {
    /** The step ran out of tick budget doing thread-local work. */
    LOCAL,
    /** The step ended with an access to memory another thread can reach. */
    SHARED_ACCESS,
    /** The step ended with a kernel or library call (every step of a Java body does). */
    KERNEL_CALL
}
