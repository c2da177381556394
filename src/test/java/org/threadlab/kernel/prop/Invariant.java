package org.threadlab.kernel.prop;

import org.threadlab.kernel.event.KernelEvent;

/**
 * A property of every run, checked as it happens. An invariant may keep state across one run
 * (a fresh instance per run); each check returns a one-line description of the violation, or
 * null when the property holds.
 */
public interface Invariant {
    /** Called once the program's objects and threads exist, before the first step. */
    default void start(RunView view) {
    }

    /** Called for each event as the kernel emits it, in order. */
    default String onEvent(KernelEvent event, RunView view) {
        return null;
    }

    /** Called between two steps, when the kernel is consistent. */
    default String afterStep(RunView view) {
        return null;
    }
}
