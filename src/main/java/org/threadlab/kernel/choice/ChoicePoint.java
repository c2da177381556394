package org.threadlab.kernel.choice;

/** The kinds of points where a real system could go either way (DESIGN.md section 1). */
public enum ChoicePoint {
    /** Which busy CPU executes the next instruction (SMP only). */
    CPU,
    /** How many instructions the next clock tick lasts, i.e. where the next timer interrupt falls. */
    TICK_LENGTH,
    /** Whether a condition-variable wait ends with a spurious wakeup (when they are enabled). */
    SPURIOUS_WAKEUP,
    /**
     * After a visible step of an RR thread with an equal-priority thread READY (when
     * {@code KernelConfig.preemption} allows): 0 lets it go on, k switches to the k-th such
     * READY thread, as a timer interrupt there would. Choosing k > 0 is a preemption.
     */
    PREEMPT,
    /**
     * Before the first step of a thread that just got a free CPU, with other equal-priority RR
     * threads READY: 0 runs it, k runs the k-th of the others instead. Not a preemption: the
     * thread has not run yet and keeps its place at the head of its queue.
     */
    DISPATCH,
    /**
     * 16 bits (or fewer) of a program's nondeterministic input: SV-COMP's __VERIFIER_nondet_*
     * take one choice per 16 bits of their value, lowest first, so a bool is one choice of 2, a
     * char one of 256 and an int two of 65,536. The realistic answer is the run's seeded generator.
     */
    NONDET
}
