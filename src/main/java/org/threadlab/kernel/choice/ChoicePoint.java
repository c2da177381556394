package org.threadlab.kernel.choice;

/** The kinds of points where a real system could go either way (DESIGN.md section 1). */
public enum ChoicePoint {
    /** Which busy CPU executes the next instruction (SMP only). */
    CPU,
    /** How many instructions the next clock tick lasts, i.e. where the next timer interrupt falls. */
    TICK_LENGTH,
    /** Whether a condition-variable wait ends with a spurious wakeup (when they are enabled). */
    SPURIOUS_WAKEUP
}
