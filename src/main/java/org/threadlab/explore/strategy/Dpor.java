package org.threadlab.explore.strategy;

import java.util.ArrayList;
import java.util.List;

import org.threadlab.explore.Execution;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.vm.interp.VmOutcome;

/**
 * Dynamic partial-order reduction with sleep sets (Flanagan and Godefroid, POPL 2005), stateless:
 * every execution re-runs the program from the start, replays a prefix of the depth-first stack
 * and then runs on, taking at each new choice point the first candidate thread not asleep. After
 * each execution, every race (two dependent events of different threads, the earlier not
 * happening-before the later thread's previous event, by vector clocks over program order,
 * thread creation and dependent events) adds the later thread to the backtrack set of the choice
 * point before the earlier event, or all its candidates when the later thread is not one. The
 * search backtracks to the deepest node with a backtrack thread neither done nor asleep.
 *
 * <p>Events: a maximal run of steps of one thread that starts at a PREEMPT/DISPATCH choice point
 * or a thread switch and ends at the next one. Only the kernel's choice points are branched on,
 * and only among the threads the kernel offers there ({@code Kernel.choiceCandidates()}): the
 * QNX rules (priorities, FIFO, atomic sections) leave no other freedom, so "every interleaving"
 * means every one this kernel can produce. An event that starts with no choice point before it had
 * exactly one runnable thread there, so it needs no backtracking (F&amp;G's "all enabled" is the
 * thread that ran).
 *
 * <p>The dependency relation (see {@link Footprint} and {@link BuiltinFootprints}): two events
 * of different threads are dependent when either is global or they touch overlapping memory with a
 * write. Memory accesses are the VM's reported shared accesses (an access to any stack is global,
 * since the owner's earlier accesses to its own stack went unreported). A synchronisation call
 * writes its object's bytes; any other builtin, any kernel call no builtin reported (returning
 * from main or a thread function), the next event of a thread after a global call (the call's
 * completion, e.g. pthread_join storing the exit value, runs there), and every event taken while
 * some live thread is FIFO, has another priority or is inside an atomic section, is global.
 * Why that is sound: with all live threads round-robin at one priority and outside atomic
 * sections, the kernel offers every READY thread at every choice point, so the ready-queue order
 * that a wakeup changes affects only the default choice, not which threads can run; an operation
 * on one kernel object reads and writes only that object, the waiters it wakes (who then run only
 * after their own dependent completion) and the ready queue; a plain access touches only its bytes.
 * So independent events commute and neither enables nor disables the other. Thread creation,
 * exit, join and process exit are global, so dependent on everything they enable or disable; a
 * condvar signal includes every mutex waited on with that condvar, since it hands one back.
 *
 * <p>Data choices (a bool nondet, a spurious wakeup) are nodes too, every alternative explored, no
 * reduction; an event that made one never sleeps. An execution cut by the instruction budget makes
 * the search incomplete; so does a sleep or timed wait (when a timer fires depends on how many
 * instructions ran before, which reordering changes), and a CPU choice (SMP), which DPOR does not
 * handle: it stops there.
 */
public final class Dpor implements Strategy {
    private final List<DporNode> stack = new ArrayList<>();
    private int frontier = -1;
    private DporRun current;
    private boolean exhausted;
    private boolean cut;
    private boolean smp;
    private boolean timed;
    private long sleepBlocked;

    @Override
    public Chooser next() {
        if (exhausted) {
            return null;
        }
        current = new DporRun(stack, frontier);
        return current;
    }

    @Override
    public void executed(Execution execution) {
        DporRun run = current;
        if (run.smp()) {
            smp = true;
            exhausted = true;
            return;
        }
        VmOutcome.Status status = execution.outcome().status();
        if (status == VmOutcome.Status.BUDGET || status == VmOutcome.Status.RUNNING) {
            cut = true;
        }
        if (run.timed()) {
            timed = true;
        }
        if (run.sleepBlocked()) {
            sleepBlocked++;
        }
        List<DporRun.Event> events = run.events();
        for (DporRun.Event e : events) {
            if (e.node >= 0) {
                stack.get(e.node).explored.put(e.tid, e.sleepable());
            }
        }
        addBacktracks(run, events);
        for (int k = Math.min(run.depth(), stack.size()) - 1; k >= 0; k--) {
            DporNode node = stack.get(k);
            int alternative = node.nextAlternative();
            if (alternative >= 0) {
                stack.subList(k + 1, stack.size()).clear();
                node.chosen = alternative;
                node.done.add(alternative);
                node.backtrack.add(alternative);
                frontier = k;
                return;
            }
        }
        stack.clear();
        exhausted = true;
    }

    /** For every race (i, j) of the execution, j's thread goes to the backtrack set before i. */
    private void addBacktracks(DporRun run, List<DporRun.Event> events) {
        int n = events.size();
        int threads = 1;
        for (DporRun.Event e : events) {
            threads = Math.max(threads, e.tid + 1);
        }
        int[][] clocks = new int[n][];
        int[][] last = new int[threads][];
        for (int j = 0; j < n; j++) {
            DporRun.Event ej = events.get(j);
            int p = ej.tid;
            int[] before = last[p];
            if (before == null) {
                int creator = run.creator(p);
                before = creator >= 0 && creator < j ? clocks[creator] : new int[threads];
            }
            int[] clock = before.clone();
            if (!ej.footprint.isEmpty()) {
                boolean raced = false;
                for (int i = j - 1; i >= 0; i--) {
                    DporRun.Event ei = events.get(i);
                    if (ei.tid == p || !ei.footprint.dependsOn(ej.footprint)) {
                        continue;
                    }
                    max(clock, clocks[i]);
                    if (!raced && before[ei.tid] < i + 1) {
                        raced = true;
                        if (ei.node >= 0) {
                            stack.get(ei.node).addBacktrack(p);
                        }
                    }
                }
            }
            clock[p] = j + 1;
            clocks[j] = clock;
            last[p] = clock;
        }
    }

    private static void max(int[] into, int[] other) {
        for (int t = 0; t < other.length; t++) {
            if (other[t] > into[t]) {
                into[t] = other[t];
            }
        }
    }

    @Override
    public boolean exhausted() {
        return exhausted;
    }

    @Override
    public boolean complete() {
        return exhausted && !cut && !smp && !timed;
    }

    /** True once an execution ran out of its instruction budget: the search cannot be complete. */
    public boolean cut() {
        return cut;
    }

    /** Executions that stopped branching because every candidate thread was asleep. */
    public long sleepBlocked() {
        return sleepBlocked;
    }

    @Override
    public String coverage() {
        if (smp) {
            return "the first schedule (DPOR handles one CPU only)";
        }
        if (complete()) {
            return "every interleaving (DPOR with sleep sets)";
        }
        if (exhausted && timed) {
            return "every interleaving DPOR reached; sleeps and timeouts make it incomplete";
        }
        return exhausted ? "every interleaving that ended within the instruction budget (DPOR)"
                : "part of the interleavings (DPOR)";
    }
}
