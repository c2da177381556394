package org.threadlab.explore.strategy;

import org.threadlab.kernel.choice.ChoicePoint;

/**
 * Which choice points a search branches on, and in what order it tries their alternatives.
 * Tick lengths stay realistic (the explorer varies where threads switch with PREEMPT instead).
 * A depth-first search enumerates a NONDET choice only when it has two options (a bool): wider
 * values (256 or 65,536 options per choice) keep the realistic value there, and only random walks
 * vary them. Every other point is branched on. Alternative 0 is always what the realistic run
 * would do, so the first schedule a search tries is the realistic one.
 */
final class Branching {
    private Branching() {
    }

    /** True when a random walk draws this point's answer. */
    static boolean branches(ChoicePoint point) {
        return point != ChoicePoint.TICK_LENGTH;
    }

    /** True when a depth-first search tries every alternative of this point. */
    static boolean enumerates(ChoicePoint point, int options) {
        return branches(point) && (point != ChoicePoint.NONDET || options <= 2);
    }

    /** The choice that alternative {@code alternative} (0 = realistic) stands for. */
    static int choice(int alternative, int realistic) {
        if (alternative == 0) {
            return realistic;
        }
        return alternative <= realistic ? alternative - 1 : alternative;
    }

    /** The preemptions alternative {@code alternative} at {@code point} costs. */
    static int cost(ChoicePoint point, int alternative) {
        return point == ChoicePoint.PREEMPT && alternative != 0 ? 1 : 0;
    }
}
