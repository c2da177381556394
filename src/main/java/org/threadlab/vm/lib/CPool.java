package org.threadlab.vm.lib;

import java.util.Set;
import java.util.TreeSet;

import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadBody;
import org.threadlab.kernel.pool.PoolWorkerFactory;
import org.threadlab.kernel.pool.ThreadPool;
import org.threadlab.vm.interp.Machine;

/**
 * A thread pool created from C (sys/dispatch.h): the kernel pool, and the worker factory that
 * gives each new pool thread the header's C loop ({@code __threadlab_pool_thread(pool)}).
 *
 * <p>unblock_func: the pool asks its factory to unblock a thread in the blocking operation when
 * control or destroy shrinks it. A thread that has not entered block_func yet (just created, or
 * between its completion and its next block_func) is counted out at once and leaves at its next
 * pool call. A thread inside block_func cannot be woken from here when the program has an
 * unblock_func: C code cannot run inside a kernel call, and a QNX unblock_func is not aimed at a
 * thread anyway. The header calls it instead from the thread doing destroy or control, as QNX
 * does, and the thread it wakes leaves by a hi_water trip. Without an unblock_func the kernel's
 * default applies ({@link PoolWorkerFactory#unblock}: a thread in RECEIVE is woken with EINTR).
 */
final class CPool implements PoolWorkerFactory {
    private final Machine machine;
    private final long poolAddress;
    private final long workerFunction;
    private final boolean hasUnblockFunction;
    /** Threads between __threadlab_pool_block and __threadlab_pool_unblocked: inside block_func. */
    private final Set<Integer> inBlockFunction = new TreeSet<>();
    /** Threads the pool counted out that have not left yet. */
    private final Set<Integer> countedOut = new TreeSet<>();
    private ThreadPool pool;

    CPool(Machine machine, long poolAddress, long workerFunction, boolean hasUnblockFunction) {
        this.machine = machine;
        this.poolAddress = poolAddress;
        this.workerFunction = workerFunction;
        this.hasUnblockFunction = hasUnblockFunction;
    }

    ThreadPool pool() {
        return pool;
    }

    void setPool(ThreadPool pool) {
        this.pool = pool;
    }

    boolean hasUnblockFunction() {
        return hasUnblockFunction;
    }

    @Override
    public ThreadBody newWorker(ThreadPool p) {
        return machine.threadBody(workerFunction, poolAddress);
    }

    @Override
    public boolean unblock(Kernel kernel, ThreadPool p, SimThread thread) {
        int tid = thread.tid();
        boolean counted = !inBlockFunction.contains(tid)
                || !hasUnblockFunction && PoolWorkerFactory.super.unblock(kernel, p, thread);
        if (counted) {
            countedOut.add(tid);
        }
        return counted;
    }

    /** {@code tid} enters block_func. */
    void enterBlockFunction(int tid) {
        inBlockFunction.add(tid);
    }

    /** {@code tid} returned from block_func. */
    void leaveBlockFunction(int tid) {
        inBlockFunction.remove(tid);
    }

    /** True, once, when the pool counted {@code tid} out: it must leave the pool now. */
    boolean takeCountedOut(int tid) {
        return countedOut.remove(tid);
    }
}
