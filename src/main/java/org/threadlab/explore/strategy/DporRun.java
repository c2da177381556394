package org.threadlab.explore.strategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.threadlab.explore.MachineChooser;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.StepEnd;
import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.VmThread;
import org.threadlab.vm.mem.SegmentKind;

/**
 * One DPOR execution: the chooser that replays the stack's prefix of choices, then takes the
 * first candidate not asleep, and the listeners that cut the run into events (maximal runs of
 * steps of one thread between two choice points or thread switches) with their footprints.
 */
final class DporRun implements MachineChooser {
    /** One event: a thread's steps from a choice point or switch to the next, and what they touched. */
    static final class Event {
        final int tid;
        /** The stack index of the scheduling node this event starts at, or -1 (no choice there). */
        final int node;
        final Footprint footprint = new Footprint();
        /** The last step ended at a visible operation (not cut short by the tick). */
        boolean visible;
        boolean dataChoice;

        Event(int tid, int node) {
            this.tid = tid;
            this.node = node;
        }

        /** The footprint to keep in a sleep set, or null when this event must not sleep. */
        Footprint sleepable() {
            return visible && !dataChoice ? footprint : null;
        }
    }

    private final List<DporNode> stack;
    /** The stack index from which this run chooses anew (the node where it backtracked), or -1. */
    private final int frontier;
    private Kernel kernel;
    private Machine machine;
    private BuiltinFootprints builtins;
    private SimThread mainThread;
    private final List<Event> events = new ArrayList<>();
    private final Map<Integer, Integer> creators = new TreeMap<>();
    /**
     * Per thread, the footprint of the global call or pthread_join its last step ended with, when
     * the call left a completion: it runs at the start of the thread's next step (join stores the
     * exit value there).
     * The synchronisation calls' completions only compute the result from the thread's own state.
     */
    private final Map<Integer, Footprint> carried = new TreeMap<>();
    private Footprint stepFootprint = new Footprint();
    private boolean stepBuiltin;
    private boolean stepJoin;
    private boolean stepData;
    private Event current;
    private int pendingNode = -1;
    private int depth;
    private long threadsCreated;
    /** The sleep set, tracked from the frontier on; null before it. */
    private Map<Integer, Footprint> sleep;
    private int blockedAt = -1;
    private boolean smp;
    private boolean timed;

    /**
     * Calls that arm a timer. When a timer fires depends on the instructions executed before it,
     * which reordering independent events changes, so a run that armed one makes the search
     * incomplete (it is still explored, with those calls global).
     */
    private static final Set<String> TIMED = Set.of("sleep", "usleep", "nanosleep", "clock_nanosleep", "delay",
            "pthread_cond_timedwait", "pthread_mutex_timedlock", "sem_timedwait");

    DporRun(List<DporNode> stack, int frontier) {
        this.stack = stack;
        this.frontier = frontier;
        if (frontier < 0) {
            sleep = new TreeMap<>();
        }
    }

    @Override
    public void attach(Machine m) {
        machine = m;
        kernel = m.kernel();
        threadsCreated = kernel.threadsCreated();
        mainThread = kernel.threads().get(0);
        builtins = new BuiltinFootprints(mainThread);
        m.setAccessListener(this::access);
        m.setBuiltinListener(this::builtin);
        kernel.setStepListener((t, used, end) -> step(t, end));
    }

    // ---------------------------------------------------------------- choices

    @Override
    public int choose(ChoicePoint point, int options, int realistic) {
        return switch (point) {
            case TICK_LENGTH -> realistic;
            case CPU -> {
                smp = true;
                yield realistic;
            }
            case NONDET, SPURIOUS_WAKEUP -> Branching.enumerates(point, options) ? data(options, realistic) : realistic;
            case PREEMPT, DISPATCH -> schedule();
        };
    }

    private int data(int options, int realistic) {
        stepData = true;
        if (blockedAt >= 0) {
            return realistic;
        }
        DporNode node;
        if (depth < stack.size()) {
            node = stack.get(depth);
            if (node.scheduling || node.options != options) {
                throw notDeterministic();
            }
            if (depth == frontier) {
                sleep = new TreeMap<>(node.sleepAtEntry);
            }
        } else {
            node = DporNode.data(options, new TreeMap<>(sleep));
            stack.add(node);
        }
        depth++;
        return Branching.choice(node.chosen, realistic);
    }

    private int schedule() {
        closeEvent();
        if (blockedAt >= 0) {
            return 0;
        }
        List<SimThread> threads = kernel.choiceCandidates();
        int[] candidates = new int[threads.size()];
        for (int i = 0; i < candidates.length; i++) {
            candidates[i] = threads.get(i).tid();
        }
        int option;
        if (depth < stack.size()) {
            DporNode node = stack.get(depth);
            option = node.scheduling ? node.optionOf(node.chosen) : -1;
            if (option < 0 || !Arrays.equals(node.candidates, candidates)) {
                throw notDeterministic();
            }
            if (depth == frontier) {
                sleep = new TreeMap<>(node.sleepAtEntry);
                for (int tid : node.done) {
                    Footprint f = node.explored.get(tid);
                    if (tid != node.chosen && f != null) {
                        sleep.put(tid, f);
                    }
                }
            }
        } else {
            option = -1;
            for (int i = 0; i < candidates.length && option < 0; i++) {
                if (!sleep.containsKey(candidates[i])) {
                    option = i;
                }
            }
            if (option < 0) { // every candidate sleeps: this run only repeats explored ones
                blockedAt = events.size();
                return 0;
            }
            stack.add(DporNode.scheduling(candidates, new TreeMap<>(sleep), candidates[option]));
        }
        pendingNode = depth++;
        return option;
    }

    private IllegalStateException notDeterministic() {
        return new IllegalStateException("the program is not deterministic: DPOR's choice " + depth
                + " does not match the run that recorded it");
    }

    // ---------------------------------------------------------------- footprints

    private void access(VmThread thread, long address, int bytes, boolean write) {
        int segment = (int) (address >>> 32);
        if (machine.memory().segment(segment).kind() == SegmentKind.STACK) {
            // the owner's accesses to its stack before another thread first touched it were not
            // reported, so an access to a stack may depend on any of the owner's events
            stepFootprint.makeGlobal();
        } else {
            stepFootprint.add(address, bytes, write);
        }
    }

    private void builtin(VmThread thread, String name, BuiltinCall call) {
        stepBuiltin = true;
        stepJoin |= name.equals("pthread_join");
        timed |= TIMED.contains(name);
        builtins.add(name, call, stepFootprint, mainThread.isAlive());
    }

    private void step(SimThread t, StepEnd end) {
        int tid = t.tid();
        if (current == null || current.tid != tid || pendingNode >= 0) {
            closeEvent();
            current = new Event(tid, pendingNode);
            pendingNode = -1;
            events.add(current);
        }
        Footprint f = current.footprint;
        Footprint completion = carried.remove(tid); // the last call's completion ran first in this step
        if (completion != null) {
            f.addAll(completion);
        }
        if (end == StepEnd.KERNEL_CALL && !stepBuiltin) {
            stepFootprint.makeGlobal(); // a kernel call no builtin reported (returning from main)
        }
        f.addAll(stepFootprint);
        if (end == StepEnd.KERNEL_CALL && (stepFootprint.isGlobal() || stepJoin)
                && machine.thread(tid) != null && machine.thread(tid).completionPending()) {
            carried.put(tid, stepFootprint);
        }
        if (!uniform(t)) {
            f.makeGlobal();
        }
        current.visible = end != StepEnd.LOCAL;
        current.dataChoice |= stepData;
        long created = kernel.threadsCreated();
        if (created > threadsCreated) {
            List<SimThread> all = kernel.threads();
            for (int i = all.size() - (int) (created - threadsCreated); i < all.size(); i++) {
                creators.put(all.get(i).tid(), events.size() - 1);
            }
            threadsCreated = created;
        }
        stepFootprint = new Footprint();
        stepBuiltin = false;
        stepJoin = false;
        stepData = false;
    }

    /**
     * True when the per-object dependency relation holds after this step: every live thread is
     * round-robin at one priority and none is inside an atomic section. Otherwise a wakeup can
     * preempt or an atomic section can exclude other threads, so the event is made global.
     */
    private boolean uniform(SimThread stepped) {
        int priority = stepped.priority();
        for (SimThread t : kernel.threads()) {
            if (t.isAlive() && (t.priority() != priority || !t.policy().isTimesliced() || t.atomicDepth() > 0)) {
                return false;
            }
        }
        return true;
    }

    /** The current event is over: threads asleep whose next event depends on it wake up. */
    private void closeEvent() {
        Event e = current;
        current = null;
        if (e == null || sleep == null || sleep.isEmpty()) {
            return;
        }
        sleep.entrySet().removeIf(s -> s.getKey() == e.tid || s.getValue().dependsOn(e.footprint));
    }

    // ---------------------------------------------------------------- for Dpor

    /** The events to analyse: all of them, or those before the point where every candidate slept. */
    List<Event> events() {
        return blockedAt < 0 ? events : events.subList(0, blockedAt);
    }

    /** The event index that created thread {@code tid}, or -1 (the main thread). */
    int creator(int tid) {
        return creators.getOrDefault(tid, -1);
    }

    /** How many stack nodes this run reached. */
    int depth() {
        return depth;
    }

    boolean sleepBlocked() {
        return blockedAt >= 0;
    }

    /** True when the run armed a timer (a sleep or a timed wait). */
    boolean timed() {
        return timed;
    }

    /** True when the run met a CPU choice point: DPOR handles one CPU only. */
    boolean smp() {
        return smp;
    }
}
