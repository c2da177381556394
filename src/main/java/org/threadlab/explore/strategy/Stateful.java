package org.threadlab.explore.strategy;

import java.util.List;
import java.util.Locale;

import org.threadlab.explore.Execution;
import org.threadlab.explore.MachineChooser;
import org.threadlab.explore.StateHasher;
import org.threadlab.explore.Target;
import org.threadlab.explore.check.InvariantAt;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.Preemption;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.StateDigest;
import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.choice.RecordingChooser;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.VmOutcome;

/**
 * Stateful depth-first search: the same choice tree as {@link DepthFirst} (unbounded), with a
 * visited set of state digests ({@link StateHasher}). Each execution follows a prefix of
 * alternatives, run on from the snapshot kept where it branches off the previous path
 * ({@link Snapshots}; from the start when there is none), and from there on it hashes the
 * state at every scheduling choice (PREEMPT, DISPATCH, CPU); a state seen before, in this
 * execution or an earlier one, ends the execution there (the kernel halts, the run is not a
 * bug) and its alternatives are not tried, since every state it leads to has been or will be
 * reached from its first visit. Other choice points (bool NONDET, SPURIOUS_WAKEUP) are branched on without a hash.
 * Exhausted, the search has reached every reachable state: a complete verdict, also for programs
 * whose executions never end (a spin-wait loops back to a state it has seen).
 *
 * <p>When a state holds something the hash does not cover (a thread pool), that state is
 * neither stored nor pruned on, so the search stays sound and only does more work. An execution
 * that ends on its instruction budget leaves states unexplored: the search is then not complete.
 *
 * <p>{@link #atKernelCalls} searches a coarser view of the target: threads switch only at
 * kernel calls ({@link Preemption#KERNEL_CALLS_ONLY}), far fewer states. That covers every
 * interleaving only for a program without data races, which {@link SegmentConflicts} checks
 * at every choice as it goes. After the first conflict the search goes on, since the bugs it
 * finds are real, but it is no longer complete.
 */
public final class Stateful implements Strategy {
    /** The reason the kernel is halted with when a state was seen before. */
    public static final String PRUNED = "stateful search: state seen before";

    private final StateHasher hasher;
    /** The coarse view this search runs, or null to run the target it is given. */
    private final Target view;
    /** The data race check of the coarse view, or null. */
    private final SegmentConflicts conflicts;
    private final StateSet visited = new StateSet();
    private int[] prefix = new int[0];
    private Trail current;
    private boolean exhausted;
    private long prunes;
    private String uncovered;
    private boolean budgetCut;
    private final Snapshots snapshots = new Snapshots();
    /** The prefix's last entry is the last alternative of its choice. */
    private boolean lastAlternative;

    public Stateful(Target target) {
        this(target, null, null);
    }

    private Stateful(Target hashed, Target view, SegmentConflicts conflicts) {
        this.hasher = new StateHasher(hashed);
        this.view = view;
        this.conflicts = conflicts;
    }

    /**
     * The stateful search of {@code target} with threads switching only at kernel calls, checked
     * for data races as it goes; or null when that view cannot stand for the target, and why not
     * is {@link #whyNotAtKernelCalls}.
     */
    public static Stateful atKernelCalls(Target target) {
        if (whyNotAtKernelCalls(target) != null) {
            return null;
        }
        KernelConfig coarse = target.kernel().toBuilder().preemption(Preemption.KERNEL_CALLS_ONLY).build();
        Target view = new Target(target.program(), target.library(), target.vm(), coarse, target.argv(),
                target.seed(), target.checks());
        return new Stateful(view, view, new SegmentConflicts());
    }

    /**
     * Why switching at kernel calls only cannot stand for {@code target}'s schedules, or null:
     * the reduction needs one CPU, timing that only the chooser decides (no clock reads or
     * sleeps), no processes, and invariants checked at exit only (an invariant checked at every
     * step can see two threads half-way through their segments).
     */
    public static String whyNotAtKernelCalls(Target target) {
        if (target.kernel().cpus() != 1) {
            return "it has several CPUs";
        }
        if (target.kernel().preemption() != Preemption.SHARED_ACCESSES) {
            return "its preemption points are chosen";
        }
        if (StateHasher.readsClock(target.program())) {
            return "it reads or waits for the clock";
        }
        if (target.program().builtins().contains("fork")) {
            return "it forks processes";
        }
        if (!target.checks().invariants().isEmpty() && target.checks().at() == InvariantAt.STEP) {
            return "its invariants are checked at every step";
        }
        return null;
    }

    @Override
    public Target target(Target base) {
        return view == null ? base : view;
    }

    /** The data race that stopped a kernel-call search, described, or null. */
    public String conflict() {
        return conflicts == null ? null : conflicts.conflict();
    }

    @Override
    public Chooser next() {
        if (exhausted) {
            return null;
        }
        current = snapshots.trail(prefix);
        return new Pruning(current, prefix.length);
    }

    @Override
    public Execution run(Target target, Chooser chooser) {
        return snapshots.run(target, chooser, prefix, lastAlternative);
    }

    /**
     * This search without snapshots: every execution re-runs the program from the start, as
     * when a state cannot be copied. Only to check that the snapshots change nothing.
     */
    Stateful rerunning() {
        snapshots.off();
        return this;
    }

    @Override
    public void executed(Execution execution) {
        if (conflicts != null && conflicts.conflict() == null) {
            conflicts.endExecution();
        }
        if (cutShort(execution)) {
            budgetCut = true;
        }
        Trail t = current;
        for (int i = t.size() - 1; i >= 0; i--) {
            if (t.alternative(i) + 1 < t.options(i)) {
                prefix = new int[i + 1];
                for (int j = 0; j < i; j++) {
                    prefix[j] = t.alternative(j);
                }
                prefix[i] = t.alternative(i) + 1;
                lastAlternative = prefix[i] + 1 == t.options(i);
                snapshots.backtrackTo(i);
                return;
            }
        }
        prefix = new int[0];
        snapshots.backtrackTo(-1);
        exhausted = true;
    }

    /**
     * True when {@code e} ended on a budget or was cut short (by the livelock check's window),
     * rather than at its end, at a bug or at a state seen before: what lay beyond was not run.
     */
    static boolean cutShort(Execution e) {
        VmOutcome o = e.outcome();
        return e.bug() == null && (o.status() == VmOutcome.Status.BUDGET
                || o.status() == VmOutcome.Status.HALTED && !PRUNED.equals(o.haltReason()));
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
        return exhausted && !budgetCut && conflict() == null;
    }

    @Override
    public String coverage() {
        String states = String.format(Locale.ROOT, "%,d state%s", visited.size(), visited.size() == 1 ? "" : "s");
        String note = uncovered == null ? "" : " (the state hash does not cover " + uncovered + ": such states were not merged)";
        String where = view == null ? "" : " switching threads at kernel calls only";
        if (conflict() != null) {
            return "part of the reachable states" + where + ", " + states + " (not every interleaving: a data race, "
                    + conflict() + ")";
        }
        String covered = complete() ? "every reachable state" + where : "part of the reachable states" + where;
        String why = view != null && complete() ? " (no two threads touch the same data between kernel calls, so"
                + " that covers every interleaving)" : "";
        return covered + ", " + states + note + why;
    }

    /**
     * The chooser of one execution: a {@link Trail} that, past its prefix, hashes the state at each
     * scheduling choice, halts the run at a state seen before and, at a new one with alternatives,
     * takes a snapshot.
     */
    private final class Pruning implements MachineChooser {
        private final Trail trail;
        private final int replayed;
        private RecordingChooser log;
        private Machine machine;
        private boolean halted;

        Pruning(Trail trail, int replayed) {
            this.trail = trail;
            this.replayed = replayed;
        }

        @Override
        public void recordedBy(RecordingChooser recording) {
            log = recording;
        }

        @Override
        public void attach(Machine machine) {
            this.machine = machine;
            if (conflicts != null) {
                // Every run of the view steps at its threads' own address-taken locals, whether the
                // race check still looks or not, so a snapshot and a re-run step alike.
                machine.memory().shareStacks();
                if (conflicts.conflict() == null) {
                    conflicts.startExecution(machine, replayed, trail::size);
                }
            }
        }

        @Override
        public int choose(ChoicePoint point, int options, int realistic) {
            if (halted) {
                return realistic; // the step under way when the kernel halted finishes realistically
            }
            boolean scheduling = point == ChoicePoint.PREEMPT || point == ChoicePoint.DISPATCH || point == ChoicePoint.CPU;
            boolean checking = scheduling && conflicts != null && conflicts.conflict() == null;
            if (checking) {
                conflicts.endSegment();
            }
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
                if (Branching.enumerates(point, options)) {
                    snapshots.take(machine, point, trail, log);
                }
            }
            List<SimThread> candidates = checking ? machine.kernel().choiceCandidates() : null;
            int choice = trail.choose(point, options, realistic);
            if (candidates != null) {
                conflicts.startSegment(trail.size() - 1, trail.alternative(trail.size() - 1), candidates.get(choice).tid());
            }
            return choice;
        }
    }
}
