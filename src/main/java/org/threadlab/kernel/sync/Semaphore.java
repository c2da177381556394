package org.threadlab.kernel.sync;

import org.threadlab.kernel.Errno;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.KernelCopy;
import org.threadlab.kernel.KernelObject;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadState;
import org.threadlab.kernel.event.LockMode;

/**
 * Overview: a counting semaphore (seed 003's kitchen with keys on a hook). The count is the
 * number of free units; it never goes below zero. A wait takes a unit or blocks in SEM; a post
 * with waiters hands its unit straight to the best waiter (priority, then length of wait), which
 * becomes READY having already taken it, so the count stays 0 and no later arrival can barge in.
 * A semaphore has no owner: anyone may post, including the driver or the kernel (a null poster),
 * and it lends no priority.
 */
public final class Semaphore extends KernelObject {
    /** Largest count a post may produce (SEM_VALUE_MAX). */
    public static final int VALUE_MAX = Integer.MAX_VALUE;

    private int count;

    private Semaphore(int id, String name, int initial) {
        super(id, name);
        this.count = initial;
    }

    /** Its copy for a kernel copy (see {@link KernelObject#copy}). */
    @Override
    protected Semaphore copy(KernelCopy c) {
        return c.register(this, new Semaphore(id(), name(), count));
    }

    /** sem_init: a semaphore holding {@code initial} units; {@code name} null gives "sem#id". */
    public static Semaphore create(Kernel kernel, String name, int initial) {
        if (initial < 0) {
            throw new IllegalArgumentException("initial must be at least 0, got " + initial);
        }
        int id = kernel.newObjectId();
        return new Semaphore(id, name == null ? "sem#" + id : name, initial);
    }

    /** The number of free units (never negative). */
    public int value() {
        return count;
    }

    /** sem_wait: takes a unit, or blocks in SEM until a post hands one over. */
    public void await(Kernel kernel, SimThread self) {
        timedWait(kernel, self, 0);
    }

    /**
     * sem_timedwait with a timeout in ticks (0: none, as for Mutex.timedLock): takes a unit if one
     * is free, else blocks in SEM; ETIMEDOUT, without a unit, when the timeout expires first.
     */
    public void timedWait(Kernel kernel, SimThread self, long ticks) {
        if (count > 0) {
            take(kernel, self);
            return;
        }
        self.complete(Errno.EOK, 0);
        self.setWait(null, Errno.EOK);
        kernel.block(self, ThreadState.SEM, this);
        if (ticks > 0) {
            kernel.armTimer(self, ticks);
        }
    }

    /** sem_trywait: takes a unit if one is free, else EAGAIN; never blocks. */
    public void tryWait(Kernel kernel, SimThread self) {
        if (count > 0) {
            take(kernel, self);
        } else {
            self.complete(Errno.EAGAIN, 0);
        }
    }

    /**
     * sem_post: gives a unit back. With waiters the best one gets it at once and becomes READY;
     * otherwise the count grows (EOVERFLOW at {@link #VALUE_MAX}). {@code self} is null when the
     * driver or the kernel posts; the release event then names thread 0.
     */
    public void post(Kernel kernel, SimThread self) {
        SimThread next = waiters().first();
        if (next == null && count == VALUE_MAX) {
            if (self != null) {
                self.complete(Errno.EOVERFLOW, 0);
            }
            return;
        }
        kernel.emitReleased(self, this, LockMode.TOKEN);
        if (next != null) {
            kernel.wake(next, Errno.EOK);
            kernel.emitAcquired(next, this, LockMode.TOKEN);
        } else {
            count++;
        }
        if (self != null) {
            self.complete(Errno.EOK, 0);
        }
    }

    /** sem_getvalue: self.value() becomes the number of free units (0 while threads wait). */
    public void getValue(Kernel kernel, SimThread self) {
        self.complete(Errno.EOK, count);
    }

    /** A waiter's wait may be ended early, without a unit (sem_wait is a cancellation point). */
    @Override
    protected boolean cancelWait(Kernel kernel, SimThread waiter, int result) {
        kernel.wake(waiter, result);
        return true;
    }

    private void take(Kernel kernel, SimThread self) {
        count--;
        kernel.emitAcquired(self, this, LockMode.TOKEN);
        self.complete(Errno.EOK, 0);
    }
}
