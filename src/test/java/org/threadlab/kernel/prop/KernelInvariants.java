package org.threadlab.kernel.prop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.threadlab.kernel.Cpu;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.KernelObject;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadState;
import org.threadlab.kernel.event.KernelEvent;
import org.threadlab.kernel.event.LockAcquired;
import org.threadlab.kernel.event.LockMode;
import org.threadlab.kernel.event.LockReleased;
import org.threadlab.kernel.sync.Mutex;

/** The invariants every run must keep, whatever primitives the program uses. */
final class KernelInvariants {
    private KernelInvariants() {
    }

    /** Fresh instances for one run. */
    static List<Invariant> fresh() {
        return List.of(new Queues(), new Scheduling(), new Priorities(), new LockEvents(), new Clock());
    }

    /**
     * Blocked ⇔ waiting on an object, and then on that object's queue; a thread is on at most
     * one wait queue; each queue is in priority order; RUNNING ⇔ on a CPU.
     */
    static final class Queues implements Invariant {
        @Override
        public String afterStep(RunView view) {
            Map<Integer, String> queuedOn = new HashMap<>();
            for (KernelObject o : view.waitables()) {
                SimThread previous = null;
                for (SimThread w : o.waiters().toList()) {
                    String other = queuedOn.put(w.tid(), o.name());
                    if (other != null) {
                        return "thread " + w.tid() + " is on two wait queues: " + other + " and " + o.name();
                    }
                    if (w.waitingOn() != o) {
                        return "thread " + w.tid() + " is on the queue of " + o.name() + " but waits on "
                                + w.waitingOn();
                    }
                    if (previous != null && previous.priority() < w.priority()) {
                        return "queue of " + o.name() + " has thread " + previous.tid() + " (priority "
                                + previous.priority() + ") before thread " + w.tid() + " (priority "
                                + w.priority() + ")";
                    }
                    previous = w;
                }
            }
            for (SimThread t : view.kernel().threads()) {
                ThreadState s = t.state();
                if (s.isBlocked() != (t.waitingOn() != null)) {
                    return "thread " + t.tid() + " is " + s + " with waitingOn " + t.waitingOn();
                }
                if (s.isBlocked() && !t.waitingOn().waiters().toList().contains(t)) {
                    return "thread " + t.tid() + " is " + s + " on " + t.waitingOn().name() + " but not on its queue";
                }
                if (!s.isBlocked() && queuedOn.containsKey(t.tid())) {
                    return "thread " + t.tid() + " is " + s + " but on the queue of " + queuedOn.get(t.tid());
                }
                boolean onCpu = t.cpu() != null && t.cpu().running() == t;
                if ((s == ThreadState.RUNNING) != onCpu || (s != ThreadState.RUNNING && t.cpu() != null)) {
                    return "thread " + t.tid() + " is " + s + " with cpu " + (t.cpu() == null ? "none" : t.cpu().index());
                }
            }
            return null;
        }
    }

    /**
     * Seed 003: the highest-priority READY threads run. At most {@code cpus} threads RUNNING, no
     * CPU idles while a thread is READY, and no READY thread outranks a RUNNING one (except one
     * inside an atomic section, which is not preempted until the section ends).
     */
    static final class Scheduling implements Invariant {
        @Override
        public String afterStep(RunView view) {
            Kernel kernel = view.kernel();
            SimThread lowestRunning = null;
            int idle = 0;
            for (Cpu cpu : kernel.cpus()) {
                SimThread r = cpu.running();
                if (r == null) {
                    idle++;
                } else if (r.atomicDepth() == 0 && (lowestRunning == null || r.priority() < lowestRunning.priority())) {
                    lowestRunning = r;
                }
            }
            int running = 0;
            int ready = 0;
            SimThread highestReady = null;
            for (SimThread t : kernel.threads()) {
                if (t.state() == ThreadState.RUNNING) {
                    running++;
                } else if (t.state() == ThreadState.READY) {
                    ready++;
                    if (highestReady == null || t.priority() > highestReady.priority()) {
                        highestReady = t;
                    }
                }
            }
            if (running > kernel.cpus().size()) {
                return running + " threads RUNNING on " + kernel.cpus().size() + " CPUs";
            }
            if (ready != kernel.readyCount()) {
                return ready + " threads READY but the ready queues hold " + kernel.readyCount();
            }
            if (highestReady != null && idle > 0) {
                return "a CPU idles while thread " + highestReady.tid() + " is READY";
            }
            if (highestReady != null && lowestRunning != null && highestReady.priority() > lowestRunning.priority()) {
                return "thread " + highestReady.tid() + " is READY at priority " + highestReady.priority()
                        + " while thread " + lowestRunning.tid() + " runs at " + lowestRunning.priority();
            }
            return null;
        }
    }

    /**
     * Priority inheritance without residue: a live thread's priority is the least fixpoint of
     * "its base priority, raised to the priority of every thread waiting on an inheriting mutex
     * it owns" (other objects lend what {@link KernelObject#inheritedPriority()} says). So a
     * thread that owns nothing runs at its base priority, and a boost ends when its cause does,
     * even around a deadlock cycle.
     */
    static final class Priorities implements Invariant {
        @Override
        public String afterStep(RunView view) {
            List<SimThread> threads = view.kernel().threads();
            Map<Integer, Integer> expected = new HashMap<>();
            for (SimThread t : threads) {
                expected.put(t.tid(), t.basePriority());
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (SimThread t : threads) {
                    if (!t.isAlive()) {
                        continue;
                    }
                    int p = expected.get(t.tid());
                    for (KernelObject o : t.owned()) {
                        if (o instanceof Mutex m) {
                            if (m.inheritance()) {
                                for (SimThread w : m.waiters().toList()) {
                                    p = Math.max(p, expected.get(w.tid()));
                                }
                            }
                        } else {
                            p = Math.max(p, o.inheritedPriority());
                        }
                    }
                    if (p != expected.get(t.tid())) {
                        expected.put(t.tid(), p);
                        changed = true;
                    }
                }
            }
            for (SimThread t : threads) {
                int e = expected.get(t.tid());
                if (t.isAlive() && t.priority() != e) {
                    return t.owned().isEmpty()
                            ? "thread " + t.tid() + " owns nothing but runs at priority " + t.priority()
                                    + ", not its base " + t.basePriority()
                            : "thread " + t.tid() + " has priority " + t.priority() + " but base "
                                    + t.basePriority() + " and the waiters of " + t.owned() + " give " + e;
                }
            }
            return null;
        }
    }

    /**
     * Lock events of any object agree with each other: at most one EXCLUSIVE holder, never
     * together with SHARED holders (never a writer with readers), and only a holder releases.
     * TOKEN events (semaphores) have no owner and are left to their kind's invariant.
     */
    static final class LockEvents implements Invariant {
        private final Map<String, Integer> exclusive = new HashMap<>();
        /** Read locks held per object, one entry per lock (a thread may hold several). */
        private final Map<String, List<Integer>> shared = new HashMap<>();

        @Override
        public String onEvent(KernelEvent event, RunView view) {
            if (event instanceof LockAcquired a && a.mode() != LockMode.TOKEN) {
                Integer writer = exclusive.get(a.object());
                List<Integer> readers = shared.computeIfAbsent(a.object(), k -> new ArrayList<>());
                if (writer != null) {
                    return "thread " + a.tid() + " acquired " + a.object() + " (" + a.mode().text()
                            + ") while thread " + writer + " holds it exclusively";
                }
                if (a.mode() == LockMode.EXCLUSIVE && !readers.isEmpty()) {
                    return "thread " + a.tid() + " acquired " + a.object() + " exclusively while threads "
                            + readers + " hold it shared";
                }
                if (a.mode() == LockMode.EXCLUSIVE) {
                    exclusive.put(a.object(), a.tid());
                } else {
                    readers.add(a.tid());
                }
            } else if (event instanceof LockReleased r && r.mode() != LockMode.TOKEN) {
                boolean held = r.mode() == LockMode.EXCLUSIVE
                        ? exclusive.remove(r.object(), r.tid())
                        : shared.getOrDefault(r.object(), new ArrayList<>()).remove(Integer.valueOf(r.tid()));
                if (!held) {
                    return "thread " + r.tid() + " released " + r.object() + " (" + r.mode().text()
                            + ") without holding it so";
                }
            }
            return null;
        }
    }

    /** Events are numbered 0, 1, 2, ... and neither their ticks nor the clock go backwards. */
    static final class Clock implements Invariant {
        private long nextSeq;
        private long lastTick;

        @Override
        public String onEvent(KernelEvent event, RunView view) {
            if (event.seq() != nextSeq) {
                return "event seq " + event.seq() + " where " + nextSeq + " was next";
            }
            nextSeq++;
            if (event.tick() < lastTick) {
                return "event at tick " + event.tick() + " after tick " + lastTick;
            }
            lastTick = event.tick();
            return null;
        }

        @Override
        public String afterStep(RunView view) {
            long now = view.kernel().tick();
            if (now < lastTick) {
                return "clock went back from " + lastTick + " to " + now;
            }
            lastTick = now;
            return null;
        }
    }
}
