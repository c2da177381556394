package org.threadlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.event.LockMode;
import org.threadlab.kernel.sync.Barrier;
import org.threadlab.kernel.sync.Mutex;
import org.threadlab.kernel.sync.RwLock;
import org.threadlab.kernel.sync.Semaphore;

/**
 * The happens-before edges the kernel reports to its {@link SyncListener}: each release comes
 * before the acquire it enables, hand-offs to waiters included, and the thread lifecycle gives
 * create and exit-to-join edges.
 */
class SyncListenerTests {
    private final List<String> log = new ArrayList<>();
    private final KernelFixture f = KernelFixture.oneCpu();

    SyncListenerTests() {
        f.kernel.setSyncListener(new SyncListener() {
            @Override
            public void acquired(SimThread thread, KernelObject object, LockMode mode) {
                log.add(thread.label() + " acquires " + object.name() + " " + mode);
            }

            @Override
            public void released(SimThread thread, KernelObject object, LockMode mode) {
                log.add(thread.label() + " releases " + object.name() + " " + mode);
            }

            @Override
            public void synchronizedOn(SimThread thread, long address) {
                log.add(thread.label() + " syncs on " + address);
            }

            @Override
            public void created(SimThread creator, SimThread child) {
                log.add((creator == null ? "driver" : creator.label()) + " creates " + child.label());
            }
        });
    }

    @Test
    void aMutexUnlockReleasesBeforeTheWaiterItIsHandedToAcquires() {
        Mutex m = Mutex.create(f.kernel, "m", org.threadlab.kernel.sync.MutexKind.NORMAL, false);
        f.thread("A", 10, Script.of((k, t) -> m.lock(k, t), (k, t) -> k.yield(t), (k, t) -> m.unlock(k, t)));
        f.thread("B", 10, Script.of((k, t) -> m.lock(k, t), (k, t) -> m.unlock(k, t)));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(objectEdges("m")).containsExactly(
                "A acquires m EXCLUSIVE", "A releases m EXCLUSIVE", "B acquires m EXCLUSIVE", "B releases m EXCLUSIVE");
    }

    @Test
    void aSemaphorePostReleasesAndTheWaitThatTakesTheUnitAcquires() {
        Semaphore s = Semaphore.create(f.kernel, "s", 0);
        f.thread("B", 10, Script.of((k, t) -> s.await(k, t)));
        f.thread("A", 10, Script.of((k, t) -> s.post(k, t), (k, t) -> s.post(k, t)));
        f.thread("C", 10, Script.of((k, t) -> s.await(k, t)));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(objectEdges("s")).containsExactly(
                "A releases s TOKEN", "B acquires s TOKEN", "A releases s TOKEN", "C acquires s TOKEN");
    }

    @Test
    void everyBarrierArrivalReleasesBeforeAnyDepartureAcquires() {
        Barrier b = Barrier.create(f.kernel, "b", 3);
        f.thread("A", 10, Script.of((k, t) -> b.await(k, t)));
        f.thread("B", 10, Script.of((k, t) -> b.await(k, t)));
        f.thread("C", 10, Script.of((k, t) -> b.await(k, t)));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(objectEdges("b")).containsExactly(
                "A releases b TOKEN", "B releases b TOKEN", "C releases b TOKEN",
                "A acquires b TOKEN", "B acquires b TOKEN", "C acquires b TOKEN");
    }

    @Test
    void creationHandsTheCreatorsPastToTheChildAndExitReleasesToTheJoin() {
        SimThread[] child = new SimThread[1];
        f.thread("main", 10, Script.of(
                (k, t) -> child[0] = k.createThread(t.process(), "child", Script.of((k1, t1) -> { }),
                        ThreadAttr.INHERIT, t),
                (k, t) -> k.yield(t), // the child runs and exits before main joins
                (k, t) -> k.join(t, child[0])));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(log).containsExactly("driver creates main", "main creates child",
                "child releases thread 2 EXCLUSIVE", "main acquires thread 2 EXCLUSIVE", "main releases thread 1 EXCLUSIVE");
    }

    @Test
    void aJoinThatBlocksAcquiresWhenTheThreadExits() {
        SimThread[] child = new SimThread[1];
        f.thread("main", 10, Script.of(
                (k, t) -> child[0] = k.createThread(t.process(), "child", Script.of((k1, t1) -> { }),
                        ThreadAttr.INHERIT, t),
                (k, t) -> k.join(t, child[0])));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(log).containsExactly("driver creates main", "main creates child",
                "child releases thread 2 EXCLUSIVE", "main acquires thread 2 EXCLUSIVE", "main releases thread 1 EXCLUSIVE");
    }

    @Test
    void rwlockReadersReleaseSharedAndAWriterAcquiresExclusive() {
        RwLock rw = RwLock.create(f.kernel, "rw");
        f.thread("R", 10, Script.of((k, t) -> rw.readLock(k, t), (k, t) -> k.yield(t), (k, t) -> rw.unlock(k, t)));
        f.thread("W", 10, Script.of((k, t) -> rw.writeLock(k, t), (k, t) -> rw.unlock(k, t)));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(objectEdges("rw")).containsExactly(
                "R acquires rw SHARED", "R releases rw SHARED", "W acquires rw EXCLUSIVE", "W releases rw EXCLUSIVE");
    }

    @Test
    void withoutAListenerThePrimitivesWorkAsBefore() {
        f.kernel.setSyncListener(null);
        Semaphore s = Semaphore.create(f.kernel, "s", 0);
        f.thread("B", 10, Script.of((k, t) -> s.await(k, t)));
        f.thread("A", 10, Script.of((k, t) -> s.post(k, t), (k, t) -> k.synchronizedOn(t, 64)));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(log).isEmpty();
    }

    @Test
    void atomicAccessesAreReportedWithTheirAddress() {
        f.thread("A", 10, Script.of((k, t) -> k.synchronizedOn(t, 0x500000010L)));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(log).contains("A syncs on " + 0x500000010L);
    }

    private List<String> objectEdges(String name) {
        return log.stream().filter(line -> line.contains(" " + name + " ")).toList();
    }
}
