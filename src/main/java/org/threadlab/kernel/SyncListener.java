package org.threadlab.kernel;

import org.threadlab.kernel.event.LockMode;

/**
 * Told of every happens-before edge the kernel and the C library create, for the explorer's race
 * detector: a thread <em>releases</em> an object (its past becomes visible to whoever acquires
 * the object next) and a thread <em>acquires</em> it (it sees the past of every earlier release).
 * Set with {@link Kernel#setSyncListener}; with none the kernel pays one null check per edge.
 * Implementations must not call back into the kernel.
 *
 * <p>The edges: a mutex or rwlock unlock releases it and the next lock acquires it (a hand-off to
 * a waiter too; rwlocks say the mode, {@link LockMode#SHARED} for readers); a semaphore post
 * releases and the wait that takes the unit acquires ({@link LockMode#TOKEN}); every barrier
 * arrival releases and every departure acquires; a thread's exit releases the thread (the
 * object) and the join that collects it acquires it; creation hands the creator's past to the
 * child ({@link #created}); a thread pool's unblock and completion acquire and release the pool
 * (its hidden lock); an atomic builtin, a fence, or pthread_once acquires and releases the
 * memory address it works on ({@link #synchronizedOn}). Condvars and sleepons order memory
 * through their mutex.
 */
public interface SyncListener {
    /** {@code thread} acquired {@code object} in {@code mode}. */
    void acquired(SimThread thread, KernelObject object, LockMode mode);

    /** {@code thread} released {@code object} in {@code mode}. */
    void released(SimThread thread, KernelObject object, LockMode mode);

    /** {@code thread} made an atomic access (acquire and release) at memory {@code address}. */
    void synchronizedOn(SimThread thread, long address);

    /** {@code creator} (null when the driver creates it) created {@code child}. */
    void created(SimThread creator, SimThread child);
}
