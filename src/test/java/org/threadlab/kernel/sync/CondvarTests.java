package org.threadlab.kernel.sync;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.event.SignalKind;
import org.threadlab.kernel.event.Signalled;

/** Seed 003's condition variables: wait/signal/broadcast, the mutex hand-back, timeouts, spurious wakeups. */
class CondvarTests {
    /** A chooser that always takes the spurious wakeup and is realistic everywhere else. */
    private static final Chooser ALWAYS_SPURIOUS =
            (point, options, realistic) -> point == ChoicePoint.SPURIOUS_WAKEUP ? 1 : realistic;

    private final List<String> trace = new ArrayList<>();

    private Script.Op mark(String what) {
        return (k, t) -> trace.add(what);
    }

    /** A waiter that locks {@code m}, waits once on {@code cv}, marks {@code name} and unlocks. */
    private Script waiter(String name, long delay, Mutex m, Condvar cv) {
        return Script.of((k, t) -> k.sleep(t, delay), (k, t) -> m.lock(k, t), (k, t) -> cv.await(k, t, m),
                (k, t) -> trace.add(name + " " + Errno.name(t.result()) + " owns " + (m.owner() == t)),
                (k, t) -> m.unlock(k, t));
    }

    @Test
    void waitReleasesTheMutexAndReacquiresItBeforeReturning() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel);
        Condvar cv = Condvar.create(f.kernel, null);
        SimThread w = f.thread("waiter", 20, waiter("waiter", 0, m, cv));
        f.thread("signaller", 10, Script.of((k, t) -> m.lock(k, t),
                (k, t) -> trace.add("signaller owns " + (m.owner() == t) + ", waiter " + w.state()),
                (k, t) -> cv.signal(k, t), (k, t) -> m.unlock(k, t)));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(trace).containsExactly("signaller owns true, waiter CONDVAR", "waiter EOK owns true");
    }

    @Test
    void signalWakesTheHighestPriorityThenTheLongestWaiter() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel);
        Condvar cv = Condvar.create(f.kernel, "cv");
        // arrival: first (10) at tick 0, high (20) at tick 1, second (10) at tick 2
        f.thread("first", 10, waiter("first", 0, m, cv));
        f.thread("high", 20, waiter("high", 1, m, cv));
        f.thread("second", 10, waiter("second", 2, m, cv));
        Script.Op signalOnce = (k, t) -> cv.signal(k, t);
        f.thread("signaller", 5, Script.builder().then((k, t) -> k.sleep(t, 3))
                .then(signalOnce).then(signalOnce).then(signalOnce).build());
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(trace).containsExactly("high EOK owns true", "first EOK owns true", "second EOK owns true");
        assertThat(f.events.of(Signalled.class)).extracting(Signalled::woken).containsExactly(1, 1, 1);
    }

    @Test
    void broadcastWakesEveryWaiter() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel);
        Condvar cv = Condvar.create(f.kernel, "cv");
        f.thread("a", 10, waiter("a", 0, m, cv));
        f.thread("b", 15, waiter("b", 1, m, cv));
        f.thread("c", 10, waiter("c", 2, m, cv));
        f.thread("broadcaster", 5, Script.of((k, t) -> k.sleep(t, 3), (k, t) -> cv.broadcast(k, t)));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(trace).containsExactly("b EOK owns true", "a EOK owns true", "c EOK owns true");
        assertThat(f.events.of(Signalled.class)).singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(SignalKind.BROADCAST))
                .satisfies(s -> assertThat(s.woken()).isEqualTo(3));
    }

    @Test
    void wokenWaiterWhoseMutexIsHeldWaitsInMutexStateAndGetsItOnUnlock() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel);
        Condvar cv = Condvar.create(f.kernel, null);
        SimThread w = f.thread("waiter", 20, waiter("waiter", 0, m, cv));
        f.thread("signaller", 10, Script.of((k, t) -> m.lock(k, t), (k, t) -> cv.signal(k, t),
                (k, t) -> trace.add("after signal waiter " + w.state() + " on " + w.waitingOn()),
                (k, t) -> m.unlock(k, t), mark("signaller unlocked")));
        f.run();
        assertThat(trace).containsExactly("after signal waiter MUTEX on " + m.name(), "waiter EOK owns true",
                "signaller unlocked");
    }

    @Test
    void timedWaitReturnsEtimedoutHoldingTheMutex() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel);
        Condvar cv = Condvar.create(f.kernel, null);
        f.thread("waiter", 10, Script.of((k, t) -> m.lock(k, t), (k, t) -> cv.timedWait(k, t, m, 10),
                (k, t) -> trace.add(Errno.name(t.result()) + " at " + k.tick() + " owns " + (m.owner() == t)),
                (k, t) -> m.unlock(k, t)));
        f.run();
        assertThat(trace).containsExactly("ETIMEDOUT at 10 owns true");
    }

    @Test
    void timedOutWaiterWaitsForTheMutexIfAnotherThreadHoldsIt() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel);
        Condvar cv = Condvar.create(f.kernel, null);
        SimThread w = f.thread("waiter", 10, Script.of((k, t) -> m.lock(k, t), (k, t) -> cv.timedWait(k, t, m, 10),
                (k, t) -> trace.add(Errno.name(t.result()) + " at " + k.tick() + " owns " + (m.owner() == t)),
                (k, t) -> m.unlock(k, t)));
        f.thread("holder", 10, Script.of((k, t) -> k.sleep(t, 5), (k, t) -> m.lock(k, t), (k, t) -> k.sleep(t, 15),
                (k, t) -> trace.add("at " + k.tick() + " waiter " + w.state()), (k, t) -> m.unlock(k, t)));
        f.run();
        assertThat(trace).containsExactly("at 20 waiter MUTEX", "ETIMEDOUT at 20 owns true");
    }

    @Test
    void waitWithoutOwningTheMutexReturnsEperm() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel);
        Condvar cv = Condvar.create(f.kernel, null);
        f.thread("owner", 20, Script.of((k, t) -> m.lock(k, t), (k, t) -> k.sleep(t, 5), (k, t) -> m.unlock(k, t)));
        SimThread stranger = f.thread("stranger", 10, Script.of((k, t) -> cv.await(k, t, m),
                (k, t) -> trace.add("foreign mutex " + Errno.name(t.result())),
                (k, t) -> k.sleep(t, 10), (k, t) -> cv.await(k, t, m),
                (k, t) -> trace.add("free mutex " + Errno.name(t.result()))));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(trace).containsExactly("foreign mutex EPERM", "free mutex EPERM");
        assertThat(stranger.owned()).isEmpty();
    }

    @Test
    void spuriousWakeupEndsTheWaitWithNoSignal() {
        KernelConfig config = KernelConfig.builder().spuriousWakeups(true).build();
        KernelFixture f = new KernelFixture(config, ALWAYS_SPURIOUS);
        Mutex m = Mutex.create(f.kernel);
        Condvar cv = Condvar.create(f.kernel, null);
        f.thread("waiter", 10, Script.of((k, t) -> m.lock(k, t), (k, t) -> cv.await(k, t, m),
                (k, t) -> trace.add(Errno.name(t.result()) + " owns " + (m.owner() == t)),
                (k, t) -> m.unlock(k, t)));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(trace).containsExactly("EOK owns true");
        assertThat(f.events.of(Signalled.class)).extracting(Signalled::kind).containsExactly(SignalKind.SPURIOUS);
    }

    @Test
    void withSpuriousWakeupsOffTheSameWaitBlocks() {
        KernelFixture f = new KernelFixture(KernelConfig.defaults(), ALWAYS_SPURIOUS);
        Mutex m = Mutex.create(f.kernel);
        Condvar cv = Condvar.create(f.kernel, null);
        SimThread w = f.thread("waiter", 10, Script.of((k, t) -> m.lock(k, t), (k, t) -> cv.await(k, t, m)));
        assertThat(f.run()).isEqualTo(RunState.QUIESCENT);
        assertThat(w.state()).isEqualTo(ThreadState.CONDVAR);
    }
}
