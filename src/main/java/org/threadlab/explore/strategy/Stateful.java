package org.threadlab.explore.strategy;

import java.util.Locale;

import org.threadlab.explore.Execution;
import org.threadlab.explore.MachineChooser;
import org.threadlab.explore.StateHasher;
import org.threadlab.explore.Target;
import org.threadlab.kernel.StateDigest;
import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.vm.interp.Machine;

/**
 * Stateful depth-first search: the same choice tree as {@link DepthFirst} (unbounded), with a
 * visited set of state digests ({@link StateHasher}). Executions are still re-runs from the
 * start: each follows a prefix of alternatives, and from there on it hashes the state at every
 * scheduling choice (PREEMPT, DISPATCH, CPU); a state seen before, in this execution or an
 * earlier one, ends the execution there (the kernel halts, the run is not a bug) and its
 * alternatives are not tried, since every state it leads to has been or will be reached from its
 * first visit. Other choice points (bool NONDET, SPURIOUS_WAKEUP) are branched on without a hash.
 * Exhausted, the search has reached every reachable state: a complete verdict, also for programs
 * whose executions never end (a spin-wait loops back to a state it has seen).
 *
 * <p>When a state holds something the hash does not cover (a thread pool), that state is
 * neither stored nor pruned on, so the search stays sound and only does more work.
 */
public final class Stateful implements Strategy {
    /** The reason the kernel is halted with when a state was seen before. */
    public static final String PRUNED = "stateful search: state seen before";

    private final StateHasher hasher;
    private final StateSet visited = new StateSet();
    private int[] prefix = new int[0];
    private Trail current;
    private boolean exhausted;
    private long prunes;
    private String uncovered;

    public Stateful(Target target) {
        this.hasher = new StateHasher(target);
    }

    @Override
    public Chooser next() {
        if (exhausted) {
            return null;
        }
        current = new Trail(prefix);
        return new Pruning(current, prefix.length);
    }

    @Override
    public void executed(Execution execution) {
        Trail t = current;
        for (int i = t.size() - 1; i >= 0; i--) {
            if (t.alternative(i) + 1 < t.options(i)) {
                prefix = new int[i + 1];
                for (int j = 0; j < i; j++) {
                    prefix[j] = t.alternative(j);
                }
                prefix[i] = t.alternative(i) + 1;
                return;
            }
        }
        prefix = new int[0];
        exhausted = true;
    }

    /** The distinct states stored so far. */
    @Override
    public long states() {
        return visited.size();
    }

    /** Executions ended early at a state seen before. */
    public long prunes() {
        return prunes;
    }

    @Override
    public boolean exhausted() {
        return exhausted;
    }

    @Override
    public boolean complete() {
        return exhausted;
    }

    @Override
    public String coverage() {
        String states = String.format(Locale.ROOT, "%,d state%s", visited.size(), visited.size() == 1 ? "" : "s");
        String note = uncovered == null ? "" : " (the state hash does not cover " + uncovered + ": such states were not merged)";
        return (exhausted ? "every reachable state, " : "part of the reachable states, ") + states + note;
    }

    /**
     * The chooser of one execution: a {@link Trail} that, past its prefix, hashes the state at each
     * scheduling choice and halts the run at a state seen before.
     */
    private final class Pruning implements MachineChooser {
        private final Trail trail;
        private final int replayed;
        private Machine machine;
        private boolean halted;

        Pruning(Trail trail, int replayed) {
            this.trail = trail;
            this.replayed = replayed;
        }

        @Override
        public void attach(Machine machine) {
            this.machine = machine;
        }

        @Override
        public int choose(ChoicePoint point, int options, int realistic) {
            if (halted) {
                return realistic; // the step under way when the kernel halted finishes realistically
            }
            boolean scheduling = point == ChoicePoint.PREEMPT || point == ChoicePoint.DISPATCH || point == ChoicePoint.CPU;
            if (scheduling && machine != null && trail.size() >= replayed) {
                StateDigest d = hasher.digest(machine, point);
                if (d.uncoveredReason() != null) {
                    if (uncovered == null) {
                        uncovered = d.uncoveredReason();
                    }
                } else if (!visited.add(d.high(), d.low())) {
                    prunes++;
                    halted = true;
                    machine.kernel().halt(PRUNED);
                    return realistic;
                }
            }
            return trail.choose(point, options, realistic);
        }
    }
}
