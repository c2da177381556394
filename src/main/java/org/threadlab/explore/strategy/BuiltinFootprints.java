package org.threadlab.explore.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.sync.RwLock;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.lib.LibState;

/**
 * The footprint of a builtin call, from its name and arguments (builtins do not report their
 * memory accesses). Only the calls listed here get a precise footprint; every other builtin
 * (malloc, printf, string functions, thread creation, join and exit, exit, sleeps, timed waits,
 * atomic sections, scheduling calls, ...) is global: dependent on every event.
 *
 * <ul>
 *   <li>mutex lock/trylock/unlock, semaphore wait/trywait, rwlock and barrier operations:
 *       a write of the object's bytes (the kernel object is keyed by that address, created from
 *       those bytes on first use). A read lock on an rwlock that nobody writes or waits for is
 *       a read: two such readers get in either way, and only their order in the list of
 *       holders, which decides nothing, differs.</li>
 *   <li>sem_post(s): a read of s's bytes, so two posts are independent and a post and a wait
 *       are not: two posts commute (each wakes the first waiter, or counts one up; the waiters
 *       woken and their order are the same either way). The bytes are never written after
 *       sem_init (global), the count lives in the kernel object. The exception, a post that
 *       overflows SEM_VALUE_MAX, needs a count near 2^31: after a sem_init with a value of 2^30
 *       or more, posts are writes.</li>
 *   <li>pthread_cond_wait(c, m): writes c and m. pthread_cond_signal/broadcast(c): writes c and
 *       every mutex any thread has waited on c with in this execution, since waking a waiter
 *       hands it back its mutex (a superset of the current waiters' mutexes).</li>
 *   <li>__VERIFIER_nondet_*: a write of a pseudo-range at address 0 (no program access can touch
 *       it: it is the null page), since the realistic values come from one generator all threads
 *       share.</li>
 *   <li>pthread_create(&amp;t, attr, ...): a write of a creation pseudo-range at address 8 (thread
 *       ids and stack segments are handed out in creation order), a write of t and a read of
 *       *attr. The new thread's events happen after it (vector clocks), and a new thread of
 *       another priority or policy makes the events global (see {@link Dpor}).</li>
 *   <li>pthread_join(t, ret): a write of thread t's pseudo-range at address 16 + t (null page)
 *       and of {@code *ret}. A thread's end (pthread_exit without cleanup handlers or key values,
 *       or returning from its start routine) writes its own pseudo-range, as long as the main
 *       thread is alive (so it cannot be the process's last thread); else it is global.</li>
 *   <li>pure functions of their arguments (abs, toupper, pthread_self, __VERIFIER_assert, ...):
 *       nothing (a failed assertion ends the execution).</li>
 * </ul>
 */
final class BuiltinFootprints {
    private static final int MUTEX = 40;
    private static final int COND = 48;
    private static final int RWLOCK = 56;
    private static final int BARRIER = 32;
    private static final int SEM = 32;
    private static final int ATTR = 48;
    /** The pseudo-range of thread creation (thread ids, stack segments), in the null page. */
    private static final long CREATION = 8;

    private static final Map<String, Integer> ONE_OBJECT = new TreeMap<>(Map.ofEntries(
            Map.entry("pthread_mutex_lock", MUTEX), Map.entry("pthread_mutex_trylock", MUTEX),
            Map.entry("pthread_mutex_unlock", MUTEX),
            Map.entry("sem_wait", SEM), Map.entry("sem_trywait", SEM),
            Map.entry("pthread_rwlock_wrlock", RWLOCK), Map.entry("pthread_rwlock_trywrlock", RWLOCK),
            Map.entry("pthread_rwlock_unlock", RWLOCK),
            Map.entry("pthread_barrier_wait", BARRIER)));

    private static final Set<String> PURE = Set.of("abs", "labs", "llabs", "toupper", "tolower", "pthread_self",
            "pthread_equal", "__VERIFIER_assert");

    private final SimThread mainThread;
    /** Posts that may overflow SEM_VALUE_MAX do not commute (the second fails). */
    private static final long HUGE_SEMAPHORE = 1L << 30;
    private boolean hugeSemaphore;

    BuiltinFootprints(SimThread mainThread) {
        this.mainThread = mainThread;
    }

    /**
     * True when a read lock on the rwlock at the call's first argument is taken at once and
     * changes nothing another reader's call depends on: nobody writes or waits (a waiting thread
     * would make the order of the readers' arrival matter).
     */
    private static boolean readerGetsIn(BuiltinCall call) {
        RwLock l = LibState.of(call.machine()).rwlock(call.arg(0));
        return l != null && l.writer() == null && l.waiters().isEmpty();
    }

    /** The pseudo-range of thread {@code tid}'s end, in the null page no real access reaches. */
    private static long threadRange(long tid) {
        return 16 + tid;
    }

    /** The mutexes each condvar (by address) has been waited on with in this execution. */
    private final Map<Long, List<Long>> condMutexes = new TreeMap<>();

    /**
     * Adds the footprint of calling {@code name} with {@code call}'s arguments to {@code into};
     * {@code mainAlive} says whether the process's main thread is still alive.
     */
    void add(String name, BuiltinCall call, Footprint into, boolean mainAlive) {
        Integer bytes = ONE_OBJECT.get(name);
        if (bytes != null) {
            into.add(call.arg(0), bytes, true);
        } else if (name.equals("pthread_cond_wait")) {
            into.add(call.arg(0), COND, true);
            into.add(call.arg(1), MUTEX, true);
            List<Long> mutexes = condMutexes.computeIfAbsent(call.arg(0), c -> new ArrayList<>());
            if (!mutexes.contains(call.arg(1))) {
                mutexes.add(call.arg(1));
            }
        } else if (name.equals("pthread_cond_signal") || name.equals("pthread_cond_broadcast")) {
            into.add(call.arg(0), COND, true);
            for (long m : condMutexes.getOrDefault(call.arg(0), List.of())) {
                into.add(m, MUTEX, true);
            }
        } else if (name.equals("pthread_rwlock_rdlock") || name.equals("pthread_rwlock_tryrdlock")) {
            into.add(call.arg(0), RWLOCK, !readerGetsIn(call)); // see the class comment
        } else if (name.equals("sem_post")) {
            into.add(call.arg(0), SEM, hugeSemaphore); // posts commute: see the class comment
        } else if (name.equals("pthread_create")) {
            into.add(CREATION, 1, true);
            into.add(call.arg(0), 8, true);
            if (call.arg(1) != 0) {
                into.add(call.arg(1), ATTR, false);
            }
        } else if (name.equals("pthread_join")) {
            into.add(threadRange(call.arg(0)), 1, true);
            if (call.arg(1) != 0) {
                into.add(call.arg(1), 8, true);
            }
        } else if (name.equals("pthread_exit") && mainAlive && !call.self().equals(mainThread)) {
            into.add(threadRange(call.self().tid()), 1, true);
        } else if (name.startsWith("__VERIFIER_nondet_")) {
            into.add(0, 1, true);
        } else if (!PURE.contains(name)) {
            if (name.equals("sem_init") && call.arg(2) >= HUGE_SEMAPHORE) {
                hugeSemaphore = true;
            }
            into.makeGlobal();
        }
    }
}
