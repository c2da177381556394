package org.threadlab.explore.strategy;

import org.threadlab.explore.Execution;
import org.threadlab.explore.Target;
import org.threadlab.kernel.choice.Chooser;

/**
 * A way of choosing the schedules to try. The explorer asks for a chooser, runs one execution
 * with it, reports the execution back, and asks again until the strategy has nothing left, a
 * bug is found, or the budget ends.
 */
public interface Strategy {
    /** The chooser for the next execution, or null when the strategy has covered all it can. */
    Chooser next();

    /**
     * The target the next execution runs: {@code base} itself, or a coarser view of it (fewer
     * preemption points) that the strategy has shown covers the same behaviour.
     */
    default Target target(Target base) {
        return base;
    }

    /**
     * Runs one execution of {@code target} with {@code chooser}, the strategy's last: from the
     * start, or from a snapshot the strategy keeps.
     */
    default Execution run(Target target, Chooser chooser) {
        return Execution.run(target, chooser);
    }

    /** How the execution run with the last chooser went. */
    void executed(Execution execution);

    /** True when the executions so far covered every schedule the strategy's bound allows. */
    boolean exhausted();

    /**
     * What a clean search covered, for the verdict: "every interleaving" for an exhaustive
     * search, "every schedule with at most 2 preemptions", "random schedules".
     */
    String coverage();

    /** True when {@link #exhausted()} means every schedule of the program, with no bound. */
    boolean complete();

    /** The distinct states a stateful strategy has stored, or -1 for a stateless one. */
    default long states() {
        return -1;
    }
}
