package org.threadlab.kernel.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.Errno;
import org.threadlab.kernel.KernelFixture;
import org.threadlab.kernel.RunState;
import org.threadlab.kernel.Script;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadState;

/** Kernel.cancelWait: ending a wait early, as pthread_cancel does at a cancellation point. */
class CancelWaitTests {
    private final List<String> trace = new ArrayList<>();

    private Script.Op record(String what) {
        return (k, t) -> trace.add(what + " " + Errno.name(t.result()));
    }

    @Test
    void semaphoreWaiterStopsWaitingWithoutAUnit() {
        KernelFixture f = KernelFixture.oneCpu();
        Semaphore s = Semaphore.create(f.kernel, "s", 0);
        SimThread w = f.thread("waiter", 10, Script.of((k, t) -> s.await(k, t), record("waiter")));
        f.thread("canceller", 5, Script.of(
                (k, t) -> trace.add("cancelled " + k.cancelWait(w, Errno.EINTR)), (k, t) -> s.post(k, t)));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(trace).containsExactly("cancelled true", "waiter EINTR");
        assertThat(s.value()).isEqualTo(1);
    }

    @Test
    void condvarWaiterGetsItsMutexBackBeforeItRuns() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel);
        Condvar cv = Condvar.create(f.kernel, "cv");
        SimThread w = f.thread("waiter", 10, Script.of((k, t) -> m.lock(k, t), (k, t) -> cv.await(k, t, m),
                (k, t) -> trace.add("waiter " + Errno.name(t.result()) + " owns " + (m.owner() == t)),
                (k, t) -> m.unlock(k, t)));
        f.thread("canceller", 5, Script.of((k, t) -> m.lock(k, t),
                (k, t) -> trace.add("cancelled " + k.cancelWait(w, Errno.EINTR) + ", waiter " + w.state()),
                (k, t) -> m.unlock(k, t)));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(trace).containsExactly("cancelled true, waiter MUTEX", "waiter EINTR owns true");
    }

    @Test
    void joinerAndSleeperWake() {
        KernelFixture f = KernelFixture.oneCpu();
        SimThread forever = f.thread("forever", 1, Script.builder().forever().compute(1).build());
        SimThread joiner = f.thread("joiner", 10, Script.of((k, t) -> k.join(t, forever), record("joiner")));
        SimThread sleeper = f.thread("sleeper", 10, Script.of((k, t) -> k.sleep(t, 1_000_000), record("sleeper")));
        f.thread("canceller", 5, Script.of((k, t) -> k.cancelWait(joiner, Errno.EINTR),
                (k, t) -> k.cancelWait(sleeper, Errno.EINTR), (k, t) -> k.exitProcess(t.process(), 0)));
        f.run();
        assertThat(trace).containsExactly("joiner EINTR", "sleeper EINTR");
        assertThat(f.kernel.tick()).isLessThan(1_000_000);
    }

    @Test
    void mutexWaiterAndRunningThreadCannotBeCancelledThisWay() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel);
        SimThread[] waiter = new SimThread[1];
        f.thread("owner", 10, Script.of((k, t) -> m.lock(k, t), (k, t) -> k.sleep(t, 1),
                (k, t) -> trace.add("mutex waiter " + k.cancelWait(waiter[0], Errno.EINTR) + " " + waiter[0].state()
                        + ", running " + k.cancelWait(t, Errno.EINTR)),
                (k, t) -> m.unlock(k, t)));
        waiter[0] = f.thread("waiter", 5, Script.of((k, t) -> m.lock(k, t), record("waiter")));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(trace).containsExactly("mutex waiter false MUTEX, running false", "waiter EOK");
    }
}
