package org.threadlab.kernel.sync;

import org.threadlab.kernel.Errno;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.KernelCopy;
import org.threadlab.kernel.KernelObject;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadState;
import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.kernel.event.SignalKind;

/**
 * A condition variable (seed 003): wait releases the mutex and blocks in CONDVAR; signal wakes
 * the best waiter, broadcast all of them, and each woken waiter must get its mutex back first
 * (READY if free, else MUTEX state on the mutex's queue). With spurious wakeups enabled, each
 * wait is a choice point that may end with no signal.
 */
public final class Condvar extends KernelObject {
    private Condvar(int id, String name) {
        super(id, name);
    }

    /** Its copy for a kernel copy (see {@link KernelObject#copy}). */
    @Override
    protected Condvar copy(KernelCopy c) {
        return c.register(this, new Condvar(id(), name()));
    }

    /** A default condvar (PTHREAD_COND_INITIALIZER); {@code name} null gives "condvar#id". */
    public static Condvar create(Kernel kernel, String name) {
        int id = kernel.newObjectId();
        return new Condvar(id, name == null ? "condvar#" + id : name);
    }

    /** pthread_cond_wait: EPERM unless the caller owns {@code mutex}. */
    public void await(Kernel kernel, SimThread self, Mutex mutex) {
        timedWait(kernel, self, mutex, 0);
    }

    /** pthread_cond_timedwait with a timeout in ticks (0: none); ETIMEDOUT when it expires. */
    public void timedWait(Kernel kernel, SimThread self, Mutex mutex, long ticks) {
        if (mutex.owner() != self) {
            self.complete(Errno.EPERM, 0);
            return;
        }
        self.complete(Errno.EOK, 0);
        if (kernel.config().spuriousWakeups() && kernel.choose(ChoicePoint.SPURIOUS_WAKEUP, 2, 0) == 1) {
            mutex.release(kernel, self);
            kernel.emitSignalled(null, this, SignalKind.SPURIOUS, 1);
            mutex.timedLock(kernel, self, 0);
            return;
        }
        self.setWait(mutex, Errno.EOK);
        mutex.release(kernel, self);
        kernel.block(self, ThreadState.CONDVAR, this);
        if (ticks > 0) {
            kernel.armTimer(self, ticks);
        }
    }

    /** pthread_cond_signal: wakes the highest-priority, longest-waiting thread, if any. */
    public void signal(Kernel kernel, SimThread self) {
        SimThread best = waiters().first();
        kernel.emitSignalled(self, this, SignalKind.SIGNAL, best == null ? 0 : 1);
        if (best != null) {
            wakeWaiter(kernel, best, Errno.EOK);
        }
        if (self != null) {
            self.complete(Errno.EOK, 0);
        }
    }

    /** pthread_cond_broadcast: wakes every waiter, best first. */
    public void broadcast(Kernel kernel, SimThread self) {
        kernel.emitSignalled(self, this, SignalKind.BROADCAST, waiters().size());
        SimThread w;
        while ((w = waiters().first()) != null) {
            wakeWaiter(kernel, w, Errno.EOK);
        }
        if (self != null) {
            self.complete(Errno.EOK, 0);
        }
    }

    private void wakeWaiter(Kernel kernel, SimThread waiter, int result) {
        ((Mutex) waiter.waitData()).reacquireFor(kernel, waiter, result);
    }

    /**
     * pthread_cond_wait is a cancellation point: a cancelled waiter stops waiting and, as POSIX
     * requires, gets its mutex back before it acts on the cancellation (READY if the mutex is
     * free, else in MUTEX state on its queue).
     */
    @Override
    protected boolean cancelWait(Kernel kernel, SimThread waiter, int result) {
        wakeWaiter(kernel, waiter, result);
        return true;
    }

    @Override
    protected void timeout(Kernel kernel, SimThread waiter) {
        kernel.emitSignalled(null, this, SignalKind.TIMEOUT, 1);
        wakeWaiter(kernel, waiter, Errno.ETIMEDOUT);
    }
}
