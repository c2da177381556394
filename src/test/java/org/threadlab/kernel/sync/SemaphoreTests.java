package org.threadlab.kernel.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.Errno;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.KernelFixture;
import org.threadlab.kernel.RunState;
import org.threadlab.kernel.Script;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadState;
import org.threadlab.kernel.event.LockAcquired;
import org.threadlab.kernel.event.LockMode;
import org.threadlab.kernel.event.LockReleased;

/** Seed 003's counting semaphore (the kitchen with keys on a hook). */
class SemaphoreTests {
    private final List<String> trace = new ArrayList<>();

    private Script.Op record(String what) {
        return (k, t) -> trace.add(what + " " + Errno.name(t.result()));
    }

    @Test
    void createRejectsANegativeInitialCount() {
        KernelFixture f = KernelFixture.oneCpu();
        assertThatThrownBy(() -> Semaphore.create(f.kernel, null, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initial");
        Semaphore s = Semaphore.create(f.kernel, null, 0);
        assertThat(s.name()).isEqualTo("sem#" + s.id());
    }

    @Test
    void waitTakesAUnitAndBlocksInSemWhenNoneIsLeft() {
        KernelFixture f = KernelFixture.oneCpu();
        Semaphore s = Semaphore.create(f.kernel, "kitchen", 2);
        SimThread a = f.thread("a", 10, Script.of((k, t) -> s.await(k, t), (k, t) -> k.sleep(t, 100)));
        SimThread b = f.thread("b", 10, Script.of((k, t) -> s.await(k, t), (k, t) -> k.sleep(t, 100)));
        SimThread c = f.thread("c", 10, Script.of((k, t) -> s.await(k, t)));
        f.kernel.run(5);
        assertThat(s.value()).isZero();
        assertThat(a.state()).isEqualTo(ThreadState.NANOSLEEP);
        assertThat(b.state()).isEqualTo(ThreadState.NANOSLEEP);
        assertThat(c.state()).isEqualTo(ThreadState.SEM);
        assertThat(c.waitingOn()).isSameAs(s);
    }

    @Test
    void postHandsTheUnitStraightToTheBestWaiter() {
        KernelFixture f = KernelFixture.oneCpu();
        Semaphore s = Semaphore.create(f.kernel, null, 0);
        // low waits first, high later; a barger tries to take the unit right after the post
        SimThread low = f.thread("low", 5, Script.of((k, t) -> s.await(k, t), record("low")));
        SimThread high = f.thread("high", 8, Script.of((k, t) -> k.sleep(t, 1), (k, t) -> s.await(k, t),
                record("high")));
        f.thread("poster", 20, Script.of((k, t) -> k.sleep(t, 2), (k, t) -> s.post(k, t),
                (k, t) -> trace.add("after post value " + s.value() + " high " + high.state()),
                (k, t) -> s.tryWait(k, t), record("barger")));
        assertThat(f.run()).isEqualTo(RunState.QUIESCENT);
        assertThat(trace).containsExactly("after post value 0 high READY", "barger EAGAIN", "high EOK");
        assertThat(low.state()).isEqualTo(ThreadState.SEM);
    }

    @Test
    void tryWaitTakesAFreeUnitAndReturnsEagainAtZero() {
        KernelFixture f = KernelFixture.oneCpu();
        Semaphore s = Semaphore.create(f.kernel, null, 1);
        f.thread("a", 10, Script.of((k, t) -> s.tryWait(k, t), record("first"), (k, t) -> s.tryWait(k, t),
                record("second")));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(trace).containsExactly("first EOK", "second EAGAIN");
        assertThat(s.value()).isZero();
    }

    @Test
    void timedWaitReturnsEtimedoutWhenNoPostComes() {
        KernelFixture f = KernelFixture.oneCpu();
        Semaphore s = Semaphore.create(f.kernel, null, 0);
        f.thread("a", 10, Script.of((k, t) -> s.timedWait(k, t, 7),
                (k, t) -> trace.add(Errno.name(t.result()) + " at " + k.tick()),
                (k, t) -> s.post(k, t), (k, t) -> s.timedWait(k, t, 7),
                (k, t) -> trace.add(Errno.name(t.result()) + " at " + k.tick())));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(trace).containsExactly("ETIMEDOUT at 7", "EOK at 7");
        assertThat(s.waiters().isEmpty()).isTrue();
    }

    @Test
    void getValueReportsTheFreeUnitsAndNeverANegativeCount() {
        KernelFixture f = KernelFixture.oneCpu();
        Semaphore s = Semaphore.create(f.kernel, null, 1);
        f.thread("waiter", 20, Script.of((k, t) -> s.await(k, t), (k, t) -> s.await(k, t)));
        f.thread("reader", 10, Script.of((k, t) -> s.getValue(k, t), (k, t) -> trace.add("value " + t.value()),
                (k, t) -> s.post(k, t), (k, t) -> s.post(k, t), (k, t) -> s.getValue(k, t),
                (k, t) -> trace.add("value " + t.value())));
        f.run();
        assertThat(trace).containsExactly("value 0", "value 1");
    }

    @Test
    void theDriverCanPostWithNoThread() {
        KernelFixture f = KernelFixture.oneCpu();
        Semaphore s = Semaphore.create(f.kernel, null, 0);
        SimThread a = f.thread("a", 10, Script.of((k, t) -> s.await(k, t), record("a")));
        assertThat(f.run()).isEqualTo(RunState.QUIESCENT);
        s.post(f.kernel, null);
        assertThat(a.state()).isEqualTo(ThreadState.READY);
        s.post(f.kernel, null);
        assertThat(s.value()).isEqualTo(1);
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(trace).containsExactly("a EOK");
    }

    @Test
    void aCountOfTwoLetsAtMostTwoThreadsIn() {
        KernelFixture f = new KernelFixture(KernelConfig.builder().instructionsPerTick(10).build());
        Semaphore s = Semaphore.create(f.kernel, "kitchen", 2);
        int[] inside = {0, 0};
        for (int i = 0; i < 4; i++) {
            f.thread("cook" + i, 10, Script.builder()
                    .then((k, t) -> s.await(k, t), (k, t) -> inside[1] = Math.max(inside[1], ++inside[0]))
                    .compute(60)
                    .then((k, t) -> inside[0]--, (k, t) -> s.post(k, t))
                    .times(3).build());
        }
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(inside[1]).isEqualTo(2);
        assertThat(s.value()).isEqualTo(2);
    }

    @Test
    void waitAndPostAreReportedAsTokens() {
        KernelFixture f = KernelFixture.oneCpu();
        Semaphore s = Semaphore.create(f.kernel, null, 1);
        f.thread("a", 10, Script.of((k, t) -> s.await(k, t), (k, t) -> s.post(k, t)));
        f.run();
        assertThat(f.events.of(LockAcquired.class)).extracting(LockAcquired::mode).containsExactly(LockMode.TOKEN);
        assertThat(f.events.of(LockReleased.class)).extracting(LockReleased::mode).containsExactly(LockMode.TOKEN);
    }
}
