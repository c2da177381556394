package org.threadlab.kernel.pool;

import org.threadlab.kernel.Errno;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadBody;
import org.threadlab.kernel.ThreadState;

/**
 * The code side of {@code thread_pool_attr_t}: what a pool thread runs. The body it makes owns
 * context_alloc, the block_func/handler_func loop and context_free, and makes the pool's kernel
 * calls ({@link ThreadPool#unblocked}, {@link ThreadPool#completed}, {@link ThreadPool#leave}) at
 * the right moments; the pool only keeps the accounting and decides when threads come and go.
 */
@FunctionalInterface
public interface PoolWorkerFactory {
    /** The body of a thread the pool is about to create; called once per created thread. */
    ThreadBody newWorker(ThreadPool pool);

    /**
     * unblock_func: makes {@code thread}, a pool thread in the blocking operation, return from it
     * so that it can leave the pool (thread_pool_destroy, or thread_pool_control shrinking the
     * pool). Returns false when it cannot (the thread is not blocked there yet); the pool then
     * lets the thread find out at its next pool call. By default a thread blocked in RECEIVE is
     * woken with EINTR, which the body must treat as "leave the pool" ({@link ThreadPool#leave}).
     */
    default boolean unblock(Kernel kernel, ThreadPool pool, SimThread thread) {
        if (thread.state() != ThreadState.RECEIVE) {
            return false;
        }
        kernel.wake(thread, Errno.EINTR);
        return true;
    }
}
