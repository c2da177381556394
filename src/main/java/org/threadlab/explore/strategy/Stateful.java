package org.threadlab.explore.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.VmOutcome;

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
    /** Sleep sets on (the search at kernel calls of a program without nondet values or spurious wakeups). */
    private final boolean sleepSets;
    private final StateSet visited = new StateSet();
    /** The choices on the current path, by trail index. */
    private final List<Node> nodes = new ArrayList<>();
    private int[] prefix = new int[0];
    private Trail current;
    private boolean exhausted;
    private long prunes;
    private String uncovered;
    private boolean budgetCut;

    public Stateful(Target target) {
        this(target, null, null, false);
    }

    private Stateful(Target hashed, Target view, SegmentConflicts conflicts, boolean sleepSets) {
        this.hasher = new StateHasher(hashed);
        this.view = view;
        this.conflicts = conflicts;
        this.sleepSets = sleepSets && view != null && !view.kernel().spuriousWakeups()
                && view.program().builtins().stream().noneMatch(b -> b.startsWith("__VERIFIER_nondet"));
    }

    /**
     * A choice on the current path: the thread each alternative runs, the threads not to run there
     * (asleep, or run at an earlier visit of the same state), the sleep set it was entered with and
     * the clean transitions run from it so far, by thread.
     */
    private record Node(int[] tids, long skip, Map<Integer, Sleeper> sleep, Map<Integer, Sleeper> done) {
        boolean skips(int alternative) {
            return tids != null && asleep(tids[alternative], skip);
        }
    }

    /** A transition asleep at a choice: its footprint, and its segment's accesses for the race check. */
    private record Sleeper(Footprint footprint, Set<SegmentConflicts.Access> accesses) {
    }

    private static boolean asleep(int tid, long mask) {
        return tid < 64 && (mask >>> tid & 1) != 0;
    }

    private static long mask(Map<Integer, Sleeper> sleep) {
        long m = 0;
        for (int tid : sleep.keySet()) {
            if (tid < 64) {
                m |= 1L << tid;
            }
        }
        return m;
    }

    /**
     * The stateful search of {@code target} with threads switching only at kernel calls, checked
     * for data races as it goes; or null when that view cannot stand for the target, and why not
     * is {@link #whyNotAtKernelCalls}.
     */
    public static Stateful atKernelCalls(Target target) {
        return atKernelCalls(target, true);
    }

    /** As {@link #atKernelCalls(Target)}, with sleep sets on or off (the tests compare the two). */
    static Stateful atKernelCalls(Target target, boolean sleepSets) {
        if (whyNotAtKernelCalls(target) != null) {
            return null;
        }
        KernelConfig coarse = target.kernel().toBuilder().preemption(Preemption.KERNEL_CALLS_ONLY).build();
        Target view = new Target(target.program(), target.library(), target.vm(), coarse, target.argv(),
                target.seed(), target.checks());
        return new Stateful(view, view, new SegmentConflicts(), sleepSets);
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
        current = new Trail(prefix);
        return new Pruning(current, prefix.length);
    }

    @Override
    public void executed(Execution execution) {
        if (conflicts != null && conflicts.conflict() == null) {
            conflicts.endExecution();
        }
        VmOutcome outcome = execution.outcome();
        if (outcome.status() == VmOutcome.Status.BUDGET || outcome.status() == VmOutcome.Status.HALTED
                && !PRUNED.equals(outcome.haltReason()) && execution.bug() == null) {
            budgetCut = true;
        }
        Trail t = current;
        for (int i = t.size() - 1; i >= 0; i--) {
            Node node = nodes.get(i);
            for (int a = t.alternative(i) + 1; a < t.options(i); a++) {
                if (!node.skips(a)) {
                    prefix = new int[i + 1];
                    for (int j = 0; j < i; j++) {
                        prefix[j] = t.alternative(j);
                    }
                    prefix[i] = a;
                    while (nodes.size() > i + 1) {
                        nodes.remove(nodes.size() - 1);
                    }
                    return;
                }
            }
        }
        prefix = new int[0];
        nodes.clear();
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
     * scheduling choice and halts the run at a state seen before.
     */
    private final class Pruning implements MachineChooser {
        private final Trail trail;
        private final int replayed;
        private Machine machine;
        private Transitions transitions;
        private boolean halted;
        private boolean expandedBefore;
        /** The choice the transition under way started at, and the thread and option it took there. */
        private int lastNode = -1;
        private int lastTid;
        private int lastOption;

        Pruning(Trail trail, int replayed) {
            this.trail = trail;
            this.replayed = replayed;
        }

        @Override
        public void attach(Machine machine) {
            this.machine = machine;
            if (conflicts != null && conflicts.conflict() == null) {
                conflicts.startExecution(machine, replayed, trail::size);
            }
            if (sleepSets) {
                transitions = new Transitions(machine);
            }
        }

        @Override
        public int choose(ChoicePoint point, int options, int realistic) {
            if (halted) {
                return realistic; // the step under way when the kernel halted finishes realistically
            }
            boolean scheduling = point == ChoicePoint.PREEMPT || point == ChoicePoint.DISPATCH || point == ChoicePoint.CPU;
            if (!scheduling || machine == null) {
                if (Branching.enumerates(point, options) && trail.size() >= nodes.size()) {
                    nodes.add(new Node(null, 0, Map.of(), Map.of()));
                }
                return trail.choose(point, options, realistic);
            }
            boolean checking = conflicts != null && conflicts.conflict() == null;
            if (checking) {
                conflicts.endSegment();
            }
            Footprint last = endTransition(checking);
            int index = trail.size();
            List<SimThread> candidates = machine.kernel().choiceCandidates();
            int[] tids = new int[options];
            for (int a = 0; a < options; a++) {
                tids[a] = candidates.get(Branching.choice(a, realistic)).tid();
            }
            int first = 0;
            if (index >= replayed) {
                Map<Integer, Sleeper> sleep = sleepSets ? childSleep(last) : Map.of();
                long skip = skipAt(point, sleep);
                if (expandedBefore) {
                    return prune(realistic);
                }
                while (first < options && asleep(tids[first], skip)) {
                    first++;
                }
                if (first == options) { // every thread that could run here sleeps: all covered elsewhere
                    return prune(realistic);
                }
                nodes.add(new Node(tids, skip, sleep, new TreeMap<>()));
                if (checking) {
                    for (Map.Entry<Integer, Sleeper> e : sleep.entrySet()) {
                        if (candidates.stream().anyMatch(c -> c.tid() == e.getKey())) {
                            conflicts.inject(index, e.getKey(), e.getValue().accesses());
                        }
                    }
                }
            }
            int choice = trail.choose(point, options, realistic, first);
            int alternative = trail.alternative(index);
            lastNode = index;
            lastTid = tids[alternative];
            lastOption = alternative;
            if (checking) {
                conflicts.startSegment(index, alternative, lastTid);
            }
            if (transitions != null) {
                transitions.start(candidates.get(choice));
            }
            return choice;
        }

        /**
         * Hashes the state at a new choice and looks it up: returns the threads not to run here,
         * and sets {@link #expandedBefore} when the state was expanded before with a sleep set no
         * larger than {@code sleep}. A state seen before with a larger sleep set runs just the
         * threads that slept then and are awake now (Godefroid's sleep sets with state caching).
         */
        private long skipAt(ChoicePoint point, Map<Integer, Sleeper> sleep) {
            long zmask = mask(sleep);
            StateDigest d = hasher.digest(machine, point);
            if (d.uncoveredReason() != null) {
                if (uncovered == null) {
                    uncovered = d.uncoveredReason();
                }
                return zmask;
            }
            long stored = visited.putIfAbsent(d.high(), d.low(), zmask);
            if (stored == StateSet.ABSENT) {
                return zmask;
            }
            long awake = stored & ~zmask;
            if (awake == 0) {
                expandedBefore = true;
                return 0;
            }
            visited.set(d.high(), d.low(), stored & zmask);
            return ~awake;
        }

        /** The sleep set of the choice the transition just ended at: see {@link Transitions}. */
        private Map<Integer, Sleeper> childSleep(Footprint last) {
            if (last == null || lastNode < 0) {
                return Map.of();
            }
            Node parent = nodes.get(lastNode);
            Map<Integer, Sleeper> sleep = new TreeMap<>();
            for (Map<Integer, Sleeper> from : List.of(parent.sleep(), parent.done())) {
                for (Map.Entry<Integer, Sleeper> e : from.entrySet()) {
                    if (e.getKey() != lastTid && !e.getValue().footprint().dependsOn(last)) {
                        sleep.put(e.getKey(), e.getValue());
                    }
                }
            }
            return sleep;
        }

        /** Ends the transition under way; records it at its choice if it is new and clean. */
        private Footprint endTransition(boolean checking) {
            if (transitions == null || lastNode < 0) {
                return null;
            }
            Footprint f = transitions.end();
            if (f != null && lastNode >= replayed - 1) {
                Set<SegmentConflicts.Access> accesses = checking ? conflicts.accessesOf(lastNode, lastOption) : Set.of();
                nodes.get(lastNode).done().put(lastTid, new Sleeper(f, accesses));
            }
            return f;
        }

        private int prune(int realistic) {
            prunes++;
            halted = true;
            machine.kernel().halt(PRUNED);
            return realistic;
        }
    }
}
