package org.threadlab.explore.strategy;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.threadlab.explore.Execution;
import org.threadlab.explore.MachineChooser;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.vm.interp.Machine;

/**
 * Probabilistic concurrency testing (Burckhardt, Kothari, Musuvathi and Nagarakatte, ASPLOS
 * 2010) with depth {@code d}. Each execution gives every thread, when it first shows up at a
 * scheduling choice, a random priority above d (distinct, so a uniformly random order), picks
 * d&minus;1 priority change points uniformly among the first k scheduling steps, and at every
 * PREEMPT, DISPATCH or CPU choice runs the candidate with the highest PCT priority; at the j-th
 * change point the thread about to run drops to priority j (below every initial priority) first.
 * A bug of depth d shows up with probability at least 1/(n k^(d-1)) per execution, n threads.
 *
 * <p>k, the number of scheduling steps, is estimated as the most any earlier execution took (the
 * first execution has no change points). Steps are the scheduling choice points, the only places
 * where this strategy can make a difference. NONDET and SPURIOUS_WAKEUP choices are drawn at
 * random as {@link RandomWalk} does. Everything comes from a generator seeded with (seed,
 * execution number), so execution n is the same on every machine. Never exhausted.
 */
public final class Pct implements Strategy {
    private final long seed;
    private final int depth;
    private long executions;
    private int steps;
    private PctChooser current;

    public Pct(int depth, long seed) {
        if (depth < 1) {
            throw new IllegalArgumentException("the PCT depth must be at least 1");
        }
        this.depth = depth;
        this.seed = seed;
    }

    @Override
    public Chooser next() {
        SplittableRandom random = new SplittableRandom(seed * 0xBF58476D1CE4E5B9L + executions++);
        current = new PctChooser(random, changePoints(random, depth - 1, steps));
        return current;
    }

    /** {@code count} distinct steps drawn uniformly from 1..k (all of them when k is smaller), sorted. */
    static int[] changePoints(SplittableRandom random, int count, int k) {
        int n = Math.min(count, k);
        int[] points = new int[n];
        for (int i = 0; i < n; i++) {
            int candidate;
            boolean fresh;
            do {
                candidate = 1 + random.nextInt(k);
                fresh = true;
                for (int j = 0; j < i; j++) {
                    fresh &= points[j] != candidate;
                }
            } while (!fresh);
            points[i] = candidate;
        }
        Arrays.sort(points);
        return points;
    }

    @Override
    public void executed(Execution execution) {
        steps = Math.max(steps, current.steps);
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
        return "PCT schedules of depth " + depth + " (seed " + seed + ")";
    }

    /** One execution's priorities and change points. */
    private static final class PctChooser implements MachineChooser {
        private final SplittableRandom random;
        private final int[] changePoints;
        /** PCT priority by tid; initial ones are above every change-point priority. */
        private final TreeMap<Integer, Long> priorities = new TreeMap<>();
        private Kernel kernel;
        private int steps;
        private int changed;

        PctChooser(SplittableRandom random, int[] changePoints) {
            this.random = random;
            this.changePoints = changePoints;
        }

        @Override
        public void attach(Machine machine) {
            this.kernel = machine.kernel();
        }

        @Override
        public int choose(ChoicePoint point, int options, int realistic) {
            return switch (point) {
                case PREEMPT, DISPATCH, CPU -> schedule(options);
                case TICK_LENGTH -> realistic;
                case NONDET, SPURIOUS_WAKEUP -> random.nextInt(options);
            };
        }

        private int schedule(int options) {
            List<SimThread> candidates = kernel.choiceCandidates();
            if (candidates.size() != options) {
                throw new IllegalStateException("the kernel names " + candidates.size() + " threads for " + options
                        + " options");
            }
            steps++;
            int best = highest(candidates);
            if (changed < changePoints.length && changePoints[changed] == steps) {
                changed++;
                priorities.put(candidates.get(best).tid(), (long) changed);
                best = highest(candidates);
            }
            return best;
        }

        private int highest(List<SimThread> candidates) {
            int best = 0;
            long bestPriority = Long.MIN_VALUE;
            for (int i = 0; i < candidates.size(); i++) {
                long p = priorities.computeIfAbsent(candidates.get(i).tid(),
                        tid -> Integer.MAX_VALUE + 1L + (random.nextLong() >>> 2));
                if (p > bestPriority) {
                    bestPriority = p;
                    best = i;
                }
            }
            return best;
        }
    }
}
