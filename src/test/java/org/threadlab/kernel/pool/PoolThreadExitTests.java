package org.threadlab.kernel.pool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.AddressSpace;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.RunState;
import org.threadlab.kernel.Script;
import org.threadlab.kernel.SimProcess;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadAttr;
import org.threadlab.kernel.ThreadBody;
import org.threadlab.kernel.choice.Chooser;

/** Pool threads that end without telling the pool: pthread_exit in a handler, or the process exiting. */
class PoolThreadExitTests {
    private final Kernel kernel = new Kernel(KernelConfig.defaults(), Chooser.realistic());
    private final SimProcess process = kernel.createProcess("server", AddressSpace.NONE);
    private final RequestChannel channel = RequestChannel.create(kernel, "requests");
    private ThreadPool pool;

    /** block_func receives a request; handler_func calls pthread_exit instead of returning. */
    private final class ExitingWorker implements ThreadBody {
        private int pc;

        @Override
        public int step(Kernel k, SimThread self) {
            switch (pc++) {
                case 0 -> channel.receive(k, self);
                case 1 -> pool.unblocked(k, self);
                default -> k.exitThread(self, 0);
            }
            return 1;
        }
    }

    private void startPool(PoolLimits limits) {
        PoolAttr attr = new PoolAttr(p -> new ExitingWorker(), ThreadAttr.INHERIT, limits);
        kernel.createThread(process, "main", Script.of(
                (k, t) -> pool = ThreadPool.create(k, process, attr, PoolFlag.NONE, null),
                (k, t) -> pool.start(k, t)), ThreadAttr.INHERIT, null);
        kernel.runToQuiescence();
    }

    @Test
    void aWorkerThatExitsInItsHandlerIsCountedOutAndReplaced() {
        startPool(new PoolLimits(2, 1, 4, 4));
        assertThat(pool.blocking()).isEqualTo(2);
        channel.deliver(kernel, 42);
        kernel.runToQuiescence();
        // Unblock 1 1 2, lo_water trip 1 2 3, then the worker ends inside its handler.
        assertThat(pool.processing()).isZero();
        assertThat(pool.blocking()).isEqualTo(2);
        assertThat(pool.total()).isEqualTo(2);
        assertThat(pool.threads()).hasSize(2).allMatch(SimThread::isAlive);
    }

    @Test
    void exitingTheProcessEndsThePoolWithoutStartingReplacements() {
        startPool(new PoolLimits(3, 2, 5, 6));
        long created = kernel.threadsCreated();
        kernel.createThread(process, "exit", Script.of((k, t) -> k.exitProcess(t.process(), 0)),
                ThreadAttr.INHERIT, null);
        assertThat(kernel.runToQuiescence()).isEqualTo(RunState.FINISHED);
        assertThat(kernel.threadsCreated()).isEqualTo(created + 1);
        assertThat(pool.total()).isZero();
        assertThat(kernel.liveThreads()).isZero();
    }
}
