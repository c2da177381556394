package org.threadlab.kernel.sync;

import org.threadlab.kernel.Errno;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.KernelCopy;
import org.threadlab.kernel.KernelObject;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadState;
import org.threadlab.kernel.event.SignalKind;

/**
 * Overview: a barrier (seed 003, barrier1.c). Threads that call {@link #await} block in BARRIER
 * until {@code count} of them have arrived; the last to arrive does not block, and its call
 * opens the barrier: every waiter becomes READY at once (in wake order), and the barrier starts
 * a new generation with nobody arrived, so it can be used again at once (as
 * java.util.concurrent's CyclicBarrier). The last arrival's call returns value
 * {@link #SERIAL_THREAD}, every other call value 0, so exactly one thread per generation is the
 * serial thread. Each waiter records the generation it arrived in; an opening wakes only that
 * generation's waiters, which are all of them.
 */
public final class Barrier extends KernelObject {
    /** PTHREAD_BARRIER_SERIAL_THREAD: the value one thread per opening gets. */
    public static final int SERIAL_THREAD = -1;

    private final int count;
    private int arrived;
    private int generation;

    private Barrier(int id, String name, int count) {
        super(id, name);
        this.count = count;
    }

    /** Its copy for a kernel copy (see {@link KernelObject#copy}). */
    @Override
    protected Barrier copy(KernelCopy c) {
        Barrier b = c.register(this, new Barrier(id(), name(), count));
        b.arrived = arrived;
        b.generation = generation;
        return b;
    }

    /** pthread_barrier_init: a barrier for {@code count} (at least 1) threads; {@code name} null gives "barrier#id". */
    public static Barrier create(Kernel kernel, String name, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        int id = kernel.newObjectId();
        return new Barrier(id, name == null ? "barrier#" + id : name, count);
    }

    /** The number of threads that must arrive to open the barrier. */
    public int count() {
        return count;
    }

    /** Threads that have arrived in the current generation and are waiting. */
    public int arrived() {
        return arrived;
    }

    /** How many times the barrier has opened. */
    public int generation() {
        return generation;
    }

    /**
     * pthread_barrier_wait: blocks in BARRIER until {@code count} threads have arrived; the
     * arrival that completes the count opens the barrier, does not block, and gets value()
     * {@link #SERIAL_THREAD}; the others get 0.
     */
    public void await(Kernel kernel, SimThread self) {
        kernel.syncReleased(self, this);
        if (++arrived < count) {
            self.complete(Errno.EOK, 0);
            self.setWait(null, generation);
            kernel.block(self, ThreadState.BARRIER, this);
            return;
        }
        int woken = arrived - 1;
        int opened = generation;
        arrived = 0;
        generation++;
        kernel.emitSignalled(self, this, SignalKind.BARRIER_OPENED, woken);
        SimThread w;
        while ((w = waiters().first()) != null) {
            if (w.waitMode() != opened) {
                throw new IllegalStateException("barrier " + name() + " holds thread " + w.tid()
                        + " of generation " + w.waitMode() + " while generation " + opened + " opens");
            }
            kernel.wake(w, Errno.EOK);
            kernel.syncAcquired(w, this);
        }
        kernel.syncAcquired(self, this);
        self.complete(Errno.EOK, SERIAL_THREAD);
    }
}
