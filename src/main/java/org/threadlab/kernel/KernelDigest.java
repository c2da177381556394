package org.threadlab.kernel;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Feeds the kernel's part of a run's state to a {@link StateDigest} (see
 * {@link Kernel#digest}): every thread's scheduling and waiting state, the READY queues in order,
 * each wait queue's order, the CPUs, the timers, the processes and the id counters.
 *
 * <p>Objects are named by {@code objectKey}, a name that does not depend on the order they were
 * created in (the library names a pthread object by its C address), since ids decide nothing.
 * Leftovers that decide nothing are left out too: a thread's call result and wait data once its
 * call is over, and the dispatch flags of threads not running.
 *
 * <p>Absolute sequence numbers (wait and timer arming order) are fed as ranks, since only their
 * order decides anything. The clock is fed only when {@code timing} is set: the tick, each CPU's
 * position in its tick, the tick length, every RR thread's timeslice left and each timer's
 * expiry relative to the tick. Without timing, states that differ only in where the next timer
 * interrupt falls are one state; the caller decides when that is sound (see StateHasher).
 * Objects the kernel does not list (mutexes, semaphores, ...) are fed by whoever keeps them.
 */
final class KernelDigest {
    private KernelDigest() {
    }

    static void digest(Kernel kernel, Scheduler scheduler, int tickLength, int nextTid, StateDigest d, boolean timing,
                       boolean atSwitch, Predicate<SimThread> callPending, ToLongFunction<KernelObject> objectKey) {
        List<SimThread> threads = kernel.threads();
        boolean anyOrder = atSwitch || readyOrderIrrelevant(kernel, scheduler); // the caller checked it at a switch
        // At a PREEMPT or DISPATCH choice with the READY order irrelevant, any READY thread of the
        // running thread's priority can take its place, and whichever is picked, the others wait
        // in an order that decides nothing: the state is the same whichever of them is on the
        // CPU, so that one is fed as one of the READY threads.
        Cpu only = scheduler.cpus()[0];
        SimThread asReady = atSwitch ? only.running : null;
        d.add(threads.size());
        for (int i = 0; i < threads.size(); i++) {
            SimThread t = threads.get(i);
            thread(t, threads, d, timing, kernel.tick(), anyOrder, t == asReady, callPending.test(t), objectKey);
        }
        ReadyQueues ready = scheduler.ready();
        d.add(ready.size()).add(anyOrder);
        if (anyOrder) {
            readyAsSets(threads, asReady, d);
        } else {
            for (int p = ready.highestPriorityBelow(ReadyQueues.PRIORITIES); p >= 0; p = ready.highestPriorityBelow(p)) {
                for (SimThread t = ready.first(p); t != null; t = t.readyNext) {
                    d.add(p).add(t.tid());
                }
            }
        }
        for (Cpu cpu : scheduler.cpus()) {
            d.add(cpu.running == null || cpu.running == asReady ? 0 : cpu.running.tid());
            if (timing) {
                d.add(cpu.used);
            }
        }
        if (timing) {
            d.add(kernel.tick()).add(tickLength);
        }
        List<SimProcess> processes = kernel.processes();
        d.add(processes.size());
        for (SimProcess p : processes) {
            d.add(p.pid()).add(p.liveThreads).add(p.exiting).add(p.exited).add(p.exitStatus);
            if (p.sleepons() != null) {
                d.uncovered("QNX sleepons");
            }
        }
        d.add(kernel.liveThreads()).add(nextTid);
        d.add(kernel.haltReason() != null);
    }

    /**
     * Feeds each READY level as a set, from the highest priority down: its threads (and
     * {@code asReady}) in tid order, as kernel.threads() is. Sorting (level from the top, index)
     * pairs visits only the levels that hold a thread.
     */
    private static void readyAsSets(List<SimThread> threads, SimThread asReady, StateDigest d) {
        long[] keys = new long[threads.size()];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            SimThread t = threads.get(i);
            if (t.onReadyQueue || t == asReady) {
                keys[n++] = (long) (ReadyQueues.PRIORITIES - 1 - t.priority) << 32 | i;
            }
        }
        Arrays.sort(keys, 0, n);
        for (int k = 0; k < n; k++) {
            SimThread t = threads.get((int) keys[k]);
            d.add(t.priority).add(t.tid());
        }
    }

    /**
     * True when the order of each READY queue cannot change which states are reachable, only how
     * the options of a choice are numbered: on one CPU, with scheduling choices on, every thread
     * RR and none inside an atomic section. Then every thread that gets the CPU meets a DISPATCH
     * choice among all READY threads of its priority before it runs, and every PREEMPT choice
     * offers all of them, so whichever thread the order puts first, any of them can run next,
     * and the order they are left in is again irrelevant by the same argument.
     */
    static boolean readyOrderIrrelevant(Kernel kernel, Scheduler scheduler) {
        if (scheduler.cpus().length != 1 || kernel.config().preemption() == Preemption.TIMER) {
            return false;
        }
        for (SimThread t : kernel.threads()) {
            if (t.isAlive() && (!t.policy.isTimesliced() || t.atomicDepth > 0)) {
                return false;
            }
        }
        return true;
    }

    private static void thread(SimThread t, List<SimThread> all, StateDigest d, boolean timing, long tick,
                               boolean anyOrder, boolean asReady, boolean callPending,
                               ToLongFunction<KernelObject> objectKey) {
        ThreadState state = asReady ? ThreadState.READY : t.state;
        d.add(t.tid()).add(state.ordinal()).add(t.waitingOn == null ? -1 : objectKey.applyAsLong(t.waitingOn));
        d.add(t.basePriority).add(t.priority).add(t.policy.ordinal()).add(t.atomicDepth);
        d.add(t.onReadyQueue || asReady).add(t.cpu == null || asReady ? -1 : t.cpu.index);
        if (state == ThreadState.RUNNING) {
            // Dispatch resets both for every other thread. Whether it has run since matters only
            // for where a switched-out thread goes in the READY queue.
            d.add(t.choiceDue).add(anyOrder || t.ranSinceDispatch);
        }
        // The call's outcome and wait data are read only by the call that is still under way.
        boolean inCall = callPending || t.state.isBlocked();
        d.add(inCall);
        if (inCall) {
            d.add(t.result()).add(t.value()).add(t.waitMode());
            Object data = t.waitData();
            d.add(data == null ? -1 : data instanceof KernelObject o ? objectKey.applyAsLong(o) : -2);
            if (data != null && !(data instanceof KernelObject)) {
                d.uncovered("a thread pool's wait data");
            }
        }
        if (t.exitWatcher != null) {
            d.uncovered("a thread pool's threads");
        }
        d.add(t.detached).add(t.reaped).add(t.exitValue);
        d.add(t.owned.size());
        for (KernelObject o : t.owned) {
            d.add(objectKey.applyAsLong(o));
        }
        // Its own wait queue (joiners), in order, with each waiter's rank by time of waiting.
        d.add(t.waiters);
        boolean timer = t.timerIndex >= 0;
        d.add(timer);
        if (timer) {
            int rank = 0;
            for (int i = 0; i < all.size(); i++) {
                SimThread o = all.get(i);
                if (o.timerIndex >= 0 && o.timerSeq < t.timerSeq) {
                    rank++;
                }
            }
            d.add(rank);
            if (timing) {
                d.add(t.wakeTick - tick);
            }
        }
        if (timing) {
            d.add(t.sliceLeft);
        }
    }
}
