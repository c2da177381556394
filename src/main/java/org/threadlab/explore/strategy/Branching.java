package org.threadlab.explore.strategy;

import org.threadlab.kernel.choice.ChoicePoint;

/**
 * Which choice points a search branches on, and in what order it tries their alternatives.
 * Tick lengths stay realistic (the explorer varies where threads switch with PREEMPT instead);
 * every other point is branched on. Alternative 0 is always what the realistic run would do,
 * so the first schedule a search tries is the realistic one.
 */
final class Branching {
    private Branching() {
    }

    static boolean branches(ChoicePoint point) {
        return point != ChoicePoint.TICK_LENGTH;
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
