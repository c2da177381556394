package org.threadlab.explore.strategy;

import org.threadlab.explore.Execution;
import org.threadlab.kernel.choice.Chooser;

/**
 * Iterative context bounding (Musuvathi and Qadeer, PLDI 2007): every schedule with 0
 * preemptions, then every one with at most 1, and so on up to {@code maxBound}, so the first bug
 * found needs the fewest preemptions. Each round repeats the schedules of the rounds before it.
 * Stops early, complete, when a round skipped nothing for its bound.
 */
public final class IterativeBounding implements Strategy {
    private final int maxBound;
    private DepthFirst round = new DepthFirst(0);

    public IterativeBounding(int maxBound) {
        if (maxBound < 0) {
            throw new IllegalArgumentException("the preemption bound must not be negative");
        }
        this.maxBound = maxBound;
    }

    @Override
    public Chooser next() {
        Chooser chooser = round.next();
        if (chooser == null && !round.complete() && round.bound() < maxBound) {
            round = new DepthFirst(round.bound() + 1);
            chooser = round.next();
        }
        return chooser;
    }

    @Override
    public void executed(Execution execution) {
        round.executed(execution);
    }

    @Override
    public boolean exhausted() {
        return round.exhausted() && (round.complete() || round.bound() == maxBound);
    }

    @Override
    public boolean complete() {
        return round.complete();
    }

    /** The bound of the round in progress (or the last one). */
    public int bound() {
        return round.bound();
    }

    @Override
    public String coverage() {
        return round.coverage();
    }
}
