package org.threadlab.kernel;

/**
 * Told after every step the kernel executes, for tools that follow a run step by step (the
 * explorer's counterexample table). With no listener set the kernel pays one null check a step.
 */
@FunctionalInterface
public interface StepListener {
    /** {@code thread} has executed a step of {@code instructions} that ended with {@code end}. */
    void afterStep(SimThread thread, int instructions, StepEnd end);

    /** A listener telling {@code first}, then {@code second}; either may be null. */
    static StepListener chain(StepListener first, StepListener second) {
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        return (thread, instructions, end) -> {
            first.afterStep(thread, instructions, end);
            second.afterStep(thread, instructions, end);
        };
    }
}
