package org.threadlab.explore.strategy;

import org.threadlab.explore.Execution;
import org.threadlab.kernel.choice.Chooser;

/**
 * {@code --strategy auto}: iterative context bounding up to {@code maxBound} preemptions (most
 * bugs need few, and it finds them with the fewest), complete when a round skips nothing; then
 * DPOR with sleep sets, complete when it exhausts the program's interleavings; then seeded
 * random walks for whatever budget is left: DPOR gives way to them as soon as one of its
 * executions runs out of instructions (a spin-wait that DPOR's first schedules keep spinning)
 * or meets several CPUs, since it could not be complete then.
 */
public final class Auto implements Strategy {
    private enum Phase { BOUNDED, DPOR, RANDOM }

    private final IterativeBounding bounded;
    private final Dpor dpor = new Dpor();
    private final RandomWalk random;
    private Phase phase = Phase.BOUNDED;
    private long randomExecutions;

    public Auto(int maxBound, long seed) {
        this.bounded = new IterativeBounding(maxBound);
        this.random = new RandomWalk(seed);
    }

    @Override
    public Chooser next() {
        if (phase == Phase.BOUNDED) {
            Chooser c = bounded.next();
            if (c != null) {
                return c;
            }
            if (bounded.complete()) {
                return null;
            }
            phase = Phase.DPOR;
        }
        if (phase == Phase.DPOR) {
            Chooser c = dpor.next();
            if (c != null) {
                return c;
            }
            if (dpor.complete()) {
                return null;
            }
            phase = Phase.RANDOM;
        }
        randomExecutions++;
        return random.next();
    }

    @Override
    public void executed(Execution execution) {
        switch (phase) {
            case BOUNDED -> bounded.executed(execution);
            case DPOR -> {
                dpor.executed(execution);
                if (dpor.cut()) { // a spinning program: DPOR's depth-first runs would each spin to the budget
                    phase = Phase.RANDOM;
                }
            }
            case RANDOM -> random.executed(execution);
        }
    }

    @Override
    public boolean exhausted() {
        return switch (phase) {
            case BOUNDED -> bounded.exhausted() && bounded.complete();
            case DPOR -> dpor.exhausted() && dpor.complete();
            case RANDOM -> false;
        };
    }

    @Override
    public boolean complete() {
        return exhausted();
    }

    @Override
    public String coverage() {
        return switch (phase) {
            case BOUNDED -> bounded.coverage();
            case DPOR -> dpor.complete() ? dpor.coverage() : bounded.coverage() + ", then " + dpor.coverage();
            case RANDOM -> bounded.coverage() + ", then " + dpor.coverage() + ", then " + randomExecutions
                    + " random schedule" + (randomExecutions == 1 ? "" : "s");
        };
    }
}
