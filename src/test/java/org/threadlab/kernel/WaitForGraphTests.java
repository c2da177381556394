package org.threadlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.sync.Mutex;

class WaitForGraphTests {

    @Test
    void lockOrderDeadlockIsACycleOfTwoThreads() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex a = Mutex.create(f.kernel);
        Mutex b = Mutex.create(f.kernel);
        SimThread t1 = f.thread("t1", 10, Script.of((k, t) -> a.lock(k, t), (k, t) -> k.yield(t), (k, t) -> b.lock(k, t)));
        SimThread t2 = f.thread("t2", 10, Script.of((k, t) -> b.lock(k, t), (k, t) -> a.lock(k, t)));
        assertThat(f.run()).isEqualTo(RunState.QUIESCENT);
        assertThat(WaitForGraph.of(f.kernel).cycle()).containsExactly(t1, t2);
        KernelSnapshot snap = KernelSnapshot.of(f.kernel);
        assertThat(snap.threads().get(0).waitingOn()).isEqualTo(b.name());
        assertThat(snap.threads().get(0).heldBy()).containsExactly(t2.tid());
    }

    @Test
    void selfRelockOfANormalMutexIsACycleOfOne() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel);
        SimThread t1 = f.thread("t1", 10, Script.of((k, t) -> m.lock(k, t), (k, t) -> m.lock(k, t)));
        f.run();
        assertThat(WaitForGraph.of(f.kernel).cycle()).containsExactly(t1);
    }

    @Test
    void threadWaitingForASleeperIsNoCycle() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel);
        f.thread("holder", 10, Script.of((k, t) -> m.lock(k, t), (k, t) -> k.sleep(t, 5), (k, t) -> m.unlock(k, t)));
        f.thread("waiter", 10, Script.of((k, t) -> m.lock(k, t)));
        f.kernel.run(5);
        assertThat(WaitForGraph.of(f.kernel).cycle()).isEmpty();
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
    }
}
