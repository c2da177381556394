package org.threadlab.explore.strategy;

import org.threadlab.explore.Execution;
import org.threadlab.kernel.choice.Chooser;

/**
 * {@code --strategy auto}: iterative context bounding up to {@code maxBound} preemptions (most
 * bugs need few, and it finds them with the fewest), complete when a round skips nothing; then
 * seeded random walks for whatever budget is left.
 */
public final class Auto implements Strategy {
    private final IterativeBounding bounded;
    private final RandomWalk random;
    private boolean randomPhase;
    private long randomExecutions;

    public Auto(int maxBound, long seed) {
        this.bounded = new IterativeBounding(maxBound);
        this.random = new RandomWalk(seed);
    }

    @Override
    public Chooser next() {
        if (!randomPhase) {
            Chooser c = bounded.next();
            if (c != null) {
                return c;
            }
            if (bounded.complete()) {
                return null;
            }
            randomPhase = true;
        }
        randomExecutions++;
        return random.next();
    }

    @Override
    public void executed(Execution execution) {
        if (randomPhase) {
            random.executed(execution);
        } else {
            bounded.executed(execution);
        }
    }

    @Override
    public boolean exhausted() {
        return !randomPhase && bounded.exhausted() && bounded.complete();
    }

    @Override
    public boolean complete() {
        return exhausted();
    }

    @Override
    public String coverage() {
        if (!randomPhase) {
            return bounded.coverage();
        }
        return bounded.coverage() + ", then " + randomExecutions + " random schedule" + (randomExecutions == 1 ? "" : "s");
    }
}
