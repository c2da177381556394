package org.threadlab.kernel.pool;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.threadlab.kernel.Errno;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.SimProcess;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadBody;

/**
 * The thread of a Java-driven pool scenario that creates and starts the pool:
 * thread_pool_create, thread_pool_start, then what the flag says. With USE_SELF it becomes a
 * pool thread itself (a fresh worker body: context_alloc, then the blocking operation); with
 * EXIT_SELF it exits, and with 0 thread_pool_start returned and it has nothing left to do, so
 * it exits too (pthread_exit, which leaves the process running).
 */
final class PoolStarter implements ThreadBody {
    private final SimProcess process;
    private final PoolAttr attr;
    private final PoolFlag flag;
    private final Supplier<ThreadBody> worker;
    private final Consumer<ThreadPool> created;
    private ThreadPool pool;
    private ThreadBody asWorker;
    private int pc;

    /** {@code created} receives the pool as soon as it exists, before any pool thread runs. */
    PoolStarter(SimProcess process, PoolAttr attr, PoolFlag flag, Supplier<ThreadBody> worker,
                Consumer<ThreadPool> created) {
        this.process = process;
        this.attr = attr;
        this.flag = flag;
        this.worker = worker;
        this.created = created;
    }

    @Override
    public int step(Kernel k, SimThread self) {
        if (asWorker != null) {
            return asWorker.step(k, self);
        }
        switch (pc++) {
            case 0 -> {
                pool = ThreadPool.create(k, process, attr, flag, null);
                created.accept(pool);
            }
            case 1 -> pool.start(k, self);
            default -> {
                if (flag == PoolFlag.USE_SELF && self.result() == Errno.EOK) {
                    asWorker = worker.get();
                    return asWorker.step(k, self);
                }
                k.exitThread(self, 0);
            }
        }
        return 1;
    }
}
