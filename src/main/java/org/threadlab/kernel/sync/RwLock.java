package org.threadlab.kernel.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.threadlab.kernel.Errno;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.KernelCopy;
import org.threadlab.kernel.KernelObject;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadState;
import org.threadlab.kernel.event.LockMode;

/**
 * Overview: a readers/writer lock (seed 003): any number of readers, or one writer. Blocked
 * threads wait in RWLOCK on the one wait queue (priority, then length of wait), each with the
 * mode it asked for in {@link SimThread#waitMode()}. Release hands the lock over directly, as
 * Mutex does, so a woken thread already holds it and no arrival can barge in; hence the lock is
 * never free while threads wait.
 *
 * <p>Writer preference (the default, from {@code KernelConfig.writerPreference()}):
 * <ul>
 *   <li>a reader gets in only if no writer holds the lock and no writer waits, else it blocks;</li>
 *   <li>when the last reader leaves, the best waiting writer gets the lock;</li>
 *   <li>when the writer unlocks, the best waiting writer gets it; if no writer waits, every
 *       waiting reader gets it, woken in wake order.</li>
 * </ul>
 * Readers may starve while writers keep coming.
 *
 * <p>Reader preference:
 * <ul>
 *   <li>a reader gets in whenever no writer holds the lock, even if writers wait;</li>
 *   <li>when the last reader leaves, the best waiting writer gets the lock (only writers can be
 *       waiting then);</li>
 *   <li>when the writer unlocks, every waiting reader gets it, in wake order; if none waits, the
 *       best waiting writer does.</li>
 * </ul>
 * Writers may starve while readers keep coming.
 *
 * <p>For both: a writer gets in only when nobody holds the lock. A thread that already holds a
 * read lock and reads again gets in at once, even past waiting writers (POSIX lets a thread hold
 * several read locks; refusing would deadlock it on itself); it must unlock once per lock. A
 * writer that asks again for the write lock, or for a read lock, gets EDEADLK. A reader that asks
 * for the write lock blocks and deadlocks: it waits for the readers to leave, itself included
 * (POSIX allows either outcome; ThreadLab shows the deadlock). The try versions never block:
 * EBUSY wherever the blocking version would block or fail.
 */
public final class RwLock extends KernelObject {
    private static final int READ = 1;
    private static final int WRITE = 2;

    private final boolean writerPreference;
    /** Read locks held, counting a thread once per lock it holds. */
    private int readers;
    /** One entry per read lock held, in arrival order. */
    private final List<SimThread> readerThreads = new ArrayList<>(4);
    private SimThread writer;

    private RwLock(int id, String name, boolean writerPreference) {
        super(id, name);
        this.writerPreference = writerPreference;
    }

    /** Its copy for a kernel copy (see {@link KernelObject#copy}). */
    @Override
    protected RwLock copy(KernelCopy c) {
        RwLock l = c.register(this, new RwLock(id(), name(), writerPreference));
        l.readers = readers;
        for (SimThread t : readerThreads) {
            l.readerThreads.add(c.thread(t));
        }
        l.writer = c.thread(writer);
        return l;
    }

    /** pthread_rwlock_init with the configuration's preference; {@code name} null gives "rwlock#id". */
    public static RwLock create(Kernel kernel, String name) {
        return create(kernel, name, kernel.config().writerPreference());
    }

    /** An rwlock with writer preference when {@code writerPreference}, else reader preference. */
    public static RwLock create(Kernel kernel, String name, boolean writerPreference) {
        int id = kernel.newObjectId();
        return new RwLock(id, name == null ? "rwlock#" + id : name, writerPreference);
    }

    /** True for writer preference, false for reader preference (see the Overview). */
    public boolean writerPreference() {
        return writerPreference;
    }

    /** The thread holding the write lock, or null. */
    public SimThread writer() {
        return writer;
    }

    /** The number of read locks held (a thread that read-locked twice counts twice). */
    public int readers() {
        return readers;
    }

    /** The read lock holders, a thread once per read lock it holds, in the order they took them. */
    public List<SimThread> readerThreads() {
        return Collections.unmodifiableList(readerThreads);
    }

    /** pthread_rwlock_rdlock: takes a read lock or blocks in RWLOCK; EDEADLK if the caller writes. */
    public void readLock(Kernel kernel, SimThread self) {
        if (writer == self) {
            self.complete(Errno.EDEADLK, 0);
        } else if (readerMayEnter(self)) {
            acquireRead(kernel, self);
            self.complete(Errno.EOK, 0);
        } else {
            block(kernel, self, READ);
        }
    }

    /** pthread_rwlock_tryrdlock: takes a read lock if readLock would not block, else EBUSY. */
    public void tryReadLock(Kernel kernel, SimThread self) {
        if (writer != self && readerMayEnter(self)) {
            acquireRead(kernel, self);
            self.complete(Errno.EOK, 0);
        } else {
            self.complete(Errno.EBUSY, 0);
        }
    }

    /** pthread_rwlock_wrlock: takes the write lock or blocks in RWLOCK; EDEADLK if the caller writes. */
    public void writeLock(Kernel kernel, SimThread self) {
        if (writer == self) {
            self.complete(Errno.EDEADLK, 0);
        } else if (writer == null && readers == 0) {
            acquireWrite(kernel, self);
            self.complete(Errno.EOK, 0);
        } else {
            block(kernel, self, WRITE);
        }
    }

    /** pthread_rwlock_trywrlock: takes the write lock if nobody holds the lock, else EBUSY. */
    public void tryWriteLock(Kernel kernel, SimThread self) {
        if (writer == null && readers == 0) {
            acquireWrite(kernel, self);
            self.complete(Errno.EOK, 0);
        } else {
            self.complete(Errno.EBUSY, 0);
        }
    }

    /**
     * pthread_rwlock_unlock: gives up the caller's write lock or one of its read locks and hands
     * the lock over as the Overview says; EPERM if the caller holds it in neither mode.
     */
    public void unlock(Kernel kernel, SimThread self) {
        if (writer == self) {
            writer = null;
            self.owned().remove(this);
            kernel.emitReleased(self, this, LockMode.EXCLUSIVE);
            handOverAfterWriter(kernel);
        } else if (readerThreads.remove(self)) {
            readers--;
            if (!readerThreads.contains(self)) {
                self.owned().remove(this);
            }
            kernel.emitReleased(self, this, LockMode.SHARED);
            if (readers == 0 && !grantWriter(kernel)) {
                grantReaders(kernel); // only if a waiting writer vanished (its process exited)
            }
        } else {
            self.complete(Errno.EPERM, 0);
            return;
        }
        self.complete(Errno.EOK, 0);
    }

    private boolean readerMayEnter(SimThread self) {
        if (writer != null) {
            return false;
        }
        return !writerPreference || readerThreads.contains(self) || firstWaiting(WRITE) == null;
    }

    private void block(Kernel kernel, SimThread self, int mode) {
        self.complete(Errno.EOK, 0);
        self.setWait(null, mode);
        kernel.block(self, ThreadState.RWLOCK, this);
    }

    private void handOverAfterWriter(Kernel kernel) {
        if (writerPreference) {
            if (!grantWriter(kernel)) {
                grantReaders(kernel);
            }
        } else if (!grantReaders(kernel)) {
            grantWriter(kernel);
        }
    }

    /** Gives the free lock to the best waiting writer; false when none waits. */
    private boolean grantWriter(Kernel kernel) {
        SimThread w = firstWaiting(WRITE);
        if (w == null) {
            return false;
        }
        writer = w;
        w.owned().add(this);
        kernel.wake(w, Errno.EOK); // the holder is recorded first, so no observer sees it free
        kernel.emitAcquired(w, this, LockMode.EXCLUSIVE);
        return true;
    }

    /** Gives the lock to every waiting reader, in wake order; false when none waits. */
    private boolean grantReaders(Kernel kernel) {
        SimThread r = firstWaiting(READ);
        if (r == null) {
            return false;
        }
        while (r != null) {
            SimThread next = nextWaiting(r, READ);
            recordReader(r);
            kernel.wake(r, Errno.EOK);
            kernel.emitAcquired(r, this, LockMode.SHARED);
            r = next;
        }
        return true;
    }

    private SimThread firstWaiting(int mode) {
        SimThread t = waiters().first();
        return t == null || t.waitMode() == mode ? t : nextWaiting(t, mode);
    }

    private SimThread nextWaiting(SimThread from, int mode) {
        SimThread t = waiters().next(from);
        while (t != null && t.waitMode() != mode) {
            t = waiters().next(t);
        }
        return t;
    }

    private void acquireRead(Kernel kernel, SimThread t) {
        recordReader(t);
        kernel.emitAcquired(t, this, LockMode.SHARED);
    }

    private void recordReader(SimThread t) {
        if (!readerThreads.contains(t)) {
            t.owned().add(this);
        }
        readerThreads.add(t);
        readers++;
    }

    private void acquireWrite(Kernel kernel, SimThread t) {
        writer = t;
        t.owned().add(this);
        kernel.emitAcquired(t, this, LockMode.EXCLUSIVE);
    }

    /** The writer, or each reading thread once, in arrival order. */
    @Override
    public List<SimThread> holders() {
        if (writer != null) {
            return List.of(writer);
        }
        List<SimThread> distinct = new ArrayList<>(readerThreads.size());
        for (SimThread t : readerThreads) {
            if (!distinct.contains(t)) {
                distinct.add(t);
            }
        }
        return distinct;
    }
}
