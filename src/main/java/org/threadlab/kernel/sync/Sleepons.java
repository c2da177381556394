package org.threadlab.kernel.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.threadlab.kernel.Errno;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.SimProcess;
import org.threadlab.kernel.SimThread;

/**
 * Overview: QNX sleepon locks (seed 003, "Sleepon locks"), built on {@link Mutex} and
 * {@link Condvar} as QNX builds them. Each process has one hidden mutex, "sleepon mutex", taken
 * with {@link #lock} and given back with {@link #unlock}, and a table of condvars keyed by the
 * address a thread waits on, named "sleepon 0x&lt;address in hex&gt;". A condvar is created when a
 * thread first waits on its address and dropped as soon as nobody waits on it (seed 003: the
 * condvars "are allocated dynamically as threads wait"), so with N threads blocked there are at
 * most N condvars. {@link #await} is a condvar wait on the hidden mutex: it unlocks the mutex,
 * blocks in CONDVAR, and re-locks the mutex (MUTEX state if another thread holds it) before it
 * returns. Signal and broadcast on an address nobody waits on do nothing.
 *
 * <p>The hidden mutex is error-checking (a thread that locks it twice gets EDEADLK instead of
 * hanging; unlocking it without holding it is EPERM) and uses the configuration's priority
 * inheritance setting.
 */
public final class Sleepons {
    private final Mutex mutex;
    /** Condvars of the addresses threads wait on; a TreeMap so snapshots list them in address order. */
    private final TreeMap<Long, Condvar> condvars = new TreeMap<>();

    private Sleepons(Mutex mutex) {
        this.mutex = mutex;
    }

    /** The sleepon table of process {@code p}, created with its hidden mutex on first use. */
    public static Sleepons of(Kernel kernel, SimProcess p) {
        Object existing = p.sleepons();
        if (existing != null) {
            return (Sleepons) existing;
        }
        Sleepons s = new Sleepons(Mutex.create(kernel, "sleepon mutex", MutexKind.ERROR_CHECK,
                kernel.config().priorityInheritance()));
        p.setSleepons(s);
        return s;
    }

    /** The hidden mutex, for snapshots and tests. */
    public Mutex mutex() {
        return mutex;
    }

    /** The condvar of {@code address}, or null when nobody waits on it. */
    public Condvar condvar(long address) {
        return condvars.get(address);
    }

    /** The addresses threads wait on now, in increasing order. */
    public List<Long> addresses() {
        return new ArrayList<>(condvars.keySet());
    }

    /** pthread_sleepon_lock: locks the hidden mutex (MUTEX state while another thread holds it). */
    public void lock(Kernel kernel, SimThread self) {
        mutex.lock(kernel, self);
    }

    /** pthread_sleepon_unlock: unlocks the hidden mutex; EPERM unless the caller holds it. */
    public void unlock(Kernel kernel, SimThread self) {
        mutex.unlock(kernel, self);
    }

    /**
     * pthread_sleepon_wait: unlocks the hidden mutex, waits in CONDVAR on {@code address}, and
     * re-locks the mutex before returning. EPERM, without waiting, unless the caller holds it.
     */
    public void await(Kernel kernel, SimThread self, long address) {
        if (mutex.owner() != self) {
            self.complete(Errno.EPERM, 0);
            return;
        }
        Condvar cv = condvars.get(address);
        if (cv == null) {
            cv = Condvar.create(kernel, "sleepon 0x" + Long.toHexString(address));
            condvars.put(address, cv);
        }
        cv.await(kernel, self, mutex);
        dropIfIdle(address, cv); // a spurious wakeup returns without leaving a waiter
    }

    /** pthread_sleepon_signal: wakes the best thread waiting on {@code address}, if any. */
    public void signal(Kernel kernel, SimThread self, long address) {
        Condvar cv = condvars.get(address);
        if (cv == null) {
            done(self);
            return;
        }
        cv.signal(kernel, self);
        dropIfIdle(address, cv);
    }

    /** pthread_sleepon_broadcast: wakes every thread waiting on {@code address}. */
    public void broadcast(Kernel kernel, SimThread self, long address) {
        Condvar cv = condvars.get(address);
        if (cv == null) {
            done(self);
            return;
        }
        cv.broadcast(kernel, self);
        dropIfIdle(address, cv);
    }

    private void dropIfIdle(long address, Condvar cv) {
        if (cv.waiters().isEmpty()) {
            condvars.remove(address);
        }
    }

    private static void done(SimThread self) {
        if (self != null) {
            self.complete(Errno.EOK, 0);
        }
    }
}
