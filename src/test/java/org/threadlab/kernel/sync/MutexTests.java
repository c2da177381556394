package org.threadlab.kernel.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.AddressSpace;
import org.threadlab.kernel.Errno;
import org.threadlab.kernel.KernelFixture;
import org.threadlab.kernel.Policy;
import org.threadlab.kernel.RunState;
import org.threadlab.kernel.Script;
import org.threadlab.kernel.SimProcess;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadAttr;
import org.threadlab.kernel.ThreadState;
import org.threadlab.kernel.event.LockAcquired;
import org.threadlab.kernel.event.LockMode;
import org.threadlab.kernel.event.ThreadStateChanged;

/** Seed 003's mutex: kinds, trylock, wake order, timed lock and priority inheritance. */
class MutexTests {
    private final List<String> trace = new ArrayList<>();

    private Script.Op mark(String what) {
        return (k, t) -> trace.add(what);
    }

    private Script.Op record(String what) {
        return (k, t) -> trace.add(what + " " + Errno.name(t.result()));
    }

    @Test
    void normalMutexRelockedByItsOwnerBlocksForever() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel);
        SimThread a = f.thread("a", 10, Script.of((k, t) -> m.lock(k, t), (k, t) -> m.lock(k, t), mark("never")));
        assertThat(f.run()).isEqualTo(RunState.QUIESCENT);
        assertThat(a.state()).isEqualTo(ThreadState.MUTEX);
        assertThat(a.waitingOn()).isSameAs(m);
        assertThat(m.owner()).isSameAs(a);
        assertThat(trace).isEmpty();
    }

    @Test
    void errorCheckingMutexRelockReturnsEdeadlk() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel, null, MutexKind.ERROR_CHECK, true);
        f.thread("a", 10, Script.of((k, t) -> m.lock(k, t), (k, t) -> m.lock(k, t), record("relock"),
                (k, t) -> m.unlock(k, t), record("unlock")));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(trace).containsExactly("relock EDEADLK", "unlock EOK");
        assertThat(m.owner()).isNull();
    }

    @Test
    void unlockByAThreadThatDoesNotOwnTheMutexReturnsEperm() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel, null, MutexKind.ERROR_CHECK, true);
        SimThread owner = f.thread("owner", 20, Script.of((k, t) -> m.lock(k, t), (k, t) -> k.sleep(t, 5),
                (k, t) -> m.unlock(k, t)));
        f.thread("other", 10, Script.of((k, t) -> m.unlock(k, t), record("foreign unlock")));
        f.thread("late", 5, Script.of((k, t) -> k.sleep(t, 10), (k, t) -> m.unlock(k, t), record("unlock of free mutex")));
        f.run();
        assertThat(trace).containsExactly("foreign unlock EPERM", "unlock of free mutex EPERM");
        assertThat(owner.state()).isEqualTo(ThreadState.DEAD);
    }

    @Test
    void recursiveMutexCountsLocksAndIsFreedByTheLastUnlock() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel, null, MutexKind.RECURSIVE, true);
        SimThread owner = f.thread("owner", 10, Script.of((k, t) -> m.lock(k, t), (k, t) -> m.lock(k, t),
                (k, t) -> m.tryLock(k, t), record("third lock"), (k, t) -> k.sleep(t, 2),
                (k, t) -> m.unlock(k, t), (k, t) -> m.unlock(k, t), (k, t) -> k.sleep(t, 2),
                (k, t) -> m.unlock(k, t), record("last unlock"), (k, t) -> k.sleep(t, 2)));
        f.thread("probe", 10, Script.of((k, t) -> k.sleep(t, 1), (k, t) -> m.tryLock(k, t), record("probe at 1"),
                (k, t) -> k.sleep(t, 2), (k, t) -> m.tryLock(k, t), record("probe after two unlocks"),
                (k, t) -> k.sleep(t, 2), (k, t) -> m.tryLock(k, t), record("probe after three unlocks")));
        f.run();
        assertThat(trace).containsExactly("third lock EOK", "probe at 1 EBUSY", "probe after two unlocks EBUSY",
                "last unlock EOK", "probe after three unlocks EOK");
        assertThat(owner.owned()).isEmpty();
    }

    @Test
    void tryLockOfAHeldMutexReturnsEbusyWithoutBlocking() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel);
        f.thread("owner", 20, Script.of((k, t) -> m.lock(k, t), (k, t) -> k.sleep(t, 5), (k, t) -> m.unlock(k, t)));
        SimThread other = f.thread("other", 10, Script.of((k, t) -> m.tryLock(k, t), record("trylock")));
        f.run();
        assertThat(trace).containsExactly("trylock EBUSY");
        assertThat(f.events.events()).noneMatch(e -> e instanceof ThreadStateChanged s
                && s.tid() == other.tid() && s.to() == ThreadState.MUTEX);
    }

    @Test
    void waitersAreWokenByPriorityThenByLengthOfWait() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel);
        // arrival order low1 (tick 0), high (tick 1), low2 (tick 2); the owner unlocks at tick 5
        List<SimThread> queued = new ArrayList<>();
        SimThread owner = f.thread("owner", 30, Script.of((k, t) -> m.lock(k, t), (k, t) -> k.sleep(t, 5),
                (k, t) -> queued.addAll(m.waiters().toList()), (k, t) -> m.unlock(k, t)));
        SimThread low1 = f.thread("low1", 5, Script.of((k, t) -> m.lock(k, t), (k, t) -> m.unlock(k, t)));
        SimThread high = f.thread("high", 20, Script.of((k, t) -> k.sleep(t, 1), (k, t) -> m.lock(k, t),
                (k, t) -> m.unlock(k, t)));
        SimThread low2 = f.thread("low2", 5, Script.of((k, t) -> k.sleep(t, 2), (k, t) -> m.lock(k, t),
                (k, t) -> m.unlock(k, t)));
        f.run();
        assertThat(queued).containsExactly(high, low1, low2);
        assertThat(f.events.of(LockAcquired.class)).extracting(LockAcquired::tid)
                .containsExactly(owner.tid(), high.tid(), low1.tid(), low2.tid());
    }

    @Test
    void timedLockReturnsEtimedoutWhenTheOwnerKeepsTheMutex() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel);
        f.thread("owner", 20, Script.of((k, t) -> m.lock(k, t), (k, t) -> k.sleep(t, 100), (k, t) -> m.unlock(k, t)));
        SimThread waiter = f.thread("waiter", 10, Script.of((k, t) -> m.timedLock(k, t, 10),
                (k, t) -> trace.add(Errno.name(t.result()) + " at " + k.tick() + " owner " + (m.owner() == t))));
        f.run();
        assertThat(trace).containsExactly("ETIMEDOUT at 10 owner false");
        assertThat(waiter.owned()).isEmpty();
    }

    @Test
    void priorityInheritanceRaisesTheOwnerToItsBestWaiterAndRestoresItOnUnlock() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel, null, MutexKind.NORMAL, true);
        f.thread("low", 5, Script.of((k, t) -> m.lock(k, t), (k, t) -> k.sleep(t, 2),
                (k, t) -> trace.add("low holding at " + t.priority()), (k, t) -> m.unlock(k, t),
                (k, t) -> trace.add("low after unlock at " + t.priority())));
        f.thread("mid", 12, Script.of((k, t) -> k.sleep(t, 1), (k, t) -> m.lock(k, t), (k, t) -> m.unlock(k, t)));
        f.thread("high", 20, Script.of((k, t) -> k.sleep(t, 1), (k, t) -> m.lock(k, t), mark("high has it"),
                (k, t) -> m.unlock(k, t)));
        f.run();
        assertThat(trace).containsExactly("low holding at 20", "high has it", "low after unlock at 5");
    }

    @Test
    void priorityInheritanceIsTransitiveAcrossTwoMutexes() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m1 = Mutex.create(f.kernel, "m1", MutexKind.NORMAL, true);
        Mutex m2 = Mutex.create(f.kernel, "m2", MutexKind.NORMAL, true);
        // low holds m1; mid holds m2 and waits for m1; high waits for m2
        f.thread("low", 5, Script.of((k, t) -> m1.lock(k, t), (k, t) -> k.sleep(t, 3),
                (k, t) -> trace.add("low at " + t.priority()), (k, t) -> m1.unlock(k, t),
                (k, t) -> trace.add("low restored to " + t.priority())));
        f.thread("mid", 10, Script.of((k, t) -> k.sleep(t, 1), (k, t) -> m2.lock(k, t),
                (k, t) -> m1.lock(k, t), (k, t) -> trace.add("mid has both at " + t.priority()),
                (k, t) -> m1.unlock(k, t), (k, t) -> m2.unlock(k, t),
                (k, t) -> trace.add("mid restored to " + t.priority())));
        f.thread("high", 20, Script.of((k, t) -> k.sleep(t, 2), (k, t) -> m2.lock(k, t), mark("high has m2"),
                (k, t) -> m2.unlock(k, t)));
        f.run();
        // high blocks on m2 at tick 2; low, two hops away, runs at 20 when it wakes at tick 3
        assertThat(trace).containsExactly("low at 20", "mid has both at 20", "high has m2", "mid restored to 10",
                "low restored to 5");
    }

    @Test
    void inheritanceEndsWhenTheBestWaiterTimesOut() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel, null, MutexKind.NORMAL, true);
        f.thread("low", 5, Script.of((k, t) -> m.lock(k, t), (k, t) -> k.sleep(t, 10),
                (k, t) -> trace.add("low at " + t.priority()), (k, t) -> m.unlock(k, t)));
        f.thread("high", 20, Script.of((k, t) -> k.sleep(t, 1), (k, t) -> m.timedLock(k, t, 3), record("high")));
        f.run();
        assertThat(trace).containsExactly("high ETIMEDOUT", "low at 5");
    }

    /**
     * A mutex shared between processes (seed 003: mutexes work across processes): the waiter's
     * process exits while the owner holds the mutex; the owner must stop inheriting its priority.
     */
    @Test
    void inheritanceEndsWhenTheBestWaiterIsKilled() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel, "shared", MutexKind.NORMAL, true);
        SimProcess other = f.kernel.createProcess("other", AddressSpace.NONE);
        f.thread("low", 5, Script.of((k, t) -> m.lock(k, t), (k, t) -> k.sleep(t, 10),
                (k, t) -> trace.add("low at " + t.priority()), (k, t) -> m.unlock(k, t)));
        SimThread high = f.kernel.createThread(other, "high", Script.of((k, t) -> k.sleep(t, 1),
                (k, t) -> m.lock(k, t)), ThreadAttr.explicit(20, Policy.RR), null);
        f.kernel.createThread(other, "killer", Script.of((k, t) -> k.sleep(t, 2),
                (k, t) -> k.exitProcess(t.process(), 1)), ThreadAttr.explicit(30, Policy.RR), null);
        f.run();
        assertThat(high.state()).isEqualTo(ThreadState.DEAD);
        assertThat(m.waiters().isEmpty()).isTrue();
        assertThat(trace).containsExactly("low at 5");
    }

    @Test
    void mutexCreatedWithoutInheritanceLendsNoPriority() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel, null, MutexKind.NORMAL, false);
        f.thread("low", 5, Script.of((k, t) -> m.lock(k, t), (k, t) -> k.sleep(t, 2),
                (k, t) -> trace.add("low holding at " + t.priority()), (k, t) -> m.unlock(k, t)));
        f.thread("high", 20, Script.of((k, t) -> k.sleep(t, 1), (k, t) -> m.lock(k, t), mark("high has it"),
                (k, t) -> m.unlock(k, t)));
        f.run();
        assertThat(trace).containsExactly("low holding at 5", "high has it");
        assertThat(m.inheritedPriority()).isZero();
    }

    /**
     * The classic priority inversion: low holds the mutex high needs, and a medium-priority thread
     * hogs the CPU. Returns the trace of "high has the mutex" and "medium done".
     */
    private List<String> priorityInversion(boolean inheritance) {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel, null, MutexKind.NORMAL, inheritance);
        f.thread("low", 5, Script.builder().then((k, t) -> m.lock(k, t)).compute(150)
                .then((k, t) -> m.unlock(k, t)).build());
        f.thread("medium", 10, Script.builder().then((k, t) -> k.sleep(t, 1)).compute(500)
                .then(mark("medium done")).build());
        f.thread("high", 20, Script.of((k, t) -> k.sleep(t, 1), (k, t) -> m.lock(k, t), mark("high has the mutex"),
                (k, t) -> m.unlock(k, t)));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        return trace;
    }

    @Test
    void withInheritanceHighGetsTheMutexBeforeTheMediumHogFinishes() {
        assertThat(priorityInversion(true)).containsExactly("high has the mutex", "medium done");
    }

    @Test
    void withoutInheritanceTheMediumHogDelaysHigh() {
        assertThat(priorityInversion(false)).containsExactly("medium done", "high has the mutex");
    }

    @Test
    void lockAndUnlockAreReportedAsExclusive() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel);
        f.thread("a", 10, Script.of((k, t) -> m.lock(k, t), (k, t) -> m.unlock(k, t)));
        f.run();
        assertThat(f.events.of(LockAcquired.class)).singleElement()
                .satisfies(a -> assertThat(a.mode()).isEqualTo(LockMode.EXCLUSIVE));
    }
}
