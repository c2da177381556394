package org.threadlab.kernel.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.AddressSpace;
import org.threadlab.kernel.Errno;
import org.threadlab.kernel.KernelFixture;
import org.threadlab.kernel.RunState;
import org.threadlab.kernel.Script;
import org.threadlab.kernel.SimProcess;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadState;
import org.threadlab.kernel.event.SignalKind;
import org.threadlab.kernel.event.Signalled;

/** Seed 003's sleepon locks: one hidden mutex per process, condvars keyed by address. */
class SleeponsTests {
    private static final long DATA_READY = 0x1000;
    private static final long OTHER = 0x2000;

    private final List<String> trace = new ArrayList<>();

    private Script.Op record(String what) {
        return (k, t) -> trace.add(what + " " + Errno.name(t.result()));
    }

    /** Locks, waits once on {@code address}, records, unlocks. */
    private Script sleeper(String name, Sleepons s, long address) {
        return Script.of((k, t) -> s.lock(k, t), (k, t) -> s.await(k, t, address),
                (k, t) -> trace.add(name + " woke " + Errno.name(t.result()) + " owns " + (s.mutex().owner() == t)),
                (k, t) -> s.unlock(k, t));
    }

    @Test
    void eachProcessHasOneTableWithOneHiddenMutex() {
        KernelFixture f = KernelFixture.oneCpu();
        Sleepons s = Sleepons.of(f.kernel, f.process);
        assertThat(Sleepons.of(f.kernel, f.process)).isSameAs(s);
        assertThat(s.mutex().name()).isEqualTo("sleepon mutex");
        SimProcess other = f.kernel.createProcess("other", AddressSpace.NONE);
        assertThat(Sleepons.of(f.kernel, other)).isNotSameAs(s);
        assertThat(s.addresses()).isEmpty();
    }

    @Test
    void waitUnlocksTheHiddenMutexWaitsInCondvarAndRelocks() {
        KernelFixture f = KernelFixture.oneCpu();
        Sleepons s = Sleepons.of(f.kernel, f.process);
        SimThread consumer = f.thread("consumer", 20, sleeper("consumer", s, DATA_READY));
        f.thread("producer", 10, Script.of((k, t) -> s.lock(k, t),
                (k, t) -> trace.add("producer locked, consumer " + consumer.state() + " on " + consumer.waitingOn()),
                (k, t) -> s.signal(k, t, DATA_READY),
                (k, t) -> trace.add("after signal consumer " + consumer.state()), (k, t) -> s.unlock(k, t)));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(trace).containsExactly("producer locked, consumer CONDVAR on sleepon 0x1000",
                "after signal consumer MUTEX", "consumer woke EOK owns true");
    }

    @Test
    void aCondvarExistsOnlyWhileThreadsWaitOnItsAddress() {
        KernelFixture f = KernelFixture.oneCpu();
        Sleepons s = Sleepons.of(f.kernel, f.process);
        List<List<Long>> seen = new ArrayList<>();
        f.thread("a", 20, sleeper("a", s, DATA_READY));
        f.thread("b", 20, sleeper("b", s, DATA_READY));
        f.thread("c", 20, sleeper("c", s, OTHER));
        f.thread("waker", 10, Script.of((k, t) -> seen.add(s.addresses()), (k, t) -> s.signal(k, t, DATA_READY),
                (k, t) -> seen.add(s.addresses()), (k, t) -> s.signal(k, t, DATA_READY),
                (k, t) -> seen.add(s.addresses()), (k, t) -> s.broadcast(k, t, OTHER),
                (k, t) -> seen.add(s.addresses())));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(seen).containsExactly(List.of(DATA_READY, OTHER), List.of(DATA_READY, OTHER), List.of(OTHER), List.of());
        assertThat(s.condvar(DATA_READY)).isNull();
    }

    @Test
    void condvarsAreNamedAfterTheirAddress() {
        KernelFixture f = KernelFixture.oneCpu();
        Sleepons s = Sleepons.of(f.kernel, f.process);
        f.thread("a", 20, sleeper("a", s, 0xBEEFL));
        f.run();
        assertThat(s.condvar(0xBEEFL).name()).isEqualTo("sleepon 0xbeef");
    }

    @Test
    void signalWakesOneWaiterOfTheAddressAndBroadcastWakesAll() {
        KernelFixture f = KernelFixture.oneCpu();
        Sleepons s = Sleepons.of(f.kernel, f.process);
        f.thread("low", 12, sleeper("low", s, DATA_READY));
        f.thread("high", 15, sleeper("high", s, DATA_READY));
        f.thread("elsewhere", 20, sleeper("elsewhere", s, OTHER));
        f.thread("third", 12, sleeper("third", s, DATA_READY));
        f.thread("waker", 10, Script.of((k, t) -> s.lock(k, t), (k, t) -> s.signal(k, t, DATA_READY),
                (k, t) -> s.unlock(k, t), (k, t) -> s.lock(k, t), (k, t) -> s.broadcast(k, t, DATA_READY),
                (k, t) -> s.unlock(k, t)));
        assertThat(f.run()).isEqualTo(RunState.QUIESCENT);
        assertThat(trace).containsExactly("high woke EOK owns true", "low woke EOK owns true", "third woke EOK owns true");
        assertThat(s.addresses()).containsExactly(OTHER);
        assertThat(f.events.of(Signalled.class)).extracting(Signalled::kind)
                .containsExactly(SignalKind.SIGNAL, SignalKind.BROADCAST);
    }

    @Test
    void waitingWithoutTheSleeponLockReturnsEperm() {
        KernelFixture f = KernelFixture.oneCpu();
        Sleepons s = Sleepons.of(f.kernel, f.process);
        f.thread("a", 10, Script.of((k, t) -> s.await(k, t, DATA_READY), record("wait unlocked"),
                (k, t) -> s.unlock(k, t), record("unlock unlocked")));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(trace).containsExactly("wait unlocked EPERM", "unlock unlocked EPERM");
        assertThat(s.addresses()).isEmpty();
    }

    @Test
    void lockingTheSleeponLockTwiceReturnsEdeadlk() {
        KernelFixture f = KernelFixture.oneCpu();
        Sleepons s = Sleepons.of(f.kernel, f.process);
        f.thread("a", 10, Script.of((k, t) -> s.lock(k, t), (k, t) -> s.lock(k, t), record("relock"),
                (k, t) -> s.unlock(k, t), record("unlock")));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(trace).containsExactly("relock EDEADLK", "unlock EOK");
    }

    @Test
    void signallingAnAddressNobodyWaitsOnDoesNothing() {
        KernelFixture f = KernelFixture.oneCpu();
        Sleepons s = Sleepons.of(f.kernel, f.process);
        SimThread a = f.thread("a", 10, Script.of((k, t) -> s.lock(k, t), (k, t) -> s.signal(k, t, OTHER),
                record("signal"), (k, t) -> s.broadcast(k, t, OTHER), record("broadcast"), (k, t) -> s.unlock(k, t)));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(trace).containsExactly("signal EOK", "broadcast EOK");
        assertThat(s.addresses()).isEmpty();
        assertThat(a.state()).isEqualTo(ThreadState.DEAD);
    }
}
