package org.threadlab.explore.strategy;

import java.util.Arrays;

import org.threadlab.explore.Execution;
import org.threadlab.kernel.choice.Chooser;

/**
 * Stateless depth-first search over the branching points, re-running the program from the
 * start for each schedule, with at most {@code bound} preemptions per schedule (unbounded with
 * {@link Integer#MAX_VALUE}). Alternatives that would exceed the bound are skipped and noted, so
 * an exhausted search says whether it saw every schedule or only those within the bound.
 */
public final class DepthFirst implements Strategy {
    private final int bound;
    private int[] prefix = new int[0];
    private Trail current;
    private boolean exhausted;
    private boolean pruned;

    public DepthFirst(int bound) {
        if (bound < 0) {
            throw new IllegalArgumentException("the preemption bound must not be negative");
        }
        this.bound = bound;
    }

    public int bound() {
        return bound;
    }

    @Override
    public Chooser next() {
        if (exhausted) {
            return null;
        }
        current = new Trail(prefix);
        return current;
    }

    @Override
    public void executed(Execution execution) {
        Trail t = current;
        int[] used = new int[t.size() + 1];
        for (int i = 0; i < t.size(); i++) {
            used[i + 1] = used[i] + Branching.cost(t.point(i), t.alternative(i));
        }
        for (int i = t.size() - 1; i >= 0; i--) {
            for (int alt = t.alternative(i) + 1; alt < t.options(i); alt++) {
                if (used[i] + Branching.cost(t.point(i), alt) > bound) {
                    pruned = true;
                    continue;
                }
                prefix = new int[i + 1];
                for (int j = 0; j < i; j++) {
                    prefix[j] = t.alternative(j);
                }
                prefix[i] = alt;
                return;
            }
        }
        prefix = new int[0];
        exhausted = true;
    }

    @Override
    public boolean exhausted() {
        return exhausted;
    }

    @Override
    public boolean complete() {
        return exhausted && !pruned;
    }

    @Override
    public String coverage() {
        String within = bound == Integer.MAX_VALUE ? "" : " with at most " + bound + (bound == 1 ? " preemption" : " preemptions");
        if (complete()) {
            return "every interleaving";
        }
        return exhausted ? "every schedule" + within : "part of the schedules" + within;
    }

    @Override
    public String toString() {
        return "DepthFirst(bound=" + bound + ", prefix=" + Arrays.toString(prefix) + ")";
    }
}
