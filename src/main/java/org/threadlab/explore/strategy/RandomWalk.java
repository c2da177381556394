package org.threadlab.explore.strategy;

import java.util.SplittableRandom;

import org.threadlab.explore.Execution;
import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.kernel.choice.Chooser;

/**
 * Seeded random walks: each execution draws every branching choice uniformly from a generator
 * seeded with (seed, execution number), so execution n is the same on every machine. Never
 * exhausted: the explorer's budget ends it.
 */
public final class RandomWalk implements Strategy {
    private final long seed;
    private long executions;

    public RandomWalk(long seed) {
        this.seed = seed;
    }

    @Override
    public Chooser next() {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + executions++);
        return (ChoicePoint point, int options, int realistic) ->
                Branching.branches(point) ? random.nextInt(options) : realistic;
    }

    @Override
    public void executed(Execution execution) {
    }

    @Override
    public boolean exhausted() {
        return false;
    }

    @Override
    public boolean complete() {
        return false;
    }

    @Override
    public String coverage() {
        return "random schedules (seed " + seed + ")";
    }
}
