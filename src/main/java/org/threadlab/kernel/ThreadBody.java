package org.threadlab.kernel;

/**
 * What a simulated thread executes: the VM's interpreter, a scripted behaviour in a test, or a
 * pool workload. The kernel calls {@link #step} each time the thread gets an instruction slot on
 * a CPU.
 *
 * <p>Contract: a step makes at most one kernel call, and makes it last. If the call blocks the
 * thread, the step returns at once; the call's outcome is in {@link SimThread#result()} and
 * {@link SimThread#value()} when the thread next runs. A step may charge several instructions of
 * thread-local work by returning more than 1.
 */
@FunctionalInterface
public interface ThreadBody {
    /** Runs one step of {@code self} and returns the instructions it used (at least 1). */
    int step(Kernel kernel, SimThread self);

    /**
     * What ended the last step. A Java body makes a kernel call in every step, so that is the
     * default; the VM says when a step ended on local work or a shared access.
     */
    default StepEnd lastStepEnd() {
        return StepEnd.KERNEL_CALL;
    }
}
