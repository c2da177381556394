package org.threadlab.kernel.prop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.threadlab.kernel.KernelObject;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadState;
import org.threadlab.kernel.event.KernelEvent;
import org.threadlab.kernel.event.LockAcquired;
import org.threadlab.kernel.event.LockMode;
import org.threadlab.kernel.event.LockReleased;
import org.threadlab.kernel.event.ThreadStateChanged;
import org.threadlab.kernel.sync.Mutex;

/**
 * Mutex ownership, from two sides that must agree: the LockAcquired/LockReleased events (never
 * two owners; only the owner releases) and {@link Mutex#owner()} with the owner's owned list.
 * An owner is DEAD only if it died holding the mutex (no hand-over to a dead thread); a free
 * mutex has no waiters (no lost wake-up, since unlock hands the mutex over); every waiter of a
 * mutex is in MUTEX state.
 */
final class MutexInvariant implements Invariant {
    /** Owner tid per mutex name, from events. */
    private final Map<String, Integer> owners = new HashMap<>();
    /** Names of the mutexes each dead thread owned when it died, by tid. */
    private final Map<Integer, List<String>> diedHolding = new HashMap<>();

    @Override
    public String onEvent(KernelEvent event, RunView view) {
        if (event instanceof LockAcquired a && a.mode() == LockMode.EXCLUSIVE && isMutex(view, a.object())) {
            Integer owner = owners.get(a.object());
            if (owner != null) {
                return "two owners of " + a.object() + ": thread " + a.tid() + " acquired it while thread "
                        + owner + " owns it";
            }
            owners.put(a.object(), a.tid());
        } else if (event instanceof LockReleased r && r.mode() == LockMode.EXCLUSIVE && isMutex(view, r.object())) {
            Integer owner = owners.remove(r.object());
            if (owner == null || owner != r.tid()) {
                return "thread " + r.tid() + " released " + r.object() + " owned by "
                        + (owner == null ? "nobody" : "thread " + owner);
            }
        } else if (event instanceof ThreadStateChanged s && s.to() == ThreadState.DEAD) {
            List<String> held = new ArrayList<>();
            for (KernelObject o : view.threadByTid(s.tid()).owned()) {
                held.add(o.name());
            }
            diedHolding.put(s.tid(), held);
        }
        return null;
    }

    private static boolean isMutex(RunView view, String name) {
        return view.find(name) instanceof Mutex;
    }

    @Override
    public String afterStep(RunView view) {
        for (Mutex m : view.objects(Mutex.class)) {
            SimThread owner = m.owner();
            Integer byEvents = owners.get(m.name());
            if (owner == null ? byEvents != null : byEvents == null || byEvents != owner.tid()) {
                return m.name() + ".owner() is " + describe(owner) + " but the events say thread " + byEvents;
            }
            if (owner != null && !owner.owned().contains(m)) {
                return m.name() + " is owned by thread " + owner.tid() + " but not in its owned list";
            }
            if (owner != null && owner.state() == ThreadState.DEAD
                    && !diedHolding.getOrDefault(owner.tid(), List.of()).contains(m.name())) {
                return m.name() + " was handed to thread " + owner.tid() + " after it died";
            }
            if (owner == null && !m.waiters().isEmpty()) {
                return m.name() + " is free but thread " + m.waiters().first().tid() + " waits for it";
            }
            for (SimThread w : m.waiters().toList()) {
                if (w.state() != ThreadState.MUTEX) {
                    return "thread " + w.tid() + " waits on " + m.name() + " in state " + w.state();
                }
            }
        }
        for (SimThread t : view.threads()) {
            for (KernelObject o : t.owned()) {
                if (o instanceof Mutex m && m.owner() != t) {
                    return "thread " + t.tid() + " lists " + m.name() + " as owned but its owner is "
                            + describe(m.owner());
                }
            }
        }
        return null;
    }

    private static String describe(SimThread t) {
        return t == null ? "nobody" : "thread " + t.tid();
    }
}
