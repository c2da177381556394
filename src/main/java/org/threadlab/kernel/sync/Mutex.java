package org.threadlab.kernel.sync;

import java.util.List;

import org.threadlab.kernel.Errno;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.KernelCopy;
import org.threadlab.kernel.KernelObject;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadState;
import org.threadlab.kernel.event.LockMode;

/**
 * A mutex (seed 003): one owner, waiters in MUTEX state ordered by priority then length of wait.
 * Unlock hands the mutex straight to the best waiter, which becomes READY as its owner, so the
 * sleepon table of seed 003 reads "producer releases mutex" then "consumer gets mutex". With
 * priority inheritance the owner runs at the priority of its best waiter until it unlocks.
 * Unlocking a mutex the caller does not own returns EPERM for every kind.
 */
public final class Mutex extends KernelObject {
    private final MutexKind kind;
    private final boolean inheritance;
    private SimThread owner;
    private int recursion;

    private Mutex(int id, String name, MutexKind kind, boolean inheritance) {
        super(id, name);
        this.kind = kind;
        this.inheritance = inheritance;
    }

    /** Its copy for a kernel copy (see {@link KernelObject#copy}). */
    @Override
    protected Mutex copy(KernelCopy c) {
        Mutex m = c.register(this, new Mutex(id(), name(), kind, inheritance));
        m.owner = c.thread(owner);
        m.recursion = recursion;
        return m;
    }

    /** A default mutex: NORMAL, with the configuration's inheritance setting (PTHREAD_MUTEX_INITIALIZER). */
    public static Mutex create(Kernel kernel) {
        return create(kernel, null, MutexKind.NORMAL, kernel.config().priorityInheritance());
    }

    /** {@code name} null gives "mutex#id". */
    public static Mutex create(Kernel kernel, String name, MutexKind kind, boolean inheritance) {
        int id = kernel.newObjectId();
        return new Mutex(id, name == null ? "mutex#" + id : name, kind, inheritance);
    }

    public MutexKind kind() {
        return kind;
    }

    public boolean inheritance() {
        return inheritance;
    }

    /** The owning thread, or null when free. */
    public SimThread owner() {
        return owner;
    }

    /** How many times the owner has locked it (a recursive mutex counts each lock); 0 when free. */
    public int recursion() {
        return recursion;
    }

    /** pthread_mutex_lock: takes the mutex, or blocks in MUTEX until it is handed over. */
    public void lock(Kernel kernel, SimThread self) {
        timedLock(kernel, self, 0);
    }

    /** pthread_mutex_timedlock with a timeout in ticks (0: none); ETIMEDOUT when it expires. */
    public void timedLock(Kernel kernel, SimThread self, long ticks) {
        if (owner == null) {
            acquire(kernel, self);
            self.complete(Errno.EOK, 0);
        } else if (owner == self && kind == MutexKind.RECURSIVE) {
            recursion++;
            self.complete(Errno.EOK, 0);
        } else if (owner == self && kind == MutexKind.ERROR_CHECK) {
            self.complete(Errno.EDEADLK, 0);
        } else {
            self.complete(Errno.EOK, 0);
            self.setWait(null, Errno.EOK);
            kernel.block(self, ThreadState.MUTEX, this);
            if (ticks > 0) {
                kernel.armTimer(self, ticks);
            }
            lend(kernel);
        }
    }

    /** pthread_mutex_trylock: takes the mutex if free, else EBUSY; never blocks. */
    public void tryLock(Kernel kernel, SimThread self) {
        if (owner == null) {
            acquire(kernel, self);
            self.complete(Errno.EOK, 0);
        } else if (owner == self && kind == MutexKind.RECURSIVE) {
            recursion++;
            self.complete(Errno.EOK, 0);
        } else {
            self.complete(Errno.EBUSY, 0);
        }
    }

    /** pthread_mutex_unlock: EPERM unless the caller owns it; hands it to the best waiter. */
    public void unlock(Kernel kernel, SimThread self) {
        if (owner != self) {
            self.complete(Errno.EPERM, 0);
            return;
        }
        if (recursion > 1) {
            recursion--;
        } else {
            release(kernel, self);
        }
        self.complete(Errno.EOK, 0);
    }

    /**
     * Gives the mutex up entirely (a condvar wait does this). Caller must own it. The best waiter,
     * if any, becomes the owner and READY.
     */
    void release(Kernel kernel, SimThread self) {
        owner = null;
        recursion = 0;
        self.owned().remove(this);
        kernel.emitReleased(self, this, LockMode.EXCLUSIVE);
        if (inheritance) {
            kernel.recomputePriority(self, "restored");
        }
        SimThread next = waiters().first();
        if (next != null) {
            handTo(kernel, next, next.waitMode());
        }
    }

    /**
     * For a condvar waiter, blocked elsewhere, that must get this mutex back: it gets it now if
     * it is free, else waits in MUTEX state. {@code result} is what its wait returns.
     */
    void reacquireFor(Kernel kernel, SimThread waiter, int result) {
        if (owner == null) {
            handTo(kernel, waiter, result);
        } else {
            kernel.requeue(waiter, ThreadState.MUTEX, this);
            waiter.setWait(null, result);
            lend(kernel);
        }
    }

    /**
     * Makes the blocked {@code next} the owner, then READY: the owner changes before the waiter
     * wakes, so no observer sees a free mutex with its new owner already READY.
     */
    private void handTo(Kernel kernel, SimThread next, int result) {
        owner = next;
        recursion = 1;
        next.owned().add(this);
        kernel.wake(next, result);
        kernel.emitAcquired(next, this, LockMode.EXCLUSIVE);
        lend(kernel);
    }

    private void acquire(Kernel kernel, SimThread t) {
        owner = t;
        recursion = 1;
        t.owned().add(this);
        kernel.emitAcquired(t, this, LockMode.EXCLUSIVE);
    }

    /** Re-evaluates the owner's inherited priority after the waiters changed. */
    private void lend(Kernel kernel) {
        if (inheritance && owner != null) {
            kernel.recomputePriority(owner, "inheritance");
        }
    }

    @Override
    public boolean lendsPriority() {
        return inheritance;
    }

    @Override
    public int inheritedPriority() {
        if (!inheritance) {
            return 0;
        }
        // An owner relocking its own NORMAL mutex waits here too; it lends itself nothing.
        for (SimThread w = waiters().first(); w != null; w = waiters().next(w)) {
            if (w != owner) {
                return w.priority();
            }
        }
        return 0;
    }

    @Override
    public List<SimThread> holders() {
        return owner == null ? List.of() : List.of(owner);
    }

    @Override
    protected void timeout(Kernel kernel, SimThread waiter) {
        kernel.wake(waiter, Errno.ETIMEDOUT);
        if (inheritance && owner != null) {
            kernel.recomputePriority(owner, "restored");
        }
    }
}
