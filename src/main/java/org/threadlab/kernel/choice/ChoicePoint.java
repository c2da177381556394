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
     * 16 bits (or fewer) of a program's nondeterministic input: SV-COMP's __VERIFIER_nondet_*
     * take one choice per 16 bits of their value, lowest first, so a bool is one choice of 2, a
     * char one of 256 and an int two of 65,536. The realistic answer is the run's seeded generator.
     */
    NONDET
}
